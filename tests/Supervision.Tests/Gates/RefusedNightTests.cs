using Supervision.Application.Nightly;
using Supervision.Draws.Gates;
using Supervision.Jobs;
using Supervision.Runs;
using Supervision.Storage.Runs;
using Supervision.Tests.Draws;
using Supervision.Tests.Import;
using Supervision.Tests.Nightly;
using Supervision.Tests.Storage;
using Supervision.Tests.Support;

namespace Supervision.Tests.Gates;

/// <summary>
/// A night on a broken input draws nothing and claims nothing, in both modes; the same night started again after the
/// input is corrected is planned afresh and draws exactly the golden draw.
/// </summary>
public sealed class RefusedNightTests
{
    [Fact]
    public async Task Embedded_EmptyInspectorDirectory_Refused_NothingClaimed_ThenCorrected_DrawsTheGoldenDraw()
    {
        using var world = new NightlyWorld();
        using var data = CopyOfDataSamples();
        await File.WriteAllTextAsync(Path.Combine(data.Path, "inspectors.csv"), FirstLine("inspectors.csv") + "\n");

        var refused = await world.RunAsync(settings: NightlyWorld.Settings() with { DataDirectory = data.Path });

        Assert.Null(refused.Failure);
        Assert.Equal(RunStatus.Refused, refused.Run!.Status);
        Assert.StartsWith(DrawGateVerdict.Prefix, refused.Run.Message, StringComparison.Ordinal);
        Assert.Contains("inspectors.csv: no data rows", refused.Run.Message, StringComparison.Ordinal);
        Assert.Empty(world.DrawDirectories());
        Assert.False(Directory.Exists(Path.Combine(world.Store.Root, "draws")) && Directory.EnumerateFileSystemEntries(Path.Combine(world.Store.Root, "draws"), "*", SearchOption.AllDirectories).Any(File.Exists));

        File.Copy(Path.Combine(RepoPaths.DataSamples, "inspectors.csv"), Path.Combine(data.Path, "inspectors.csv"), overwrite: true);
        var corrected = await world.RunAsync(settings: NightlyWorld.Settings() with { DataDirectory = data.Path });

        Assert.Null(corrected.Failure);
        Assert.Equal(RunStatus.Completed, corrected.Run!.Status);
        world.AssertGolden();
    }

    [Fact]
    public async Task Embedded_RegistryDropsAgainstThePreviousNight_Refused()
    {
        using var world = new NightlyWorld();
        using var data = CopyOfDataSamples();
        var lines = await File.ReadAllLinesAsync(Path.Combine(RepoPaths.DataSamples, "enterprises.csv"));
        await File.WriteAllLinesAsync(Path.Combine(data.Path, "enterprises.csv"), lines.Take(1 + 2000));
        var previous = await world.RunAsync();
        var nextDay = DrawWorld.AsOf.AddDays(1);
        var settings = NightlyWorld.Settings() with { DataDirectory = data.Path, Gates = new DrawGateThresholds { MinAcceptedShare = 0 } };

        var runner = new EmbeddedNightly(settings, world.Store, TimeProvider.System) { Workers = 2 };
        var outcome = await runner.RunAsync(NightlyRunId.For(nextDay, settings.Bundle!.Bundle.ContentHash), nextDay, CancellationToken.None);

        Assert.Equal(RunStatus.Completed, previous.Run!.Status);
        Assert.Equal(RunStatus.Refused, outcome.Run!.Status);
        Assert.Contains("2,000 enterprises accepted against 4,000 on 2026-11-27", outcome.Run.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Postgres_HeaderOnlyRegistry_Refused_NoClaimAndAudited_ThenCorrected_DrawsOnce()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        using var data = CopyOfDataSamples();
        await File.WriteAllTextAsync(Path.Combine(data.Path, "enterprises.csv"), FirstLine("enterprises.csv") + "\n");

        var refused = await RunAsync(db, data.Path);

        Assert.Equal(RunStatus.Refused, refused.Run!.Status);
        Assert.Contains("enterprises.csv: no data rows", refused.Run.Message, StringComparison.Ordinal);
        Assert.Equal(0L, await db.ScalarAsync<long>("SELECT count(*) FROM supervision.plan_period_claims"));
        Assert.Equal(0L, await db.ScalarAsync<long>("SELECT count(*) FROM supervision.draws"));
        Assert.Equal(1L, await db.ScalarAsync<long>("SELECT count(*) FROM supervision.audit_log WHERE kind = 'run' AND payload->>'event' = 'refused'"));

        File.Copy(Path.Combine(RepoPaths.DataSamples, "enterprises.csv"), Path.Combine(data.Path, "enterprises.csv"), overwrite: true);
        var corrected = await RunAsync(db, data.Path);

        Assert.Equal(RunStatus.Completed, corrected.Run!.Status);
        Assert.Equal(4000, corrected.Run.Enterprises);
        Assert.Equal(1L, await db.ScalarAsync<long>("SELECT count(*) FROM supervision.draws"));
        Assert.Equal(467L, await db.ScalarAsync<long>("SELECT count(*) FROM supervision.draw_tasks"));
        Assert.Equal(1L, await db.ScalarAsync<long>("SELECT count(*) FROM supervision.audit_log WHERE kind = 'run' AND payload->>'event' = 'discarded'"));
    }

    private static async Task<NightlyOutcome> RunAsync(TestDatabase db, string dataDirectory)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var settings = NightlyWorld.Settings(333) with { DataDirectory = dataDirectory };
        var store = new PostgresRunStore(db.Database, TimeProvider.System, "test-host");
        var storage = await PostgresJobStorage.OpenAsync(db.Database, TimeSpan.FromSeconds(3), timeout.Token);
        var runner = new NightlyRunner(storage, settings, store, TimeProvider.System) { Workers = 2 };
        return await runner.RunAsync(NightlyWorld.RunId, DrawWorld.AsOf, timeout.Token);
    }

    private static TempDirectory CopyOfDataSamples()
    {
        var copy = new TempDirectory();
        foreach (var file in Directory.GetFiles(RepoPaths.DataSamples, "*.csv"))
        {
            File.Copy(file, Path.Combine(copy.Path, Path.GetFileName(file)));
        }

        return copy;
    }

    private static string FirstLine(string file) => File.ReadLines(Path.Combine(RepoPaths.DataSamples, file)).First();
}
