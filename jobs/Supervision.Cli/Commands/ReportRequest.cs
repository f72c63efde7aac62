using Supervision.Storage.Reports;

namespace Supervision.Cli.Commands;

/// <summary>What `supervision report` was asked for, as typed (dates are checked when the report runs).</summary>
internal sealed record ReportRequest(string Output, string? From, string? To, string Step, string? Focus, ReportFilter Filter, string Rules, string Data);
