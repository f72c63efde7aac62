using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Supervision.Data.Import.Slices;
using Supervision.Runs;

namespace Supervision.Application.Nightly;

/// <summary>
/// What the steps of a night share in one process: the run store, the settings, the clock, the queue of the next steps
/// and the input cache. Hosts make one per process and hand it to <see cref="PlanNight"/>, <see cref="ScoreChunk"/> and
/// <see cref="DrawNight"/>.
/// </summary>
public sealed class NightlyServices(IRunStore store, NightlySettings settings, TimeProvider clock, INightlyQueue queue)
{
    /// <summary>Where runs, their inputs, chunks and draws are kept (a directory, or PostgreSQL).</summary>
    public IRunStore Store { get; } = store;

    /// <summary>This process's data directory, bundle, plans, calendar, chunk size, seed and gates.</summary>
    public NightlySettings Settings { get; } = settings;

    /// <summary>The clock of the run records' timestamps.</summary>
    public TimeProvider Clock { get; } = clock;

    /// <summary>Queues the next steps (the host's jobs).</summary>
    public INightlyQueue Queue { get; } = queue;

    /// <summary>The compiled bundle and engines of the runs this process works on.</summary>
    public RunInputsCache Inputs { get; } = new(settings);

    /// <summary>Where the jobs log what operators need to see (<see cref="NightlyLog"/>); nothing by default.</summary>
    public ILogger Logger { get; init; } = NullLogger.Instance;

    /// <summary>Timings for benchmarks and fault injection for tests.</summary>
    public NightlyHooks Hooks { get; init; } = new();

    /// <summary>The host's memory policy at the phase boundaries of the draw (<see cref="IMemoryRelief"/>); none by default.</summary>
    public IMemoryRelief Relief { get; init; } = NoMemoryRelief.Instance;

    /// <summary>
    /// Arrays the chunk jobs read their slices into and give back once imported: two jobs at a time hold about 14 parts
    /// of up to 8 MB. The draws job lets them go.
    /// </summary>
    public SliceBuffers SliceBuffers { get; } = new(arraysPerSize: 24);

    /// <summary>
    /// Runs when this process plans a new run, beside the cutting of its inputs (the PostgreSQL mode imports the
    /// registry here). It is given the run being planned: a task that completes once the run is recorded, or fails when
    /// planning fails, in which case the hook must leave nothing behind (the registry import then rolls back).
    /// </summary>
    public Func<Task<RunRecord>, CancellationToken, Task>? OnPlanning { get; init; }
}
