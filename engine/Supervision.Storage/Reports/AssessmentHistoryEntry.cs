namespace Supervision.Storage.Reports;

/// <summary>An enterprise's assessment in one run of its history.</summary>
/// <param name="Run">The run.</param>
/// <param name="Assessment">What it decided.</param>
public sealed record AssessmentHistoryEntry(ReportRun Run, AssessedEnterprise Assessment);
