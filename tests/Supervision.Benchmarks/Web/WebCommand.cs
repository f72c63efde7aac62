using System.Globalization;

namespace Supervision.Benchmarks.Web;

/// <summary>`--web N`: reads the options, runs <see cref="WebBenchmark"/>, prints and writes the report; exit 1 on any error.</summary>
internal static class WebCommand
{
    public static int Run(IReadOnlyDictionary<string, string> options, int enterprises, long seed, string rules)
    {
        int Int(string name, int fallback) => options.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        var connection = options.GetValueOrDefault("--connection") ?? Environment.GetEnvironmentVariable("SUPERVISION_DB")
            ?? throw new ArgumentException("--web needs --connection or SUPERVISION_DB");
        var settings = new WebBenchmarkOptions(
            enterprises,
            Int("--inspectors", Math.Max(40, enterprises / 20)),
            Int("--accounts", 200),
            connection,
            options.GetValueOrDefault("--database", WebBenchmarkOptions.DefaultDatabase),
            double.Parse(options.GetValueOrDefault("--seconds", "10"), CultureInfo.InvariantCulture),
            Int("--requests", 2000),
            Int("--warmup", 20),
            [.. options.GetValueOrDefault("--clients", "1,4").Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture))],
            (int)seed,
            options.GetValueOrDefault("--data", "data-samples"),
            rules);
        var result = WebBenchmark.RunAsync(settings).GetAwaiter().GetResult();
        var report = WebReport.Render(result, settings);
        Console.WriteLine(report);
        if (options.TryGetValue("--report", out var file))
        {
            File.WriteAllText(file, report);
        }

        return result.Clean ? 0 : 1;
    }
}
