using Hangfire.InMemory;
using Supervision.Application.Nightly;
using Supervision.Jobs;

namespace Supervision.Tests.Nightly;

/// <summary>
/// The memory governor collects when the process is over its budget, not again while what survived is itself near the
/// budget, and runs with every nightly job server that has a budget.
/// </summary>
public sealed class MemoryGovernorTests
{
    private const long MiB = 1 << 20;

    [Fact]
    public void Check_UnderTheBudget_DoesNotCollect()
    {
        var process = new FakeProcess(900 * MiB);
        var governor = process.Governor(1000 * MiB);

        Assert.False(governor.Check());
        process.Resident = 1000 * MiB;
        Assert.False(governor.Check());
        Assert.Equal(0, governor.Collections);
    }

    [Fact]
    public void Check_OverTheBudget_CollectsAndGivesTheGarbageBack()
    {
        var process = new FakeProcess(1300 * MiB) { Live = 600 * MiB };
        var governor = process.Governor(1000 * MiB);

        Assert.True(governor.Check());

        Assert.Equal(600 * MiB, process.Resident);
        Assert.Equal(1, governor.Collections);
        process.Resident = 1001 * MiB;
        Assert.True(governor.Check());
        Assert.Equal(2, governor.Collections);
    }

    [Fact]
    public void Check_WhenWhatSurvivesIsOverTheBudget_WaitsForTheHeadroomBeforeCollectingAgain()
    {
        // A draw over a million candidates: 1,100 MiB live, over a 1,000 MiB budget.
        var process = new FakeProcess(1200 * MiB) { Live = 1100 * MiB };
        var governor = process.Governor(1000 * MiB);
        Assert.True(governor.Check());

        process.Resident = 1100 * MiB + MemoryGovernor.Headroom - 1;
        Assert.False(governor.Check());
        Assert.False(governor.Check());
        Assert.Equal(1, governor.Collections);

        process.Resident = 1100 * MiB + MemoryGovernor.Headroom;
        Assert.True(governor.Check());
        Assert.Equal(2, governor.Collections);
    }

    [Fact]
    public void Check_WhenWhatSurvivesIsJustUnderTheBudget_DoesNotCollectAgainAtTheBudget()
    {
        var process = new FakeProcess(1300 * MiB) { Live = 990 * MiB };
        var governor = process.Governor(1000 * MiB);
        Assert.True(governor.Check());

        process.Resident = 1030 * MiB;
        Assert.False(governor.Check());
        process.Resident = 990 * MiB + MemoryGovernor.Headroom;
        Assert.True(governor.Check());
        Assert.Equal(2, governor.Collections);
    }

    [Fact]
    public void Check_AfterFallingUnderTheBudget_CollectsAtTheBudgetAgain()
    {
        var process = new FakeProcess(1200 * MiB) { Live = 1100 * MiB };
        var governor = process.Governor(1000 * MiB);
        Assert.True(governor.Check());

        // The draw is over and its memory given back: the next job is held to the budget, not to the draw's level.
        process.Live = 500 * MiB;
        process.Resident = 600 * MiB;
        Assert.False(governor.Check());
        process.Resident = 1001 * MiB;

        Assert.True(governor.Check());
        Assert.Equal(500 * MiB, process.Resident);
    }

    [Fact]
    public void Check_WhenItCollects_ReportsTheMemoryBeforeAndAfter()
    {
        var process = new FakeProcess(1300 * MiB) { Live = 600 * MiB };
        var lines = new List<string>();
        var governor = new MemoryGovernor(1000 * MiB, () => process.Resident, () => process.Resident = process.Live) { Report = lines.Add };

        governor.Check();
        process.Resident = 900 * MiB;
        governor.Check();

        var line = Assert.Single(lines);
        Assert.StartsWith("memory governor: 1300 MiB resident, over the budget of 1000 MiB; a full collection left 600 MiB in ", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_ABudgetOfNothing_IsRefused()
        => Assert.Throws<ArgumentOutOfRangeException>(() => new MemoryGovernor(0));

    [Fact]
    public async Task StartServer_WithABudget_RunsTheGovernorWhileTheServerRuns()
    {
        using var world = new NightlyWorld();
        using var storage = new InMemoryStorage();

        // One byte: any process is over it, so the governor collects as soon as it runs.
        var services = HangfireNightly.Services(world.Store, NightlyWorld.Settings(chunkSize: 500) with { MemoryBudget = 1 }, TimeProvider.System, storage);
        var governor = Assert.IsType<MemoryGovernor>(MemoryGovernor.For(services));

        using (NightlyWorker.StartServer(storage, services, workers: 1, governor))
        {
            var deadline = DateTimeOffset.UtcNow.AddSeconds(30);
            while (governor.Collections == 0 && DateTimeOffset.UtcNow < deadline)
            {
                await Task.Delay(50);
            }
        }

        Assert.True(governor.Collections > 0, "the governor never collected while the server ran");
    }

    [Fact]
    public void Services_WithoutABudget_HaveNoGovernor()
    {
        using var world = new NightlyWorld();
        using var storage = new InMemoryStorage();

        var services = HangfireNightly.Services(world.Store, NightlyWorld.Settings(chunkSize: 500) with { MemoryBudget = 0 }, TimeProvider.System, storage);

        Assert.Null(MemoryGovernor.For(services));
        Assert.Equal(NightlySettings.DefaultMemoryBudget, NightlyWorld.Settings(chunkSize: 500).MemoryBudget);
    }

    /// <summary>A process whose resident memory falls to its live bytes when collected.</summary>
    private sealed class FakeProcess(long resident)
    {
        public long Resident { get; set; } = resident;

        public long Live { get; set; }

        public MemoryGovernor Governor(long budget) => new(budget, () => Resident, () => Resident = Live);
    }
}
