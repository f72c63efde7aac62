using Supervision.Benchmarks;
using Supervision.Tests.Support;

namespace Supervision.Tests.Benchmarks;

/// <summary>
/// The what-if benchmark (`Supervision.Benchmarks --whatif N`) at a tiny scale: its candidate really moves enterprises,
/// its baseline moves none, and all three rows are measured. No time is asserted.
/// </summary>
public sealed class WhatIfBenchmarkSmokeTests
{
    [Fact]
    public void Run_TinyPopulation_ReportsTheColdBaselineAndWarmRows()
    {
        var rows = WhatIfBenchmark.Run(500, RepoPaths.Rules).Split('\n');

        Assert.Equal(3, rows.Length);
        Assert.All(rows, row => Assert.Contains("| 500 |", row, StringComparison.Ordinal));
        Assert.Contains("| 0 changed |", rows[1], StringComparison.Ordinal);
        Assert.DoesNotContain("| 0 changed |", rows[0], StringComparison.Ordinal);
        Assert.Equal(rows[0].Split('|')[7], rows[2].Split('|')[7]);
    }
}
