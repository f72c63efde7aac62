using Supervision.Benchmarks;
using Supervision.Tests.Support;

namespace Supervision.Tests.Benchmarks;

/// <summary>The draw benchmark (`Supervision.Benchmarks --draw M --count N`) at a tiny scale: it draws, and its draw verifies. No time is asserted.</summary>
public sealed class DrawBenchmarkSmokeTests
{
    [Fact]
    public void Run_TinyPopulation_DrawsAndVerifiesWithoutDifferences()
    {
        var row = DrawBenchmark.Run(5_000, 40, RepoPaths.Rules);

        Assert.StartsWith("| draw | 5,000 eligible, 40 inspectors |", row, StringComparison.Ordinal);
        Assert.Contains("(0 differences)", row, StringComparison.Ordinal);
        Assert.DoesNotContain("| 0 tasks", row, StringComparison.Ordinal);
    }
}
