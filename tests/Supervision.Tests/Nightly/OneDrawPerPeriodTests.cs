using Supervision.Application.Nightly;
using Supervision.Data.Draws;
using Supervision.Draws.Plans;
using Supervision.Jobs;
using Supervision.Runs;
using Supervision.Tests.Draws;

namespace Supervision.Tests.Nightly;

/// <summary>
/// One draw per plan and period in the embedded mode: the next night of the same store draws nothing, and another run
/// store (another --out) with another seed is refused by the shared draw ledger; the very same night again is not.
/// </summary>
public sealed class OneDrawPerPeriodTests
{
    [Fact]
    public async Task NextNight_SameStore_DrawsNothing_PlansAlreadyDrawnForTheirPeriod()
    {
        using var world = new NightlyWorld();
        var first = await world.RunAsync();
        var nextDay = DrawWorld.AsOf.AddDays(3);
        var settings = NightlyWorld.Settings();

        var second = await new EmbeddedNightly(settings, world.Store, TimeProvider.System) { Workers = 2 }
            .RunAsync(NightlyRunId.For(nextDay, settings.Bundle!.Bundle.ContentHash), nextDay, CancellationToken.None);

        Assert.Equal(RunStatus.Completed, first.Run!.Status);
        Assert.Equal(RunStatus.AlreadyDrawn, second.Run!.Status);
        Assert.Contains("for its period 2026-12-01–2026-12-31", second.Run.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AWeekLater_TheApprovalPlansScheduledNight_DrawsItAlone_TheMonthlyPlansLeftOut_TheDayAfterDrawsNothing()
    {
        using var world = new NightlyWorld();
        var first = await world.RunAsync();
        var settings = NightlyWorld.Settings();
        async Task<NightlyOutcome> NightAsync(DateOnly asOf) => await new EmbeddedNightly(settings, world.Store, TimeProvider.System) { Workers = 2 }
            .RunAsync(NightlyRunId.For(asOf, settings.Bundle!.Bundle.ContentHash), asOf, CancellationToken.None);

        // 2026-12-04 is a Friday, the approval plan's night ("0 2 * * 5"); the monthly plans were drawn on 2026-11-27.
        var friday = await NightAsync(DrawWorld.AsOf.AddDays(7));
        var saturday = await NightAsync(DrawWorld.AsOf.AddDays(8));

        Assert.Equal(RunStatus.Completed, first.Run!.Status);
        Assert.True(PlanSchedule.FiresOn("0 2 * * 5", new DateOnly(2026, 12, 4)) && !PlanSchedule.FiresOn("0 2 * * 5", new DateOnly(2026, 12, 5)));
        Assert.Equal(RunStatus.Completed, friday.Run!.Status);
        Assert.Equal("20261204-HC-2026-SC", friday.Run.DrawId);
        var drawn = await world.Store.ReadDrawAsync(friday.Run.RunId, CancellationToken.None);
        Assert.Equal(["HC-2026-SC"], drawn!.Record.Plans.Select(p => p.Id));
        Assert.Equal(new DateOnly(2026, 12, 4), drawn.Record.Plans[0].PeriodFrom);
        Assert.Equal(RunStatus.AlreadyDrawn, saturday.Run!.Status);
        Assert.Contains("no plan is due tonight", saturday.Run.Message, StringComparison.Ordinal);
        Assert.Contains("plan HC-2026-SC: its schedule '0 2 * * 5' does not name 2026-12-05", saturday.Run.Message, StringComparison.Ordinal);
        Assert.Contains("plan SJ-2026-12-SC for its period 2026-12-01–2026-12-31 was drawn by run", saturday.Run.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherRunStore_WithAnotherSeed_IsRefusedByTheLedger_TheSameNightAgainIsNot()
    {
        using var ledgerDirectory = new Supervision.Tests.Import.TempDirectory();
        using var first = new NightlyWorld();
        using var again = new NightlyWorld();
        using var other = new NightlyWorld();
        var ledger = new DrawLedger(ledgerDirectory.Path);

        var drawn = await first.RunAsync(settings: NightlyWorld.Settings() with { Ledger = ledger });
        var repeated = await again.RunAsync(settings: NightlyWorld.Settings() with { Ledger = ledger });
        var redrawn = await other.RunAsync(settings: NightlyWorld.Settings() with { Ledger = ledger, Seed = new string('9', 64) });

        Assert.Equal(RunStatus.Completed, drawn.Run!.Status);
        Assert.Equal(RunStatus.Completed, repeated.Run!.Status);
        Assert.Equal(RunStatus.AlreadyDrawn, redrawn.Run!.Status);
        Assert.Contains("one draw per plan and period", redrawn.Run.Message, StringComparison.Ordinal);
        Assert.Empty(other.DrawDirectories());
    }
}
