using System.Text;
using Supervision.Data.Import;
using Supervision.Data.Scoring;
using Supervision.Data.WhatIf;
using Supervision.Rules.Scoring;
using Supervision.Tests.Support;

namespace Supervision.Tests.WhatIf;

/// <summary>What-if between bundles that are the same, or whose indicator schemas differ.</summary>
public sealed class RulesDiffSchemaTests
{
    [Fact]
    public void Run_IdenticalBundles_ReportsNoChange()
    {
        using var copy = new BundleCopy();
        var candidate = copy.Compile().Bundle!;
        var population = TightenedLecDiff.Load(ShippedBundle.Bundle, candidate, RepoPaths.DataSamples);

        var report = RulesDiff.Run(ShippedBundle.Bundle, candidate, population, TightenedLecDiff.AsOf);

        Assert.Empty(report.Changed);
        Assert.Empty(report.Explanations);
        Assert.Empty(report.Elements);
        Assert.Equal(4000, report.Transitions.Unchanged);
        Assert.Equal(report.BaseExpected, report.CandidateExpected);
        Assert.Equal(report.BasePlanned, report.CandidatePlanned);
        Assert.Contains("没有企业的结果发生变化", DiffHtml.Render(report, "data-samples"), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_IndicatorOnlyTheCandidateDeclares_IsReadFromTheData()
    {
        using var copy = new BundleCopy();
        copy.AddDustIndicatorAndRule();
        var candidate = copy.Compile().Bundle!;
        using var data = new DataCopy();
        data.AddSafetyColumn("dust_explosion_sites", i => i % 2 == 0 ? "1" : "0");
        var population = TightenedLecDiff.Load(ShippedBundle.Bundle, candidate, data.Path);

        var report = RulesDiff.Run(ShippedBundle.Bundle, candidate, population, TightenedLecDiff.AsOf, explanationLimit: 1);

        var dust = report.Elements.Single(e => e.Id == "S-DED-DUST");
        Assert.Null(dust.Base);
        Assert.Equal(2000, dust.Candidate);
        Assert.NotEmpty(report.Changed);
        Assert.All(report.Changed, c => Assert.Equal("+S-DED-DUST", c.RuleDelta.Split(' ')[0]));
        Assert.Contains("dust_explosion_sites = 1", report.Explanations[0].CandidateText, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_CandidateNarrowsAnIndicatorsRange_RowsOutsideItLoseTheirValuesUnderTheCandidateOnly()
    {
        using var copy = new BundleCopy();
        copy.Replace("indicators.yaml", "    max: 10000\n    default: 0\n    description: 作业条件", "    max: 300\n    default: 0\n    description: 作业条件");
        var (candidate, diagnostics) = copy.Compile();
        Assert.True(candidate is not null, string.Join('\n', diagnostics));
        var population = TightenedLecDiff.Load(ShippedBundle.Bundle, candidate, RepoPaths.DataSamples);

        var report = RulesDiff.Run(ShippedBundle.Bundle, candidate, population, TightenedLecDiff.AsOf, explanationLimit: 0);

        // Under the candidate alone those rows are rejected on import and their enterprises scored without values.
        var alone = new FactBuilder(candidate);
        var own = PopulationLoader.Load(RepoPaths.DataSamples, alone.SafetyColumns);
        var expected = new ScoringEngine(candidate).Score(PopulationInputs.For(own, alone, TightenedLecDiff.AsOf), TightenedLecDiff.AsOf)
            .Count(a => a.Outcome.Error is not null);
        Assert.True(own.Reports[1].Rejected > 0);
        Assert.Equal(0, report.BaseErrors);
        Assert.True(expected > 0);
        Assert.Equal(expected, report.CandidateErrors);
        Assert.Equal(4000, report.Transitions.Total);
    }

    private sealed class DataCopy : IDisposable
    {
        public DataCopy()
        {
            Path = Directory.CreateTempSubdirectory("supervision-whatif-").FullName;
            foreach (var source in Directory.EnumerateFiles(RepoPaths.DataSamples, "*.csv"))
            {
                File.Copy(source, System.IO.Path.Combine(Path, System.IO.Path.GetFileName(source)));
            }
        }

        public string Path { get; }

        public void AddSafetyColumn(string name, Func<int, string> value)
        {
            var file = System.IO.Path.Combine(Path, "safety-indicators.csv");
            var lines = File.ReadAllLines(file, Encoding.UTF8);
            File.WriteAllLines(file, lines.Select((l, i) => l + "," + (i == 0 ? name : value(i))), new UTF8Encoding(true));
        }

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
