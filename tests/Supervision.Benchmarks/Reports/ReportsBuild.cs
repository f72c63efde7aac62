namespace Supervision.Benchmarks.Reports;

/// <summary>The one-off pre-aggregation of a run (<c>RunReportStore.EnsureBuiltAsync</c>) against a plain read of the run.</summary>
/// <param name="RunId">The run built.</param>
/// <param name="ReadSeconds">A plain read of the run's assessments (count and the fired arrays' total length): the baseline.</param>
/// <param name="BuildSeconds">EnsureBuiltAsync: the breakdown, and for the second run the moves since the first.</param>
/// <param name="Breakdowns">Rows of run_breakdowns made.</param>
/// <param name="Moves">Rows of run_moves made.</param>
internal sealed record ReportsBuild(string RunId, double ReadSeconds, double BuildSeconds, long Breakdowns, long Moves);
