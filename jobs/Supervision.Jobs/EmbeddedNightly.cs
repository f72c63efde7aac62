using Hangfire;
using Hangfire.InMemory;
using Hangfire.States;
using Supervision.Draws.Runs;

namespace Supervision.Jobs;

/// <summary>
/// The embedded mode: runs one night inside this process — a real Hangfire <see cref="BackgroundJobServer"/> on
/// Hangfire.InMemory storage executes <see cref="NightlyJob"/>, the chunk jobs and the draws job — and waits until the
/// run is final or a job has failed after its retries. Nothing to install; the state that matters is in the run store,
/// so a run interrupted here resumes when started again.
/// </summary>
internal sealed class EmbeddedNightly(NightlySettings settings, IRunStore store, TimeProvider clock)
{
    /// <summary>Hangfire worker threads (<see cref="BackgroundJobServerOptions.WorkerCount"/>).</summary>
    public int Workers { get; init; } = Environment.ProcessorCount;

    /// <summary>How often the store is polled for the run's progress.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromMilliseconds(100);

    public NightlyHooks Hooks { get; init; } = new();

    /// <summary>Called with the chunks complete and the chunks in all whenever the count changes while the run scores.</summary>
    public Action<int, int>? Progress { get; init; }

    public async Task<NightlyOutcome> RunAsync(string runId, DateOnly asOf, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Workers, 1);
        using var storage = new InMemoryStorage();
        var client = new BackgroundJobClient(storage);
        var services = new NightlyServices(store, settings, clock, client) { Hooks = Hooks };
        var options = new BackgroundJobServerOptions
        {
            ServerName = $"supervision-embedded-{Environment.ProcessId}",
            WorkerCount = Workers,
            Queues = [NightlyJob.Queue],
            Activator = new NightlyJobActivator(services),
            SchedulePollingInterval = TimeSpan.FromSeconds(1),
        };
        using var server = new BackgroundJobServer(options, storage);
        var nightly = client.Enqueue<NightlyJob>(job => job.RunAsync(runId, asOf, CancellationToken.None));
        var monitoring = storage.GetMonitoringApi();
        var lastReported = -1;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (monitoring.FailedCount() > 0)
            {
                var failures = monitoring.FailedJobs(0, 5).Select(f =>
                    $"{f.Value.Job?.Type.Name}.{f.Value.Job?.Method.Name}({string.Join(", ", f.Value.Job?.Args.Take(2) ?? [])}) failed after its retries: "
                    + $"{f.Value.ExceptionType}: {f.Value.ExceptionMessage}");
                return new NightlyOutcome(await store.GetRunAsync(runId, cancellationToken), string.Join('\n', failures));
            }

            // The run's own status counts only once this start's NightlyJob has run (it may reopen a failed run).
            var planned = StateOf(storage, nightly) == SucceededState.StateName;
            var run = await store.GetRunAsync(runId, cancellationToken);
            if (run is not null && Progress is not null)
            {
                var complete = (await store.CompletedChunksAsync(runId, cancellationToken)).Count;
                if (complete != lastReported)
                {
                    lastReported = complete;
                    Progress(complete, run.Chunks);
                }
            }

            if (planned && run is { IsFinal: true })
            {
                return new NightlyOutcome(run, null);
            }

            await Task.Delay(PollInterval, cancellationToken);
        }
    }

    private static string? StateOf(InMemoryStorage storage, string jobId)
    {
        using var connection = storage.GetConnection();
        return connection.GetStateData(jobId)?.Name;
    }
}
