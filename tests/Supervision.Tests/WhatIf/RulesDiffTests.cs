using System.Text;
using Supervision.Data.Import;
using Supervision.Data.Scoring;
using Supervision.Data.WhatIf;
using Supervision.Rules.Compilation;
using Supervision.Rules.Scoring;

namespace Supervision.Tests.WhatIf;

/// <summary>What-if on data-samples: the shipped bundle against one that tightens the LEC threshold 160 → 150.</summary>
public sealed class RulesDiffTests(TightenedLecDiff diff) : IClassFixture<TightenedLecDiff>
{
    [Fact]
    public void Run_TightenedThreshold_TransitionMatrixSumsToThePopulation()
    {
        var matrix = diff.Report.Transitions;

        var cells = Enumerable.Range(0, matrix.Labels.Count).Sum(r => Enumerable.Range(0, matrix.Labels.Count).Sum(c => matrix[r, c]));

        Assert.Equal(4000, diff.Population.Enterprises.Count);
        Assert.Equal(4000, matrix.Total);
        Assert.Equal(4000, cells);
        Assert.Equal(new[] { "I", "II", "III", "IV", TransitionMatrix.ErrorLabel }, matrix.Labels);
        Assert.Equal(diff.Report.Categories.Select(c => c.BaseEnterprises), matrix.Categories.Select((_, i) => matrix.RowTotal(i)));
        Assert.Equal(diff.Report.Categories.Select(c => c.CandidateEnterprises), matrix.Categories.Select((_, i) => matrix.ColumnTotal(i)));
    }

    [Fact]
    public void Run_TightenedThreshold_RaisesRiskOnly()
    {
        var matrix = diff.Report.Transitions;

        // Categories are ordered highest risk first: a stricter deduction can only move an enterprise up (to a lower index).
        for (var row = 0; row < matrix.Labels.Count; row++)
        {
            for (var column = row + 1; column < matrix.Labels.Count; column++)
            {
                Assert.Equal(0, matrix[row, column]);
            }
        }

        Assert.True(matrix.Total - matrix.Unchanged > 0);
    }

    [Fact]
    public void Run_TightenedThreshold_ListsExactlyTheEnterprisesWhoseOutcomeChanged()
    {
        var expected = IndependentlyChanged();

        Assert.NotEmpty(diff.Report.Changed);
        Assert.Equal(expected, diff.Report.Changed.Select(c => c.Uscc));
        Assert.All(diff.Report.Changed, c => Assert.NotEqual(OutcomeChanges.None, c.Changes));
        Assert.All(diff.Report.Changed, c => Assert.NotEqual(c.Base.SafetyLevel, c.Candidate.SafetyLevel));
    }

    [Fact]
    public void Run_TightenedThreshold_ChangedEnterpriseHasBothExplanations()
    {
        var pair = diff.Report.Explanations[0];

        Assert.Equal(diff.Report.Changed[0], pair.Change);
        Assert.StartsWith(pair.Change.Uscc, pair.BaseText, StringComparison.Ordinal);
        Assert.StartsWith(pair.Change.Uscc, pair.CandidateText, StringComparison.Ordinal);
        Assert.Contains(diff.Base.Bundle.ContentHash, pair.BaseText, StringComparison.Ordinal);
        Assert.Contains(diff.Candidate.Bundle.ContentHash, pair.CandidateText, StringComparison.Ordinal);
        Assert.Contains("S-DED-LEC-70", pair.BaseText, StringComparison.Ordinal);
        Assert.DoesNotContain("S-DED-LEC-160", pair.BaseText, StringComparison.Ordinal);
        Assert.Contains("S-DED-LEC-160", pair.CandidateText, StringComparison.Ordinal);
        Assert.Contains("lec_max = 15", pair.CandidateText, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_MoreChangesThanTheLimit_ExplainsOnlyTheFirstOnes()
    {
        Assert.True(diff.Report.Changed.Count > TightenedLecDiff.ExplanationLimit);
        Assert.Equal(diff.Report.Changed.Take(TightenedLecDiff.ExplanationLimit), diff.Report.Explanations.Select(e => e.Change));
    }

    [Fact]
    public void Run_TightenedThreshold_RuleDeltaNamesTheSwappedRules()
    {
        var change = diff.Report.Changed[0];

        Assert.StartsWith("+S-DED-LEC-160 ", change.RuleDelta, StringComparison.Ordinal);
        Assert.Contains(" -S-DED-LEC-70", change.RuleDelta, StringComparison.Ordinal);
        Assert.All(diff.Report.Changed, c => Assert.Contains("S-DED-LEC-160", c.Added));
        Assert.All(diff.Report.Changed, c => Assert.Contains("S-DED-LEC-70", c.Removed));
    }

    [Fact]
    public void Run_TightenedThreshold_ElementCountsMoveByTheEnterprisesInTheNewBand()
    {
        var inBand = diff.Population.Indicators.Values.Count(v => v[Column("lec_max")] is double lec && lec is >= 150 and < 160);

        var lec160 = diff.Report.Elements.Single(e => e.Id == "S-DED-LEC-160");
        var lec70 = diff.Report.Elements.Single(e => e.Id == "S-DED-LEC-70");

        Assert.True(inBand > 0);
        Assert.Equal(inBand, lec160.Change);
        Assert.Equal(-inBand, lec70.Change);
        Assert.DoesNotContain(diff.Report.Elements, e => e.Id == "S-DED-LEC-320");
    }

    [Fact]
    public void Run_TightenedThreshold_ExpectedInspectionsFollowTheCategories()
    {
        var report = diff.Report;

        Assert.True(report.CandidateExpected > report.BaseExpected);
        Assert.Equal(4000, report.Categories.Sum(c => c.CandidateEnterprises));
        var ratios = ShippedRatios();
        foreach (var row in report.Categories)
        {
            // No blacklisted enterprise moves: each moved one carries its category's table ratio.
            var moved = row.CandidateEnterprises - row.BaseEnterprises;
            Assert.Equal(moved * ratios[row.Category], row.CandidateExpected - row.BaseExpected, 6);
        }
    }

    [Fact]
    public void WriteChanges_TightenedThreshold_OneRowPerChangedEnterpriseWithTheRuleDelta()
    {
        using var stream = new MemoryStream();

        DiffCsv.WriteChanges(stream, diff.Report);

        var bytes = stream.ToArray();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(diff.Report.Changed.Count + 1, lines.Length);
        Assert.StartsWith("uscc,name,changed,base_category,candidate_category", lines[0], StringComparison.Ordinal);
        var first = diff.Report.Changed[0];
        var row = lines.Single(l => l.StartsWith(first.Uscc, StringComparison.Ordinal));
        Assert.Contains("+S-DED-LEC-160 ", row, StringComparison.Ordinal);
        Assert.Contains(" -S-DED-LEC-70", row, StringComparison.Ordinal);
        Assert.Contains($",{first.Base.SafetyLevel},{first.Candidate.SafetyLevel},", row, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteTransitions_TightenedThreshold_MatrixWithTotals()
    {
        using var stream = new MemoryStream();

        DiffCsv.WriteTransitions(stream, diff.Report.Transitions);

        var lines = Encoding.UTF8.GetString(stream.ToArray()[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("base\\candidate,I,II,III,IV,error,total", lines[0]);
        Assert.Equal(7, lines.Length);
        Assert.EndsWith(",4000", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Render_TightenedThreshold_SummaryFirstThenSideBySideExplanations()
    {
        var html = DiffHtml.Render(diff.Report, "data-samples");

        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"zh-CN\">", html, StringComparison.Ordinal);
        Assert.True(html.IndexOf("类别迁移矩阵", StringComparison.Ordinal) < html.IndexOf("id=\"changed\"", StringComparison.Ordinal));
        Assert.Equal(TightenedLecDiff.ExplanationLimit, CountOf(html, "<div class=\"pair\">"));
        Assert.Contains($"本页列出前 {TightenedLecDiff.ExplanationLimit} 家", html, StringComparison.Ordinal);
        Assert.Contains("S-DED-LEC-160", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" src=", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<link", html, StringComparison.Ordinal);
    }

    private List<string> IndependentlyChanged()
    {
        static List<Outcome> Score(CompiledBundle bundle, Population population)
        {
            var builder = new FactBuilder(bundle);
            var columns = builder.SafetyColumns.Select(c => population.IndicatorColumns.ToList().FindIndex(u => u.Name == c.Name)).ToArray();
            var inputs = population.Enterprises.Select(e => builder.Build(e,
                population.Indicators.GetValueOrDefault(e.Uscc) is { } row ? [.. columns.Select(i => row[i])] : null,
                population.CreditRecords[e.Uscc], population.Inspections[e.Uscc], TightenedLecDiff.AsOf));
            return [.. new ScoringEngine(bundle).Score(inputs, TightenedLecDiff.AsOf).Select(a => a.Outcome)];
        }

        var before = Score(diff.Base, diff.Population);
        var after = Score(diff.Candidate, diff.Population);
        return [.. diff.Population.Enterprises.Where((_, i) => before[i].Category != after[i].Category || before[i].Ratio != after[i].Ratio
            || before[i].Regime != after[i].Regime || before[i].SafetyLevel != after[i].SafetyLevel || before[i].CreditClass != after[i].CreditClass)
            .Select(e => e.Uscc)];
    }

    private int Column(string name) => diff.Population.IndicatorColumns.ToList().FindIndex(c => c.Name == name);

    private static Dictionary<string, double> ShippedRatios() => new(StringComparer.Ordinal)
    {
        ["I"] = 0.30, ["II"] = 0.10, ["III"] = 0.05, ["IV"] = 0.03,
    };

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
