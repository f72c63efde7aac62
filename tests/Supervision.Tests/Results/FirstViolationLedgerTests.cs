using Supervision.Data.Results;
using Supervision.Tests.Import;

namespace Supervision.Tests.Results;

/// <summary>The first-violation ledger: the 12-month look-back at its edge, persistence and re-decision.</summary>
public sealed class FirstViolationLedgerTests
{
    private static readonly DateOnly Inspection = new(2026, 12, 7);

    private static FirstViolationLedger With(DateOnly previous, string department = "市场监管局")
        => new([new LedgerEntry("91210804MA0YFRJN2L", "SJ-MB-01", department, previous, "earlier", "不予处罚", true)]);

    [Theory]
    [InlineData(11, false)]
    [InlineData(12, true)]
    public void Previous_ElevenVersusTwelveMonths_OnlyInsideTheWindowCounts(int monthsAgo, bool first)
    {
        var ledger = With(Inspection.AddMonths(-monthsAgo));

        var previous = ledger.Previous("91210804MA0YFRJN2L", "SJ-MB-01", "市场监管局", Inspection, 12);

        Assert.Equal(first, previous is null);
    }

    [Fact]
    public void Previous_TwelveMonthsLessADay_StillARepeat()
        => Assert.NotNull(With(Inspection.AddMonths(-12).AddDays(1)).Previous("91210804MA0YFRJN2L", "SJ-MB-01", "市场监管局", Inspection, 12));

    [Fact]
    public void Previous_OtherDepartment_DoesNotCount()
        => Assert.Null(With(Inspection.AddMonths(-1), "应急管理局").Previous("91210804MA0YFRJN2L", "SJ-MB-01", "市场监管局", Inspection, 12));

    [Fact]
    public void SaveLoad_RoundTrip_SameEntries()
    {
        using var directory = new TempDirectory();
        var path = Path.Combine(directory.Path, "ledger.csv");
        var ledger = With(new DateOnly(2026, 1, 4));

        ledger.Save(path);

        Assert.Equal(ledger.Entries, FirstViolationLedger.Load(path).Entries);
        Assert.False(File.Exists(path + ".tmp"));
    }

    [Fact]
    public void Decide_SampleTwice_SameDecisionsAndLedger()
    {
        using var directory = new TempDirectory();
        var first = SampleResults.Decide(directory.Path);
        var ledgerAfterFirst = File.ReadAllBytes(Path.Combine(directory.Path, "ledger.csv"));

        var second = SampleResults.Decide(directory.Path);

        Assert.Equal(first.Decided.Select(d => d.Decision.Outcome), second.Decided.Select(d => d.Decision.Outcome));
        Assert.Equal(ledgerAfterFirst, File.ReadAllBytes(Path.Combine(directory.Path, "ledger.csv")));
    }
}
