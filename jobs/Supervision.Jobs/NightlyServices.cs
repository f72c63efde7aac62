using Hangfire;
using Supervision.Draws.Runs;

namespace Supervision.Jobs;

/// <summary>What the nightly jobs of one process share: the run store, the settings, the clock, the job client and the input cache.</summary>
internal sealed class NightlyServices(IRunStore store, NightlySettings settings, TimeProvider clock, IBackgroundJobClient jobs)
{
    public IRunStore Store { get; } = store;

    public NightlySettings Settings { get; } = settings;

    public TimeProvider Clock { get; } = clock;

    /// <summary>Enqueues the next jobs (into the same storage the server processes).</summary>
    public IBackgroundJobClient Jobs { get; } = jobs;

    public RunInputsCache Inputs { get; } = new(settings);

    public NightlyHooks Hooks { get; init; } = new();

    /// <summary>Runs once when this process plans a new run (the PostgreSQL mode imports the registry and audits the import here).</summary>
    public Func<RunRecord, CancellationToken, Task>? OnPlanned { get; init; }
}
