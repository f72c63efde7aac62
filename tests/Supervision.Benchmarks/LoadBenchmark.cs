using System.Diagnostics;
using System.Globalization;
using Supervision.Data.Import;
using Supervision.Data.Scoring;
using Supervision.Rules.Compilation;

namespace Supervision.Benchmarks;

/// <summary>
/// `--load DIR`: reads each input file of a population with its importer, one after the other, and reports the time,
/// the rows per second and the managed heap the rows keep alive — where the nightly run's import spends its time and
/// memory. The baseline in the same run is reading the same bytes without parsing.
/// </summary>
internal static class LoadBenchmark
{
    public static string Run(string directory, string rules)
    {
        var bundle = BundleSource.TryCompile(rules, new Supervision.Rules.Diagnostics.DiagnosticBag())
            ?? throw new InvalidOperationException($"the bundle in {rules} has errors");
        var columns = new FactBuilder(bundle).SafetyColumns;
        var lines = new List<string>();
        var registry = Measure(lines, directory, PopulationLoader.EnterprisesFile, path => EnterpriseImporter.Import(path));
        var known = registry.Rows.Select(e => e.Uscc).ToHashSet(StringComparer.Ordinal);
        var kept = new List<object> { registry, known };
        kept.Add(Measure(lines, directory, PopulationLoader.SafetyIndicatorsFile, path => SafetyIndicatorImporter.Import(path, columns, known)));
        kept.Add(Measure(lines, directory, PopulationLoader.CreditRecordsFile, path => CreditRecordImporter.Import(path, known)));
        kept.Add(Measure(lines, directory, PopulationLoader.InspectionsFile, path => InspectionImporter.Import(path, known)));
        kept.Add(Measure(lines, directory, PopulationLoader.InspectorsFile, InspectorImporter.Import));

        var watch = Stopwatch.StartNew();
        var population = PopulationLoader.Load(directory, columns);
        lines.Add(string.Create(CultureInfo.InvariantCulture,
            $"| PopulationLoader.Load (all files, the last four side by side) | {population.Enterprises.Count:N0} enterprises | {watch.Elapsed.TotalSeconds:0.00} | | | |"));
        GC.KeepAlive(kept);
        return string.Join('\n', lines);
    }

    private static T Measure<T>(List<string> lines, string directory, string file, Func<string, T> import)
        where T : class
    {
        var path = Path.Combine(directory, file);
        var bytes = new FileInfo(path).Length;
        var raw = Stopwatch.StartNew();
        using (var stream = File.OpenRead(path))
        {
            var buffer = new byte[1 << 20];
            while (stream.Read(buffer) > 0)
            {
            }
        }

        var rawSeconds = raw.Elapsed.TotalSeconds;
        GC.Collect();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var watch = Stopwatch.StartNew();
        var result = import(path);
        var seconds = watch.Elapsed.TotalSeconds;
        var after = GC.GetTotalMemory(forceFullCollection: true);
        var rows = result is ImportResult<object> r ? r.Report.Read : Rows(result);
        lines.Add(string.Create(CultureInfo.InvariantCulture,
            $"| {file} | {rows:N0} rows, {bytes / 1048576.0:0} MiB | {seconds:0.00} | {rows / seconds:N0} | {rawSeconds / seconds:0.000} | {(after - before) / 1048576.0:N0} |"));
        return result;
    }

    private static long Rows(object result) => (long)(result.GetType().GetProperty("Report")!.GetValue(result) is { } report
        ? report.GetType().GetProperty("Read")!.GetValue(report)!
        : 0L);
}
