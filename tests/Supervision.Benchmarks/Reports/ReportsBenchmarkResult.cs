using Supervision.Benchmarks.Web;

namespace Supervision.Benchmarks.Reports;

/// <summary>Everything `--reports` found: the machine, the population, the builds, each page's measurement and the exports.</summary>
/// <param name="Machine">Cores, CPU, OS, .NET and PostgreSQL.</param>
/// <param name="Population">The runs loaded and their expected answers.</param>
/// <param name="Builds">Per run: seconds of a plain read of its assessments (the baseline), seconds of EnsureBuiltAsync, and the report rows made.</param>
/// <param name="Measurements">Each route at each concurrency.</param>
/// <param name="StoreReadSeconds">Reading the second run's rows through RunReportStore.AssessmentsAsync without writing them (the exports' floor), or NaN.</param>
/// <param name="Exports">The exports downloaded.</param>
internal sealed record ReportsBenchmarkResult(
    string Machine,
    ReportsPopulation Population,
    IReadOnlyList<ReportsBuild> Builds,
    IReadOnlyList<RouteMeasurement> Measurements,
    double StoreReadSeconds,
    IReadOnlyList<ExportMeasurement> Exports)
{
    /// <summary>Every measured request was answered correctly and every export was whole.</summary>
    public bool Clean => Measurements.All(m => m.Errors == 0 && m.Present)
        && Exports.All(e => e.Status == 200 && (e.DataRows is null || e.DataRows == Population.Enterprises));
}
