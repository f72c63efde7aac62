using Hangfire;
using Hangfire.States;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Supervision.Application.Nightly;
using Supervision.Runs;

namespace Supervision.Jobs;

/// <summary>
/// Starts one night on a Hangfire storage and waits until the run is final or one of its jobs has failed after its
/// retries: enqueues <see cref="NightlyJob"/>, optionally runs a <see cref="BackgroundJobServer"/> in this process, and
/// polls the run store. The jobs themselves may execute anywhere that shares the storage and the run store.
/// </summary>
public sealed class NightlyRunner(JobStorage storage, NightlySettings settings, IRunStore store, TimeProvider clock)
{
    /// <summary>Hangfire worker threads in this process; 0 leaves the jobs to other worker processes.</summary>
    public int Workers { get; init; } = Environment.ProcessorCount;

    /// <summary>How often the store is polled for the run's progress.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromMilliseconds(100);

    public NightlyHooks Hooks { get; init; } = new();

    /// <summary>Where the jobs log (<see cref="NightlyLog"/>); nothing by default.</summary>
    public ILogger Logger { get; init; } = NullLogger.Instance;

    /// <summary>See <see cref="NightlyServices.OnPlanning"/>.</summary>
    public Func<Task<RunRecord>, CancellationToken, Task>? OnPlanning { get; init; }

    /// <summary>Called with the chunks complete and the chunks in all whenever the count changes while the run scores.</summary>
    public Action<int, int>? Progress { get; init; }

    public async Task<NightlyOutcome> RunAsync(string runId, DateOnly asOf, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(Workers);
        var client = new BackgroundJobClient(storage);
        var services = HangfireNightly.Services(store, settings, clock, client, Logger, Hooks, OnPlanning);

        // Planned here, so the run takes this host's seed and chunk size whichever worker executes the job.
        if (await store.GetRunAsync(runId, cancellationToken) is null or { Status: RunStatus.Refused })
        {
            await new PlanNight(services).PlanAsync(runId, asOf, cancellationToken);
        }

        using var server = Workers == 0 ? null : NightlyWorker.StartServer(storage, services, Workers);
        var nightly = client.Enqueue<NightlyJob>(job => job.RunAsync(runId, asOf, CancellationToken.None));
        var monitoring = storage.GetMonitoringApi();
        var lastReported = -1;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (FailuresOf(monitoring, runId) is { Length: > 0 } failures)
            {
                return new NightlyOutcome(await store.GetRunAsync(runId, cancellationToken), failures);
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

    // A shared storage holds other nights' jobs too: only this run's failures count (every nightly job's first argument is the run id).
    private static string FailuresOf(Hangfire.Storage.IMonitoringApi monitoring, string runId)
    {
        if (monitoring.FailedCount() == 0)
        {
            return "";
        }

        var failures = monitoring.FailedJobs(0, 1000)
            .Where(f => f.Value.Job?.Args.Count > 0 && f.Value.Job.Args[0] as string == runId)
            .Take(5)
            .Select(f => $"{f.Value.Job!.Type.Name}.{f.Value.Job.Method.Name}({string.Join(", ", f.Value.Job.Args.Take(2))}) failed after its retries: "
                + $"{f.Value.ExceptionType}: {f.Value.ExceptionMessage}");
        return string.Join('\n', failures);
    }

    private static string? StateOf(JobStorage storage, string jobId)
    {
        using var connection = storage.GetConnection();
        return connection.GetStateData(jobId)?.Name;
    }
}
