namespace Supervision.Storage.Reports;

/// <summary>A scoring run whose assessments are whole, as the reports list it.</summary>
/// <param name="RunId">The run.</param>
/// <param name="AsOf">Its as-of date (the night it scored).</param>
/// <param name="Enterprises">Enterprises it assessed.</param>
/// <param name="BundleHash">The rule bundle it scored with.</param>
public sealed record ReportRun(string RunId, DateOnly AsOf, int Enterprises, string BundleHash);
