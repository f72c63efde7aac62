using System.Diagnostics;
using Supervision.Rules.Bundle;
using Supervision.Tests.Support;
using Xunit.Abstractions;
using static Supervision.Tests.Analysis.TableAnalyzerTests;

namespace Supervision.Tests.Analysis;

/// <summary>How long 500-row tables take; run alone (<see cref="TimingCollection"/>) so that other tests do not skew the clock.</summary>
[Collection(TimingCollection.Name)]
public sealed class TableAnalysisTimingTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(HitPolicy.Unique)]
    [InlineData(HitPolicy.Priority)]
    public void Analyze_FiveHundredRowGrid_TakesWellUnderASecond(HitPolicy policy)
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
        Analyze(table);

        var watch = Stopwatch.StartNew();
        var diagnostics = Analyze(table);
        watch.Stop();

        output.WriteLine($"{policy}: {rows.Count} rows analysed in {watch.Elapsed.TotalMilliseconds:0.0} ms");
        Assert.Empty(diagnostics);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1), $"took {watch.Elapsed}");
    }

    [Theory]
    [InlineData(HitPolicy.Unique)]
    [InlineData(HitPolicy.Priority)]
    public void Analyze_FiveHundredRowsAllOverlapping_StaysWellUnderASecond(HitPolicy policy)
    {
        var categories = ShippedBundle.Bundle.Bundle.Manifest.Categories;
        var rows = Enumerable.Range(0, 500)
            .Select(k => Row($"X{k}", k + 2, [Interval(k / 5.0, 100, highClosed: true), Interval(0, 100 - (k / 5.0), highClosed: true)], categories[k % 4]))
            .ToList();
        var table = Table("nested", policy, [Input("safety_score", Interval(0, 100, highClosed: true)), Input("credit_score", Interval(0, 100, highClosed: true))],
            ["category"], rows);
        Analyze(table);

        var watch = Stopwatch.StartNew();
        var diagnostics = Analyze(table);
        watch.Stop();

        output.WriteLine($"{policy}: {rows.Count} overlapping rows analysed in {watch.Elapsed.TotalMilliseconds:0.0} ms, {diagnostics.Count} diagnostics");
        Assert.NotEmpty(diagnostics);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1), $"took {watch.Elapsed}");
    }
}
