namespace Supervision.Storage.Reports;

/// <summary>The values a run's reports can be filtered by, each sorted.</summary>
public sealed record ReportFacets(
    IReadOnlyList<string> Districts, IReadOnlyList<string> Industries, IReadOnlyList<string> Categories, IReadOnlyList<string> Regimes);
