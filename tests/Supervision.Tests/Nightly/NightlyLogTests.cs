using Microsoft.Extensions.Logging;
using Supervision.Application.Nightly;
using Supervision.Jobs;
using Supervision.Runs;
using Supervision.Tests.Draws;

namespace Supervision.Tests.Nightly;

/// <summary>The jobs' structured log: what operators see of a night, as events with stable ids and named values.</summary>
public sealed class NightlyLogTests
{
    [Fact]
    public async Task EmbeddedNight_LogsThePlan_EachChunk_TheRetry_AndTheDraw()
    {
        using var world = new NightlyWorld();
        var logger = new RecordingLogger();
        var failed = 0;
        var hooks = new NightlyHooks
        {
            ChunkSaved = (_, chunk) =>
            {
                if (chunk == 2 && Interlocked.Increment(ref failed) == 1)
                {
                    throw new IOException("injected fault after chunk 2 was saved");
                }
            },
        };

        var runner = new EmbeddedNightly(NightlyWorld.Settings(), world.Store, TimeProvider.System) { Workers = 2, Hooks = hooks, Logger = logger };
        var outcome = await runner.RunAsync(NightlyWorld.RunId, DrawWorld.AsOf, CancellationToken.None);
        var events = logger.Events.ToList();

        Assert.Equal(RunStatus.Completed, outcome.Run!.Status);
        var planned = Assert.Single(events, e => e.Id.Id == 1001);
        Assert.Equal(NightlyWorld.RunId, planned.Values["RunId"]);
        Assert.Equal(4, planned.Values["Chunks"]);
        Assert.Equal([0, 1, 2, 3], events.Where(e => e.Id.Id == 1003).Select(e => (int)e.Values["ChunkNo"]!).Order());
        var retried = Assert.Single(events, e => e.Id.Id == 1010);
        Assert.Equal(LogLevel.Warning, retried.Level);
        Assert.Contains("injected fault after chunk 2 was saved", retried.Message, StringComparison.Ordinal);
        var drawn = Assert.Single(events, e => e.Id.Id == 1004);
        Assert.Equal(outcome.Run.DrawId, drawn.Values["DrawId"]);
        Assert.Equal(467, drawn.Values["Tasks"]);
        Assert.Equal(2, events.Count(e => e.Id.Id == 1020));
        // 2026-11-27 is 34 days before the shipped calendar's last day: the regulators are told to add 2027.
        var calendar = Assert.Single(events, e => e.Id.Id == 1017);
        Assert.Equal((LogLevel.Warning, 34), (calendar.Level, (int)calendar.Values["Days"]!));
        world.AssertGolden();
    }
}
