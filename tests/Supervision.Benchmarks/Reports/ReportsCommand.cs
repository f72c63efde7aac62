using System.Globalization;

namespace Supervision.Benchmarks.Reports;

/// <summary>`--reports N`: reads the options, runs <see cref="ReportsBenchmark"/>, prints and writes the report; exit 1 on any error.</summary>
internal static class ReportsCommand
{
    public static int Run(IReadOnlyDictionary<string, string> options, int enterprises, long seed, string rules)
    {
        int Int(string name, int fallback) => options.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        var connection = options.GetValueOrDefault("--connection") ?? Environment.GetEnvironmentVariable("SUPERVISION_DB")
            ?? throw new ArgumentException("--reports needs --connection or SUPERVISION_DB");
        var settings = new ReportsBenchmarkOptions(
            enterprises,
            connection,
            options.GetValueOrDefault("--database", ReportsBenchmarkOptions.DefaultDatabase),
            options.GetValueOrDefault("--reuse") == "true",
            double.Parse(options.GetValueOrDefault("--seconds", "10"), CultureInfo.InvariantCulture),
            Int("--requests", 500),
            Int("--warmup", 3),
            [.. options.GetValueOrDefault("--clients", "1,4").Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture))],
            (int)seed,
            options.GetValueOrDefault("--data", "data-samples"),
            rules,
            new HashSet<string>(options.GetValueOrDefault("--skip", "").Split(',', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal));
        var result = ReportsBenchmark.RunAsync(settings).GetAwaiter().GetResult();
        var report = ReportsReport.Render(result, settings);
        Console.WriteLine(report);
        if (options.TryGetValue("--report", out var file))
        {
            File.WriteAllText(file, report);
        }

        return result.Clean ? 0 : 1;
    }
}
