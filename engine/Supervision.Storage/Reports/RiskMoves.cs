namespace Supervision.Storage.Reports;

/// <summary>The moves of a run since the previous one under a filter.</summary>
/// <param name="PreviousRunId">The run compared with, or null for the first run (no moves).</param>
/// <param name="Moves">The first moves in USCC order (at most <see cref="RunReportStore.MaxMoves"/>).</param>
/// <param name="Count">How many there are in all.</param>
public sealed record RiskMoves(string? PreviousRunId, IReadOnlyList<RiskMove> Moves, long Count);
