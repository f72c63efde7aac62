using System.Diagnostics;
using System.Globalization;
using Hangfire.Server;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Supervision.Application.Nightly;

namespace Supervision.Jobs;

/// <summary>
/// Keeps a job process's resident memory near a budget: checked a few times a second while the Hangfire server runs
/// (a background process of the server), and when the process holds more than the budget, a full compacting collection
/// gives back to the system what is garbage. Results do not depend on it; only time and memory do.
/// </summary>
/// <remarks>
/// Why: two chunk jobs side by side keep 0.5–0.7 GB live, but the server collector lets its young generations and the
/// garbage promoted out of them grow to 1.2–1.6 GB of resident memory before it collects the old generation, and keeps
/// what it committed. Measured at a million enterprises: without a governor one run in five or eight went over 1.5 GiB.
/// When what survives a collection is itself near the budget or over it (a draw over a million candidates), the next
/// collection waits until the process has grown by <see cref="Headroom"/> above the least it has held since, so that the
/// governor never collects for nothing in a loop.
/// </remarks>
internal sealed class MemoryGovernor : IBackgroundProcess
{
    /// <summary>How much a process may grow above what survived the governor's last collection before it collects again.</summary>
    public const long Headroom = 256L << 20;

    /// <summary>How often the resident memory is read.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    private readonly long budget;
    private readonly Func<long> residentBytes;
    private readonly Action collect;
    private readonly Lock gate = new();

    // The least resident memory seen since the governor's last collection (−Headroom before the first, so that the budget
    // alone counts until then): collecting again needs the process to have grown by the headroom above it, so that when
    // what survives is near the budget, or over it, the governor does not collect in a loop; once memory is given back
    // (by a job or the collector) it falls again.
    private long floor = -Headroom;

    /// <param name="budget">Resident bytes above which the governor collects.</param>
    /// <param name="residentBytes">The process's resident memory; default <see cref="Environment.WorkingSet"/>.</param>
    /// <param name="collect">The collection; default a full, blocking, compacting collection that decommits what it frees.</param>
    public MemoryGovernor(long budget, Func<long>? residentBytes = null, Action? collect = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(budget);
        this.budget = budget;
        this.residentBytes = residentBytes ?? (() => Environment.WorkingSet);
        this.collect = collect ?? (() => GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true));
    }

    /// <summary>
    /// The governor of a process whose jobs share <paramref name="services"/>, by its <see cref="NightlySettings.MemoryBudget"/>;
    /// null for a budget of 0 (no governor).
    /// </summary>
    public static MemoryGovernor? For(NightlyServices services)
    {
        ArgumentNullException.ThrowIfNull(services);
        return services.Settings.MemoryBudget > 0
            ? new MemoryGovernor(services.Settings.MemoryBudget) { Report = line => services.Hooks.Timing?.Invoke(line), Logger = services.Logger }
            : null;
    }

    /// <summary>Told of each collection the governor makes (resident memory before and after, time taken); null for silence.</summary>
    public Action<string>? Report { get; init; }

    /// <summary>Where each collection is logged (<see cref="JobLog.MemoryCollected"/>).</summary>
    public ILogger Logger { get; init; } = NullLogger.Instance;

    /// <summary>Collections the governor made.</summary>
    public int Collections { get; private set; }

    /// <summary>Reads the resident memory once and collects when it is over the budget and <see cref="Headroom"/> over the least held since the last collection.</summary>
    /// <returns>Whether it collected.</returns>
    public bool Check()
    {
        lock (gate)
        {
            return CheckLocked();
        }
    }

    /// <summary>Hangfire calls this in a loop on a thread of its own while the server runs.</summary>
    public void Execute(BackgroundProcessContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Check();
        context.StoppingToken.WaitHandle.WaitOne(Interval);
    }

    private bool CheckLocked()
    {
        var resident = residentBytes();
        floor = Math.Min(floor, resident);
        if (resident <= budget || resident < floor + Headroom)
        {
            return false;
        }

        var started = Stopwatch.GetTimestamp();
        collect();
        Collections++;
        var after = residentBytes();
        floor = after;
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var reason = string.Create(CultureInfo.InvariantCulture, $"over the budget of {budget >> 20} MiB");
        JobLog.MemoryCollected(Logger, reason, resident >> 20, after >> 20, seconds);
        Report?.Invoke(string.Create(CultureInfo.InvariantCulture,
            $"memory governor: {resident >> 20} MiB resident, over the budget of {budget >> 20} MiB; a full collection left {after >> 20} MiB in {seconds:0.00} s"));
        return true;
    }

    /// <summary>
    /// The one seam through which job code gives memory back between the phases of a job (the draws job, after the chunk
    /// jobs and after the draw): a full, blocking, compacting collection that returns the freed memory to the system, so
    /// that the process's peak is what it holds, not what the collector keeps between phases (well under a second at a
    /// million enterprises). Logged like the governor's own collections.
    /// </summary>
    /// <param name="reason">What the job is about to do, for the log.</param>
    /// <param name="logger">Where the collection is logged.</param>
    public static void GiveBack(string reason, ILogger logger)
    {
        var before = Environment.WorkingSet;
        var started = Stopwatch.GetTimestamp();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var after = Environment.WorkingSet;
        JobLog.MemoryCollected(logger, reason, before >> 20, after >> 20, seconds);
    }
}
