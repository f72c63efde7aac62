using Supervision.Rules.Bundle;
using Supervision.Tests.Support;
using static Supervision.Tests.Analysis.TableAnalyzerTests;

namespace Supervision.Tests.Analysis;

/// <summary>
/// 500-row tables are analysed completely: a grid that tiles the domain has no finding, nested overlapping rows have
/// theirs. How long it takes is measured by the benchmarks (<c>Supervision.Benchmarks --table-analysis</c>), not here.
/// </summary>
public sealed class TableAnalysisLargeTableTests
{
    [Theory]
    [InlineData(HitPolicy.Unique)]
    [InlineData(HitPolicy.Priority)]
    public void Analyze_FiveHundredRowGrid_FindsNothing(HitPolicy policy)
    {
        var rows = new List<TableRow>();
        for (var s = 0; s < 25; s++)
        {
            for (var c = 0; c < 20; c++)
            {
                var safety = Interval(4 * s, 4 * s + 4, highClosed: s == 24);
                var credit = Interval(5 * c, 5 * c + 5, highClosed: c == 19);
                rows.Add(Row($"G-{s}-{c}", rows.Count + 2, [safety, credit], ShippedBundle.Bundle.Bundle.Manifest.Categories[(s + c) % 4]));
            }
        }

        var table = Table("grid", policy, [Input("safety_score", Interval(0, 100, highClosed: true)), Input("credit_score", Interval(0, 100, highClosed: true))],
            ["category"], rows);

        var diagnostics = Analyze(table);

        Assert.Empty(diagnostics);
    }

    [Theory]
    [InlineData(HitPolicy.Unique)]
    [InlineData(HitPolicy.Priority)]
    public void Analyze_FiveHundredRowsAllOverlapping_ReportsEveryOverlap(HitPolicy policy)
    {
        var categories = ShippedBundle.Bundle.Bundle.Manifest.Categories;
        var rows = Enumerable.Range(0, 500)
            .Select(k => Row($"X{k}", k + 2, [Interval(k / 5.0, 100, highClosed: true), Interval(0, 100 - (k / 5.0), highClosed: true)], categories[k % 4]))
            .ToList();
        var table = Table("nested", policy, [Input("safety_score", Interval(0, 100, highClosed: true)), Input("credit_score", Interval(0, 100, highClosed: true))],
            ["category"], rows);

        var diagnostics = Analyze(table);

        // Unique: every pair of these rows overlaps (an error each); priority: lower rows are masked or overlap (warnings).
        Assert.NotEmpty(diagnostics);
        Assert.All(diagnostics, d => Assert.Contains(d.Code, policy == HitPolicy.Unique ? ["SV060"] : new[] { "SV061", "SV063", "SV064" }));
    }
}
