using Supervision.Application.Nightly;
using Supervision.Data.Runs;
using Supervision.Jobs;
using Supervision.Rules.Alerts;
using Supervision.Runs;
using Supervision.Storage.Audit;
using Supervision.Storage.Runs;
using Supervision.Tests.Draws;
using Supervision.Tests.Import;
using Supervision.Tests.Storage;
using Supervision.Tests.Support;

namespace Supervision.Tests.Nightly;

/// <summary>
/// The scaled-out mode end to end on a real PostgreSQL: Hangfire.PostgreSql queues, the PostgreSQL run store, and
/// `supervision worker` processes that are started, and killed with SIGKILL, as an operator would.
/// </summary>
public sealed class PostgresNightlyTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task InProcess_SameAssessmentsAndDrawAsTheEmbeddedMode_AndASecondNightDrawsNothing()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        using var output = new TempDirectory();

        var outcome = await RunAsync(db, workers: 2, chunkSize: 333);
        var again = await RunAsync(db, workers: 2, chunkSize: 333);

        Assert.Null(outcome.Failure);
        Assert.Equal(RunStatus.Completed, outcome.Run!.Status);
        await AssertGoldenAsync(db, output.Path, outcome.Run);
        Assert.Equal(RunStatus.Completed, again.Run!.Status);
        Assert.Equal(1L, await db.ScalarAsync<long>("SELECT count(*) FROM supervision.draws"));
        Assert.Equal(467L, await db.ScalarAsync<long>("SELECT count(*) FROM supervision.draw_tasks"));
        Assert.Equal(4000L, await db.ScalarAsync<long>("SELECT count(*) FROM supervision.enterprises"));
        Assert.Equal(
            ["run", "import", "run", "run", "draw", "run"],
            await db.ListAsync<string>("SELECT kind FROM supervision.audit_log ORDER BY seq"));

        // The night's alerts are in the database as the embedded mode writes them to alerts.csv, with their audit entry.
        Assert.Equal(44L, await db.ScalarAsync<long>("SELECT count(*) FROM supervision.night_alerts"));
        Assert.Equal(8L, await db.ScalarAsync<long>("SELECT count(*) FROM supervision.night_alerts WHERE lead"));
        Assert.Equal(1L, await db.ScalarAsync<long>("SELECT count(*) FROM supervision.audit_log WHERE kind = 'run' AND payload->>'event' = 'alerts' AND (payload->>'alerts')::int = 44"));

        // The draws step delivered again saves the same alerts and audits them once.
        var store = new PostgresRunStore(db.Database, TimeProvider.System, "test-host");
        var summaries = await store.ReadChunkSummariesAsync(outcome.Run.RunId, CancellationToken.None);
        await store.SaveAlertsAsync(outcome.Run.RunId,
            new NightAlerts([.. summaries.SelectMany(s => s.Alerts.Alerts)], [.. summaries.SelectMany(s => s.Alerts.Failures)]), CancellationToken.None);
        Assert.Equal(44L, await db.ScalarAsync<long>("SELECT count(*) FROM supervision.night_alerts"));
        Assert.Equal(1L, await db.ScalarAsync<long>("SELECT count(*) FROM supervision.audit_log WHERE payload->>'event' = 'alerts'"));
    }

    [Fact]
    public async Task TwoWorkerProcessesWithoutTheDataFiles_StartTogetherOnAnEmptyDatabase_EveryChunkDoneExactlyOnce_ResultsAsOneProcess()
    {
        // Not migrated: both workers migrate and install Hangfire's schema at the same moment (a race found by hand).
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync(migrated: false);
        using var output = new TempDirectory();
        using var first = WorkerProcess.Start(db.ConnectionString);
        using var second = WorkerProcess.Start(db.ConnectionString);
        await first.WaitForAsync("thread(s) on queue", Patience);
        await second.WaitForAsync("thread(s) on queue", Patience);

        var outcome = await RunAsync(db, workers: 0, chunkSize: 250);

        Assert.True(outcome.Failure is null, outcome.Failure + "\n" + first.Output + "\n" + second.Output);
        Assert.Equal(16L, await db.ScalarAsync<long>("SELECT count(*) FROM supervision.run_chunks WHERE status = 'done' AND attempts = 1"));
        Assert.Equal(16L, await db.ScalarAsync<long>("SELECT count(*) FROM supervision.run_chunks"));
        Assert.Equal(0L, await InputsLeftAsync(db));
        await AssertGoldenAsync(db, output.Path, outcome.Run!);
    }

    /// <summary>
    /// The run's input slices once it has finished: the worker deletes them right after it records the final status,
    /// which the night can observe first, so a loaded machine is given a few seconds.
    /// </summary>
    private static async Task<long> InputsLeftAsync(TestDatabase db)
    {
        var left = await db.ScalarAsync<long>("SELECT count(*) FROM supervision.run_inputs");
        for (var wait = 0; left > 0 && wait < 100; wait++)
        {
            await Task.Delay(100);
            left = await db.ScalarAsync<long>("SELECT count(*) FROM supervision.run_inputs");
        }

        return left;
    }

    [Fact]
    public async Task WorkerKilledWhileSavingAChunk_AnotherWorkerFinishes_NothingTwice()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        using var output = new TempDirectory();
        using var doomed = WorkerProcess.Start(db.ConnectionString, failpoint: "chunk", workers: 1);
        var night = RunAsync(db, workers: 0, chunkSize: 250);

        await doomed.WaitForAsync("failpoint chunk reached", Patience);
        doomed.Kill();
        var savedWhenKilled = await db.ScalarAsync<long>("SELECT count(*) FROM supervision.run_chunks WHERE saved_at IS NOT NULL");
        using var rescuer = WorkerProcess.Start(db.ConnectionString);
        var outcome = await night;

        Assert.True(outcome.Failure is null, outcome.Failure + "\n" + rescuer.Output);
        Assert.Equal(0L, savedWhenKilled);
        Assert.Equal(16L, await db.ScalarAsync<long>("SELECT count(*) FROM supervision.run_chunks WHERE status = 'done' AND attempts = 1"));
        await AssertGoldenAsync(db, output.Path, outcome.Run!);
    }

    [Fact]
    public async Task WorkerKilledInTheMiddleOfTheDraw_NoHalfDrawThenExactlyOneDraw()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        using var output = new TempDirectory();
        using var doomed = WorkerProcess.Start(db.ConnectionString, failpoint: "draw", workers: 1);
        var night = RunAsync(db, workers: 0, chunkSize: 250);

        await doomed.WaitForAsync("failpoint draw reached", Patience);
        doomed.Kill();
        var drawsWhenKilled = await db.ScalarAsync<long>("SELECT count(*) FROM supervision.draws");
        var tasksWhenKilled = await db.ScalarAsync<long>("SELECT count(*) FROM supervision.draw_tasks");
        using var rescuer = WorkerProcess.Start(db.ConnectionString);
        var outcome = await night;

        Assert.True(outcome.Failure is null, outcome.Failure + "\n" + rescuer.Output);
        Assert.Equal((0L, 0L), (drawsWhenKilled, tasksWhenKilled));
        Assert.Equal(1L, await db.ScalarAsync<long>("SELECT count(*) FROM supervision.draws"));
        Assert.Equal(467L, await db.ScalarAsync<long>("SELECT count(DISTINCT task_id) FROM supervision.draw_tasks"));
        Assert.Equal(467L, await db.ScalarAsync<long>("SELECT count(*) FROM supervision.draw_tasks"));
        Assert.Null((await new AuditLog(db.Database, TimeProvider.System).VerifyAsync()).Problem);
        Assert.Equal(1L, await db.ScalarAsync<long>("SELECT count(*) FROM supervision.audit_log WHERE kind = 'draw'"));
        await AssertGoldenAsync(db, output.Path, outcome.Run!);
    }

    [Fact]
    public async Task TwoProcessesPlanTheSameNightAtOnce_OneRunWithOneSetOfInputSlices()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        var client = new Hangfire.BackgroundJobClient(new Hangfire.InMemory.InMemoryStorage());
        Task<RunRecord> Plan(string host, int chunkSize, string seed) => new PlanNight(HangfireNightly.Services(
            new PostgresRunStore(db.Database, TimeProvider.System, host), NightlyWorld.Settings(chunkSize) with { Seed = seed }, TimeProvider.System, client))
            .PlanAsync(NightlyWorld.RunId, DrawWorld.AsOf, CancellationToken.None);

        // Without the planning lock, the second planner's slices collide with the first one's (or replace them under a
        // run planned with another chunk size).
        var runs = await Task.WhenAll(Plan("a", 250, DrawWorld.Seed), Plan("b", 1000, new string('1', 64)));

        var run = runs[0];
        Assert.Equal((run.Seed, run.ChunkSize, run.Chunks, run.DataHash), (runs[1].Seed, runs[1].ChunkSize, runs[1].Chunks, runs[1].DataHash));
        Assert.Equal((long)run.Chunks, await db.ScalarAsync<long>(
            $"SELECT count(DISTINCT chunk_no) FROM supervision.run_inputs WHERE file_name = 'enterprises.csv' AND chunk_no >= 0"));
        Assert.Equal((long)run.Chunks, await db.ScalarAsync<long>(
            $"SELECT (max(chunk_no) + 1)::bigint FROM supervision.run_inputs WHERE file_name = 'credit-records.csv'"));
        Assert.Equal(4000L, await db.ScalarAsync<long>(
            "SELECT sum(cardinality(lines) - 1) FROM supervision.run_inputs WHERE file_name = 'enterprises.csv' AND part = 0"));
    }

    [Fact]
    public async Task PlanningFails_TheRegistryImportBesideTheCuttingCommitsNothing()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        var client = new Hangfire.BackgroundJobClient(new Hangfire.InMemory.InMemoryStorage());
        var settings = NightlyWorld.Settings(1000);
        var store = RunStoreThatCannotCreateRuns.Wrap(new PostgresRunStore(db.Database, TimeProvider.System, "test-host"));
        var imported = (Task?)null;
        var job = new PlanNight(HangfireNightly.Services(store, settings, TimeProvider.System, client,
            onPlanning: (run, ct) => imported = RegistryImport.ImportAsync(db.Database, TimeProvider.System, "test-host", settings.DataDirectory, run, ct)));

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => job.PlanAsync(NightlyWorld.RunId, DrawWorld.AsOf, CancellationToken.None));

        // The registry import had the rows ready and waited for the run; it rolled back when planning failed.
        Assert.Equal(RunStoreThatCannotCreateRuns.Refusal, failure.Message);
        Assert.NotNull(imported);
        Assert.True(imported.IsFaulted);
        Assert.Equal(0L, await db.ScalarAsync<long>("SELECT count(*) FROM supervision.enterprises"));
        Assert.Equal(0L, await db.ScalarAsync<long>("SELECT count(*) FROM supervision.audit_log WHERE kind = 'import'"));
    }

    /// <summary>Plans the golden night in this process (its seed, its chunk size) and runs it on Hangfire.PostgreSql; workers 0 leaves the jobs to worker processes.</summary>
    private static async Task<NightlyOutcome> RunAsync(TestDatabase db, int workers, int chunkSize)
    {
        using var timeout = new CancellationTokenSource(Patience);
        var settings = NightlyWorld.Settings(chunkSize);
        var store = new PostgresRunStore(db.Database, TimeProvider.System, "test-host");
        var storage = await PostgresJobStorage.OpenAsync(db.Database, TimeSpan.FromSeconds(3), timeout.Token);
        var runner = new NightlyRunner(storage, settings, store, TimeProvider.System)
        {
            Workers = workers,
            OnPlanning = (run, ct) => RegistryImport.ImportAsync(db.Database, TimeProvider.System, "test-host", settings.DataDirectory, run, ct),
        };
        return await runner.RunAsync(NightlyWorld.RunId, DrawWorld.AsOf, timeout.Token);
    }

    private static async Task AssertGoldenAsync(TestDatabase db, string directory, RunRecord run)
    {
        var store = new PostgresRunStore(db.Database, TimeProvider.System, "test-export");
        await RunExport.WriteAsync(store, run, ShippedBundle.Bundle, directory, null, CancellationToken.None);
        NightlyWorld.AssertGolden(new FileRunStore(directory), run.RunId);
    }
}
