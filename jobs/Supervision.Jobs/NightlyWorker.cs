using Hangfire;
using Hangfire.Common;
using Supervision.Application.Nightly;

namespace Supervision.Jobs;

/// <summary>
/// A worker process of the scaled-out mode: a Hangfire server on the shared storage that executes nightly jobs (plan,
/// score chunks, draw) from the <see cref="NightlyJob.Queue"/> queue until it is stopped. Any number of them, on any
/// machines sharing the database and the input files, split the chunks of a night between them.
/// </summary>
public static class NightlyWorker
{
    /// <summary>How long a stopping server lets running jobs finish; the .NET host's own timeout must be longer.</summary>
    public static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(15);

    /// <summary>Starts a server of <paramref name="workers"/> threads on the nightly queue, with the memory governor of <paramref name="services"/>' budget.</summary>
    public static BackgroundJobServer StartServer(JobStorage storage, NightlyServices services, int workers)
        => StartServer(storage, services, workers, MemoryGovernor.For(services));

    /// <summary>Starts a server with the given memory governor (none for null) running beside its workers.</summary>
    internal static BackgroundJobServer StartServer(JobStorage storage, NightlyServices services, int workers, MemoryGovernor? governor)
    {
        ArgumentNullException.ThrowIfNull(storage);
        ArgumentOutOfRangeException.ThrowIfLessThan(workers, 1);
        var options = new BackgroundJobServerOptions
        {
            ServerName = $"supervision-{Environment.MachineName}-{Environment.ProcessId}",
            WorkerCount = workers,
            Queues = [NightlyJob.Queue],
            Activator = new NightlyJobActivator(services),
            SchedulePollingInterval = TimeSpan.FromSeconds(1),
            ShutdownTimeout = ShutdownTimeout,

            // The job attributes (AutomaticRetry, Queue) and global filters as usual, plus the log of retries and failures.
            FilterProvider = new JobFilterProviderCollection(JobFilterProviders.Providers, new JobFilterCollection { new JobOutcomeLogFilter(services.Logger) }),
        };
        return new BackgroundJobServer(options, storage, governor is null ? [] : [governor]);
    }

    /// <summary>Runs a server until <paramref name="cancellationToken"/> fires, then stops it gracefully.</summary>
    public static async Task RunAsync(JobStorage storage, NightlyServices services, int workers, CancellationToken cancellationToken)
    {
        using var server = StartServer(storage, services, workers);
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            server.SendStop();
            await server.WaitForShutdownAsync(CancellationToken.None);
        }
    }
}
