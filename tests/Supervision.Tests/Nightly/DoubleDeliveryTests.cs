using Hangfire;
using Hangfire.InMemory;
using Supervision.Application.Nightly;
using Supervision.Jobs;
using Supervision.Runs;
using Supervision.Tests.Draws;

namespace Supervision.Tests.Nightly;

/// <summary>
/// Hangfire delivers at least once: every nightly job delivered twice, concurrently, on two servers sharing one
/// storage, still gives one run, one draw and the golden output.
/// </summary>
public sealed class DoubleDeliveryTests
{
    [Fact]
    public async Task Jobs_DeliveredTwiceOnTwoServers_GiveOneDrawAndTheGoldenOutput()
    {
        using var world = new NightlyWorld();
        using var storage = new InMemoryStorage();
        var client = new BackgroundJobClient(storage);
        var runId = NightlyWorld.RunId;
        var settings = NightlyWorld.Settings(chunkSize: 500);

        using (Server(world, settings, storage, client, "a"))
        using (Server(world, settings, storage, client, "b"))
        {
            client.Enqueue<NightlyJob>(job => job.RunAsync(runId, DrawWorld.AsOf, CancellationToken.None));
            client.Enqueue<NightlyJob>(job => job.RunAsync(runId, DrawWorld.AsOf, CancellationToken.None));
            await WaitUntilIdleAsync(storage, world, runId);
            client.Enqueue<ScoreChunkJob>(job => job.RunAsync(runId, 3, CancellationToken.None));
            client.Enqueue<DrawsJob>(job => job.RunAsync(runId, CancellationToken.None));
            client.Enqueue<DrawsJob>(job => job.RunAsync(runId, CancellationToken.None));
            await WaitUntilIdleAsync(storage, world, runId);
        }

        var run = await world.Store.GetRunAsync(runId, CancellationToken.None);
        var record = (await world.Store.ReadDrawAsync(runId, CancellationToken.None))!.Record;
        Assert.Equal(0, storage.GetMonitoringApi().FailedCount());
        Assert.Equal(RunStatus.Completed, run!.Status);
        Assert.Single(world.DrawDirectories());
        Assert.Equal(record.Outcome.Tasks.Count, record.Outcome.Tasks.Select(t => t.TaskId).Distinct().Count());
        world.AssertGolden();
    }

    private static BackgroundJobServer Server(NightlyWorld world, NightlySettings settings, InMemoryStorage storage, BackgroundJobClient client, string name)
    {
        var services = HangfireNightly.Services(world.Store, settings, TimeProvider.System, client);
        return new BackgroundJobServer(
            new BackgroundJobServerOptions
            {
                ServerName = "nightly-test-" + name,
                WorkerCount = 2,
                Queues = [NightlyJob.Queue],
                Activator = new NightlyJobActivator(services),
            },
            storage);
    }

    private static async Task WaitUntilIdleAsync(InMemoryStorage storage, NightlyWorld world, string runId)
    {
        var monitoring = storage.GetMonitoringApi();
        var deadline = DateTimeOffset.UtcNow.AddMinutes(2);
        var idle = 0;
        while (DateTimeOffset.UtcNow < deadline)
        {
            var run = await world.Store.GetRunAsync(runId, CancellationToken.None);
            var busy = monitoring.EnqueuedCount(NightlyJob.Queue) + monitoring.ProcessingCount() + monitoring.ScheduledCount();

            // Idle twice in a row: a job between its fetch and its Processing state is counted nowhere for a moment.
            idle = run is { IsFinal: true } && busy == 0 ? idle + 1 : 0;
            if (idle == 2)
            {
                return;
            }

            Assert.Equal(0, monitoring.FailedCount());
            await Task.Delay(100);
        }

        Assert.Fail("the nightly jobs did not finish within two minutes");
    }
}
