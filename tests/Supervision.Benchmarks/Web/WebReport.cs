using System.Globalization;
using System.Text;

namespace Supervision.Benchmarks.Web;

/// <summary>The Markdown report of `--web`: machine, population and load times, then one row per route and concurrency.</summary>
internal static class WebReport
{
    /// <summary>The target: p95 at most this for the inbox and the public pages.</summary>
    public const double TargetMilliseconds = 100;

    public static string Render(WebBenchmarkResult result, WebBenchmarkOptions options)
    {
        ArgumentNullException.ThrowIfNull(result);
        var p = result.Population;
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Machine: {result.Machine}.");
        text.AppendLine();
        text.Append(CultureInfo.InvariantCulture, $"Population (database `{options.DatabaseName}`, seed {options.Seed}): {p.Enterprises:N0} enterprises, {p.Inspectors:N0} inspectors, ").Append(CultureInfo.InvariantCulture, $"{p.Draws.DrawIds.Count} monthly draws with {p.Draws.Tasks:N0} tasks (teams of two), {p.Draws.Items:N0} draw items, ").Append(CultureInfo.InvariantCulture, $"{p.Draws.Results:N0} confirmed results, {p.Draws.Recusals:N0} pending recusals, {p.Accounts.Count} inspector accounts; ").Append(CultureInfo.InvariantCulture, $"tasks per inspector: mean {p.Draws.TasksPerInspector.Average():0.0}, median {Median(p.Draws.TasksPerInspector)}, max {p.Draws.TasksPerInspector.Max():N0}; ").AppendLine(CultureInfo.InvariantCulture, $"largest draw record {p.Draws.RecordBytes / 1e6:0.0} MB.");
        text.AppendLine();
        text.AppendLine("| load (not measured) | s |");
        text.AppendLine("| --- | ---: |");
        foreach (var (part, seconds) in p.LoadSeconds)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| {part} | {seconds:0.0} |");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"| total | {p.LoadSeconds.Sum(l => l.Seconds):0.0} |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| sign-in of {p.Accounts.Count} inspectors through the form, and their inboxes listed once | {result.SignInSeconds:0.0} |");
        text.AppendLine();
        text.Append(CultureInfo.InvariantCulture,
            $"Each route: {options.Warmup} warm-up requests, then at most {options.Requests:N0} requests or {options.Seconds:0.#} s per concurrency; ")
            .AppendLine("latency from sending to the last byte read; only 200 answers holding the page's markers count, anything else is an error.");
        text.AppendLine();
        text.AppendLine("| route | clients | requests | errors | p50 ms | p95 ms | p99 ms | max ms | requests/s | p95 / baseline p95 |");
        text.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var m in result.Measurements)
        {
            if (!m.Present)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"| {m.Route.Name} `{m.Route.Template}` | – | not present (404) | | | | | | | |");
                continue;
            }

            var baseline = result.Measurements.FirstOrDefault(b => b.Route == WebRoutes.Baseline && b.Clients == m.Clients);
            var ratio = baseline is null ? "–" : (m.Percentile(95) / baseline.Percentile(95)).ToString("0.0×", CultureInfo.InvariantCulture);
            text.Append(CultureInfo.InvariantCulture, $"| {m.Route.Name} `{m.Route.Template}` | {m.Clients} | {m.Milliseconds.Count:N0} | {m.Errors} | {m.Percentile(50):0.0} | {m.Percentile(95):0.0} | ").AppendLine(CultureInfo.InvariantCulture, $"{m.Percentile(99):0.0} | {m.Max:0.0} | {m.PerSecond:0} | {ratio} |");
        }

        text.AppendLine();
        foreach (var failed in result.Measurements.Where(m => m.Errors > 0))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"ERRORS on {failed.Route.Name} ×{failed.Clients}: {failed.Errors}, first: {failed.FirstError}");
        }

        return text.ToString();
    }

    private static int Median(int[] values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? 0 : sorted[sorted.Length / 2];
    }
}
