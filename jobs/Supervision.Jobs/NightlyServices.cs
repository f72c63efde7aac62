using Hangfire;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Supervision.Data.Import.Slices;
using Supervision.Draws.Runs;

namespace Supervision.Jobs;

/// <summary>What the nightly jobs of one process share: the run store, the settings, the clock, the job client and the input cache.</summary>
internal sealed class NightlyServices(IRunStore store, NightlySettings settings, TimeProvider clock, IBackgroundJobClient jobs)
{
    private MemoryGovernor? memory;

    public IRunStore Store { get; } = store;

    public NightlySettings Settings { get; } = settings;

    public TimeProvider Clock { get; } = clock;

    /// <summary>Enqueues the next jobs (into the same storage the server processes).</summary>
    public IBackgroundJobClient Jobs { get; } = jobs;

    public RunInputsCache Inputs { get; } = new(settings);

    /// <summary>The governor of this process's memory while its server runs jobs (<see cref="NightlySettings.MemoryBudget"/>), or null for none.</summary>
    public MemoryGovernor? Memory => memory ??= Settings.MemoryBudget > 0
        ? new MemoryGovernor(Settings.MemoryBudget) { Report = line => Hooks.Timing?.Invoke(line), Logger = Logger }
        : null;

    /// <summary>Where the jobs log what operators need to see (<see cref="NightlyLog"/>); nothing by default.</summary>
    public ILogger Logger { get; init; } = NullLogger.Instance;

    public NightlyHooks Hooks { get; init; } = new();

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
