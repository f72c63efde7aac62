using Supervision.Application.Results;
using Supervision.Data.Draws;
using Supervision.Draws.Gates;
using Supervision.Rules.Compilation;

namespace Supervision.Application.Nightly;

/// <summary>
/// What a process running nightly jobs is configured with (the jobs themselves receive only ids and dates): where the
/// data, the bundle in force, the plans and the calendar are, how to chunk, and the seed of runs it plans.
/// </summary>
/// <param name="DataDirectory">Directory with enterprises.csv and the other input files.</param>
/// <param name="RulesDirectory">Bundle directory, or a publication store meaning the bundle in force there.</param>
/// <param name="PlanFiles">The plans drawn every night, in order; empty to take, each night, every plans/*.yaml of the bundle in force (<see cref="PlansInForce"/>).</param>
/// <param name="CalendarFile">The working-day calendar; empty to take, each night, the bundle in force's calendar/cn-working-days.csv (<see cref="CalendarInForce"/>).</param>
/// <param name="ChunkSize">Enterprises per chunk job.</param>
/// <param name="Seed">Seed of the runs this process plans (64 hex characters), or null to take a fresh one per run from <see cref="FreshSeed"/>; a run keeps the seed it was planned with.</param>
public sealed record NightlySettings(
    string DataDirectory, string RulesDirectory, IReadOnlyList<string> PlanFiles, string CalendarFile, int ChunkSize, string? Seed)
{
    /// <summary>
    /// The plans a night draws: <see cref="PlanFiles"/> when given, else those of the bundle in force in
    /// <see cref="RulesDirectory"/> now — for a publication store, the published copy, so that plans published through a
    /// reviewed change are drawn from the next night on.
    /// </summary>
    public IReadOnlyList<string> PlansInForce()
        => PlanFiles.Count > 0 ? PlanFiles : Draws.DrawOnce.DefaultPlanFiles(Bundles.BundlePublisher.Resolve(RulesDirectory));

    /// <summary>The calendar a night reads: <see cref="CalendarFile"/> when given, else the bundle in force's, as <see cref="PlansInForce"/>.</summary>
    public string CalendarInForce()
        => CalendarFile.Length > 0 ? CalendarFile : Path.Combine(Bundles.BundlePublisher.Resolve(RulesDirectory), "calendar", "cn-working-days.csv");

    /// <summary>The bundle, compiled already by the host; null to compile <see cref="RulesDirectory"/> on first use.</summary>
    public CompiledBundle? Bundle { get; init; }

    /// <summary>The default <see cref="MemoryBudget"/>: 1.25 GiB, so that a night of a million enterprises stays under 1.5 GiB.</summary>
    public const long DefaultMemoryBudget = 1280L << 20;

    /// <summary>
    /// Resident bytes above which the process's the jobs' memory governor gives back its garbage while jobs run; 0 for
    /// none (the collector alone decides).
    /// </summary>
    public long MemoryBudget { get; init; } = DefaultMemoryBudget;

    /// <summary>Where a long-lived host takes each new run's seed when <see cref="Seed"/> is null (the OS's cryptographic generator, at the host's edge).</summary>
    public Func<string>? FreshSeed { get; init; }

    /// <summary>
    /// The draw ledger the embedded mode also claims its plans and periods in, so that a night written to another run
    /// store (another <c>--out</c>) cannot draw a plan again; null where the run store is the only authority (PostgreSQL).
    /// </summary>
    public DrawLedger? Ledger { get; init; }

    /// <summary>
    /// Where the nights prepare their draws instead of drawing with <see cref="Seed"/> (commit, then reveal): each night
    /// publishes a preparation there, and its draw is made once the next day's public value and the departments' shares
    /// are there (<see cref="ExecutePreparedNights"/>). Null for nights that draw at once with the run's seed.
    /// </summary>
    public DrawDesk? Desk { get; init; }

    /// <summary>
    /// What a night takes in before it cuts its inputs (on PostgreSQL: the results confirmed in the web service,
    /// <see cref="TakeInResults"/>): given the as-of date and the bundle, the directory the night reads instead of
    /// <see cref="DataDirectory"/>. Null: the data directory as it is.
    /// </summary>
    public Func<DateOnly, CompiledBundle, CancellationToken, Task<ResultsIntake>>? TakeIn { get; init; }

    /// <summary>
    /// What follows a run that ended with its assessments whole (Completed or AlreadyDrawn), given the run id — on
    /// PostgreSQL, building the analysts' report rows of the night (<c>RunReportStore.EnsureBuiltAsync</c>) so that the
    /// morning's first report does not wait for them. A failure is logged and does not touch the run: the reports build
    /// the rows on first use anyway. Null: nothing.
    /// </summary>
    public Func<string, CancellationToken, Task>? AfterRun { get; init; }

    /// <summary>When the night's inputs are too broken to draw from (checked before anything is claimed).</summary>
    public DrawGateThresholds Gates { get; init; } = new();
}
