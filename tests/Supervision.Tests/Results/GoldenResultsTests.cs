using System.Text;
using Supervision.Rules.Tolerance;
using Supervision.Tests.Import;
using Supervision.Tests.Support;

namespace Supervision.Tests.Results;

/// <summary>
/// `results decide` on the sample results of the golden draw must reproduce the checked-in decisions, ledger and
/// feedback rows byte for byte. Accept an intended change with SUPERVISION_UPDATE_GOLDEN=1.
/// </summary>
public sealed class GoldenResultsTests
{
    private static readonly string GoldenDirectory = Path.Combine(RepoPaths.Root, "tests", "Supervision.Tests", "Golden", "results-2026-12");

    public static TheoryData<string> Files => new() { "decisions.csv", "ledger.csv", "feedback-inspections.csv", "feedback-credit-records.csv" };

    [Theory]
    [MemberData(nameof(Files))]
    public void Decide_SampleResults_ReproducesGoldenFile(string file)
    {
        using var directory = new TempDirectory();
        SampleResults.Decide(directory.Path);
        var actual = File.ReadAllBytes(Path.Combine(directory.Path, file));
        var golden = Path.Combine(GoldenDirectory, file);
        if (Environment.GetEnvironmentVariable("SUPERVISION_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(GoldenDirectory);
            File.WriteAllBytes(golden, actual);
        }

        Assert.Equal(Encoding.UTF8.GetString(File.ReadAllBytes(golden)), Encoding.UTF8.GetString(actual));
    }

    [Fact]
    public void Decide_SampleResults_OutcomesAsTheInspectorWouldRead()
    {
        using var directory = new TempDirectory();

        var decided = SampleResults.Decide(directory.Path).Decided.ToDictionary(d => d.Decision.FindingId, d => d.Decision);

        var counts = decided.Values.GroupBy(d => d.Outcome).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(8, counts[ToleranceOutcome.NoPenalty]);
        Assert.Equal(1, counts[ToleranceOutcome.LighterPenalty]);
        Assert.Equal(11, counts[ToleranceOutcome.Penalty]);
        Assert.Equal(1, counts[ToleranceOutcome.Pending]);
        Assert.Equal(ToleranceOutcome.NoPenalty, decided["SJ-2026-12-SC/91210804MA0YFRJN2L/1#SJ-MB-01"].Outcome);
        Assert.Contains("2026-01-04已发现同一违法行为", decided["SJ-2026-12-SC/91210800MAWQ253F5G/1#SJ-MB-01"].Reason, StringComparison.Ordinal);
        Assert.Contains("列入严重违法失信名单", decided["SJ-2026-12-SC/91210804007505394B/1#SJ-MB-01"].Reason, StringComparison.Ordinal);
        Assert.Contains("属于食品领域", decided["SJ-2026-12-SC/91210811MAXKE7RR34/1#SJ-MB-01"].Reason, StringComparison.Ordinal);
    }
}
