using Hangfire;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Supervision.Application.Nightly;
using Supervision.Runs;

namespace Supervision.Jobs;

/// <summary>The nightly use cases wired for Hangfire: the next steps queued as jobs in a storage, memory given back at the draw's phase boundaries.</summary>
public static class HangfireNightly
{
    /// <summary>What the jobs of one process share, queuing the next steps into <paramref name="storage"/>.</summary>
    /// <param name="store">The run store.</param>
    /// <param name="settings">This process's inputs and settings.</param>
    /// <param name="clock">The clock of the run records.</param>
    /// <param name="storage">The Hangfire storage the next jobs go to.</param>
    /// <param name="logger">Where the jobs log; nothing by default.</param>
    /// <param name="hooks">Timings and fault injection; none by default.</param>
    /// <param name="onPlanning">What runs beside the planning of a new run (the registry import of the PostgreSQL mode).</param>
    public static NightlyServices Services(
        IRunStore store, NightlySettings settings, TimeProvider clock, JobStorage storage, ILogger? logger = null, NightlyHooks? hooks = null,
        Func<Task<RunRecord>, CancellationToken, Task>? onPlanning = null)
        => Services(store, settings, clock, new BackgroundJobClient(storage), logger, hooks, onPlanning);

    /// <summary>What the jobs of one process share, queuing the next steps through <paramref name="client"/>.</summary>
    internal static NightlyServices Services(
        IRunStore store, NightlySettings settings, TimeProvider clock, IBackgroundJobClient client, ILogger? logger = null, NightlyHooks? hooks = null,
        Func<Task<RunRecord>, CancellationToken, Task>? onPlanning = null)
    {
        logger ??= NullLogger.Instance;
        return new NightlyServices(store, settings, clock, new HangfireNightlyQueue(client))
        {
            Logger = logger,
            Hooks = hooks ?? new(),
            OnPlanning = onPlanning,
            Relief = new CollectingRelief(logger),
        };
    }
}
