using Supervision.Draws.Drawing;
using Supervision.Model.Import;
using Supervision.Rules.Alerts;
using Supervision.Rules.Compilation;
using Supervision.Rules.Scoring;

namespace Supervision.Runs;

/// <summary>
/// Where the nightly run keeps its state between jobs, which may run in different processes: the run record, each
/// chunk's assessments, the fan-in count, the draw claims and the outputs. Hangfire only carries ids; everything a
/// job needs to resume after a crash is here.
/// </summary>
/// <remarks>
/// Every write is atomic (a reader never sees half a chunk or half a draw) and idempotent (a job delivered twice
/// writes the same thing twice). Implementations are safe for concurrent use by several jobs and processes.
/// The embedded implementation is a directory (<c>FileRunStore</c>); the PostgreSQL one keeps the same contract.
/// </remarks>
public interface IRunStore
{
    /// <summary>The run, or null when it was never planned.</summary>
    Task<RunRecord?> GetRunAsync(string runId, CancellationToken cancellationToken);

    /// <summary>Stores the run unless a run with its id exists; returns the run as stored (the existing one wins).</summary>
    Task<RunRecord> CreateRunAsync(RunRecord run, CancellationToken cancellationToken);

    /// <summary>
    /// The most recent run with a draw (<see cref="RunStatus.Completed"/>) whose as-of date is before
    /// <paramref name="asOf"/>, or null: the night the input gates compare this one with.
    /// </summary>
    Task<RunRecord?> PreviousCompletedRunAsync(DateOnly asOf, CancellationToken cancellationToken);

    /// <summary>
    /// Forgets a <see cref="RunStatus.Refused"/> run entirely — record, chunks, assessments, summaries, inputs — so that
    /// the night can be planned afresh from the inputs as they are now. A refused run claimed no plan, so nothing else
    /// refers to it. Does nothing when the run does not exist.
    /// </summary>
    /// <exception cref="InvalidOperationException">The run exists and is not refused.</exception>
    Task DiscardRefusedRunAsync(string runId, CancellationToken cancellationToken);

    /// <summary>
    /// Deletes what writers of the run that died mid-write left behind (temporary files and directories), keeping those a
    /// live writer still owns. Called when a run is planned or resumed; a store with no temporaries does nothing.
    /// </summary>
    Task DeleteStaleTemporariesAsync(string runId, CancellationToken cancellationToken);

    /// <summary>Replaces the stored record of an existing run (status changes).</summary>
    Task UpdateRunAsync(RunRecord run, CancellationToken cancellationToken);

    /// <summary>Stores one chunk's assessments atomically, replacing an earlier copy of the same chunk.</summary>
    /// <param name="runId">The run.</param>
    /// <param name="chunkNo">The chunk, 0-based.</param>
    /// <param name="assessments">The chunk's assessments in registry order.</param>
    /// <param name="bundle">The run's bundle (names the elements behind each outcome).</param>
    /// <param name="cancellationToken">Stops before the chunk is published.</param>
    Task SaveChunkAsync(string runId, int chunkNo, IReadOnlyList<Assessment> assessments, CompiledBundle bundle, CancellationToken cancellationToken);

    /// <summary>
    /// Held while a run is planned — its input slices stored, then the run created — so that two processes planning the
    /// same night do not interleave: the second finds the run the first created. Released on dispose, or when the
    /// holding process dies.
    /// </summary>
    Task<IAsyncDisposable> LockPlanningAsync(string runId, CancellationToken cancellationToken);

    /// <summary>
    /// Replaces every input slice of the run with <paramref name="slices"/>, atomically: a chunk job reads all of the
    /// new slices or, before they are complete, none. Called while planning, before the run is created. A store is done
    /// with a slice (has written or copied its content) when it asks for the next one: the caller then reuses its array.
    /// </summary>
    Task SaveInputsAsync(string runId, IAsyncEnumerable<InputSlice> slices, CancellationToken cancellationToken);

    /// <summary>
    /// The input slices of one chunk, or of the files every chunk shares (<see cref="InputSlice.Global"/>). With
    /// <paramref name="rentContent"/>, each slice's content is read into an array it gives (at least as long as asked),
    /// which the caller may reuse once done with the slices.
    /// </summary>
    Task<IReadOnlyList<InputSlice>> ReadInputsAsync(string runId, int chunkNo, CancellationToken cancellationToken, Func<int, byte[]>? rentContent = null);

    /// <summary>Drops the run's input slices once the run is final; nothing reads them afterwards.</summary>
    Task DeleteInputsAsync(string runId, CancellationToken cancellationToken);

    /// <summary>Stores what a chunk leaves for the draws (import reports, draw candidates), replacing an earlier copy.</summary>
    Task SaveChunkSummaryAsync(string runId, int chunkNo, ChunkSummary summary, CancellationToken cancellationToken);

    /// <summary>Every chunk's summary, in chunk order.</summary>
    Task<IReadOnlyList<ChunkSummary>> ReadChunkSummariesAsync(string runId, CancellationToken cancellationToken);

    /// <summary>
    /// Counts a saved chunk as complete (once, however often it is called) and returns true to exactly one caller per
    /// run: the first that finds every chunk complete. That caller starts the draws (fan-in).
    /// </summary>
    Task<bool> CompleteChunkAsync(string runId, int chunkNo, CancellationToken cancellationToken);

    /// <summary>The chunks counted complete so far.</summary>
    Task<IReadOnlySet<int>> CompletedChunksAsync(string runId, CancellationToken cancellationToken);

    /// <summary>Every chunk's assessments, in chunk order, one at a time (a million need not be held at once).</summary>
    /// <exception cref="InvalidOperationException">A chunk is missing (raised at the end of the enumeration at the latest).</exception>
    IAsyncEnumerable<Assessment> StreamAssessmentsAsync(string runId, CompiledBundle bundle, CancellationToken cancellationToken);

    /// <summary>Every chunk's assessments, in chunk order (which is registry order).</summary>
    Task<IReadOnlyList<Assessment>> ReadAssessmentsAsync(string runId, CompiledBundle bundle, CancellationToken cancellationToken);

    /// <summary>Publishes the assessments export of the run (what <c>supervision score</c> writes), atomically.</summary>
    Task ExportAssessmentsAsync(string runId, CompiledBundle bundle, CancellationToken cancellationToken);

    /// <summary>
    /// What the run's assessments said of each of <paramref name="usccs"/> it assessed (category and scores, dated by the
    /// run): the previous night a chunk's alerts compare with. Enterprises the run did not assess are absent.
    /// </summary>
    Task<IReadOnlyDictionary<string, PreviousStanding>> ReadStandingsAsync(string runId, IReadOnlyCollection<string> usccs, CancellationToken cancellationToken);

    /// <summary>
    /// Keeps the night's alerts, most urgent first (the alert list of the night's outputs, and the database's), replacing
    /// any the run had; the alerts that became case leads are audited where the store keeps an audit log.
    /// </summary>
    Task SaveAlertsAsync(string runId, NightAlerts alerts, CancellationToken cancellationToken);

    /// <summary>
    /// Claims every plan of the set for its period on behalf of the run, drawn on <paramref name="drawDate"/>: a plan is
    /// drawn once per period, on whichever night. Granted when no other run holds any of them (claims the run made
    /// earlier count as its own); otherwise nothing is claimed.
    /// </summary>
    Task<DrawClaim> ClaimDrawAsync(string runId, DateOnly drawDate, IReadOnlyList<PlanPeriod> plans, CancellationToken cancellationToken);

    /// <summary>
    /// The plans of the set that another run holds for their period (each with its owner, refused), in plan order: what
    /// a night leaves out before it draws. Reads only; <see cref="ClaimDrawAsync"/> still decides atomically.
    /// </summary>
    Task<IReadOnlyList<DrawClaim>> HeldByOthersAsync(string runId, IReadOnlyList<PlanPeriod> plans, CancellationToken cancellationToken);

    /// <summary>Publishes the run's draw (what <c>supervision draw</c> writes), atomically; a second save of the same draw is a no-op.</summary>
    Task SaveDrawAsync(string runId, DrawResult draw, CancellationToken cancellationToken);

    /// <summary>
    /// The run's draw, or null before it is saved. Its <see cref="DrawResult.Population"/> is empty: the snapshot is the
    /// population (<see cref="Supervision.Draws.Record.PopulationSnapshot.Read"/> parses it when needed; for a million enterprises that is
    /// over a million objects nobody rendering the files uses).
    /// </summary>
    Task<DrawResult?> ReadDrawAsync(string runId, CancellationToken cancellationToken);

    /// <summary>The runs whose draw is prepared and not yet executed (<see cref="RunStatus.Prepared"/>), oldest first.</summary>
    Task<IReadOnlyList<RunRecord>> PreparedRunsAsync(CancellationToken cancellationToken);
}
