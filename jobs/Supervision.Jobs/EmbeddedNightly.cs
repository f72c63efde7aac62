using Hangfire.InMemory;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Supervision.Application.Nightly;
using Supervision.Runs;

namespace Supervision.Jobs;

/// <summary>
/// The embedded mode: runs one night inside this process — a real Hangfire <see cref="Hangfire.BackgroundJobServer"/>
/// on Hangfire.InMemory storage executes <see cref="NightlyJob"/>, the chunk jobs and the draws job — and waits until
/// the run is final or a job has failed after its retries. Nothing to install; the state that matters is in the run
/// store, so a run interrupted here resumes when started again.
/// </summary>
public sealed class EmbeddedNightly(NightlySettings settings, IRunStore store, TimeProvider clock)
{
    /// <summary>Hangfire worker threads.</summary>
    public int Workers { get; init; } = Environment.ProcessorCount;

    /// <summary>How often the store is polled for the run's progress.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromMilliseconds(100);

    public NightlyHooks Hooks { get; init; } = new();

    /// <summary>Where the jobs log (<see cref="NightlyLog"/>); nothing by default.</summary>
    public ILogger Logger { get; init; } = NullLogger.Instance;

    /// <summary>Called with the chunks complete and the chunks in all whenever the count changes while the run scores.</summary>
    public Action<int, int>? Progress { get; init; }

    public async Task<NightlyOutcome> RunAsync(string runId, DateOnly asOf, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Workers, 1);
        using var storage = new InMemoryStorage();
        var runner = new NightlyRunner(storage, settings, store, clock) { Workers = Workers, PollInterval = PollInterval, Hooks = Hooks, Progress = Progress, Logger = Logger };
        return await runner.RunAsync(runId, asOf, cancellationToken);
    }
}
