using System.Globalization;
using System.Text;
using Supervision.Benchmarks.Web;

namespace Supervision.Benchmarks.Reports;

/// <summary>The Markdown report of `--reports`: machine, population, pre-aggregation, pages, exports, against the issue's targets.</summary>
internal static class ReportsReport
{
    /// <summary>The issue's target for the overview.</summary>
    public const double OverviewMilliseconds = 1000;

    /// <summary>The issue's targets for a 1,000,000-row .xlsx export.</summary>
    public const double ExportSeconds = 30;

    public const double ExportMiB = 500;

    public static string Render(ReportsBenchmarkResult result, ReportsBenchmarkOptions options)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(options);
        var p = result.Population;
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Machine: {result.Machine}.");
        text.AppendLine();
        text.Append(CultureInfo.InvariantCulture, $"Population (database `{options.DatabaseName}`, seed {options.Seed}): two completed runs, ")
            .Append(CultureInfo.InvariantCulture, $"`{p.FirstRun}` and `{p.SecondRun}`, of {p.Enterprises:N0} assessments each, written by binary COPY as the nightly writes them ")
            .Append(CultureInfo.InvariantCulture, $"(chunks of {ReportsBenchmarkOptions.ChunkSize:N0}, each in USCC order); {p.Districts.Count} districts, {p.Divisions.Count} industry divisions; ")
            .AppendLine(CultureInfo.InvariantCulture, $"{p.Movers:N0} enterprises ({(double)p.Movers / p.Enterprises:0.0%}) changed category between the runs.");
        text.AppendLine();
        text.AppendLine("| load (not measured) | s |");
        text.AppendLine("| --- | ---: |");
        foreach (var (part, seconds) in p.LoadSeconds)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| {part} | {seconds:0.0} |");
        }

        text.AppendLine();
        text.AppendLine("Pre-aggregation, once per run (`RunReportStore.EnsureBuiltAsync`, as the nightly calls it after a run), against a plain read of the run's rows (`count(*)` and the fired arrays' lengths) just before:");
        text.AppendLine();
        text.AppendLine("| run | plain read s | EnsureBuiltAsync s | ratio | run_breakdowns rows | run_moves rows |");
        text.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: |");
        foreach (var b in result.Builds)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| `{b.RunId}` | {b.ReadSeconds:0.00} | {b.BuildSeconds:0.00} | {b.BuildSeconds / b.ReadSeconds:0.0}× | {b.Breakdowns:N0} | {b.Moves:N0} |");
        }

        text.AppendLine();
        if (result.Measurements.Count > 0)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"Pages, signed in as an analyst: each route {options.Warmup} warm-up requests, then at most {options.Requests:N0} requests or {options.Seconds:0.#} s per concurrency; ")
                .AppendLine("latency from sending to the last byte read; an answer counts only if it is 200 and shows the expected numbers (the overview's total and moves, the list's first USCC, the enterprise's USCC and name), anything else is an error. Filtered routes rotate through every district, industry division, or district and category.");
            text.AppendLine();
            text.AppendLine("| route | clients | requests | errors | p50 ms | p95 ms | max ms | p95 / baseline p95 | target |");
            text.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
            foreach (var m in result.Measurements)
            {
                var baseline = result.Measurements.FirstOrDefault(b => b.Route == WebRoutes.Baseline && b.Clients == m.Clients);
                var ratio = baseline is null ? "–" : (m.Percentile(95) / baseline.Percentile(95)).ToString("0×", CultureInfo.InvariantCulture);
                var target = !ReportsRoutes.Overview.Contains(m.Route.Name) ? ""
                    : m.Percentile(95) <= OverviewMilliseconds ? "≤ 1 s: met" : "≤ 1 s: **missed**";
                text.AppendLine(CultureInfo.InvariantCulture,
                    $"| {m.Route.Name} `{m.Route.Template}` | {m.Clients} | {m.Milliseconds.Count:N0} | {m.Errors} | {m.Percentile(50):0.0} | {m.Percentile(95):0.0} | {m.Max:0.0} | {ratio} | {target} |");
            }

            text.AppendLine();
            foreach (var failed in result.Measurements.Where(m => m.Errors > 0))
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"ERRORS on {failed.Route.Name} ×{failed.Clients}: {failed.Errors}, first: {failed.FirstError}");
            }
        }

        if (result.Exports.Count > 0)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"Exports of the whole second run, unfiltered, downloaded through HTTP as the analyst into a file (request to last byte). Memory is that of the process hosting `serve` (and the client, which streams the body to disk): /proc/self/status VmRSS just before the request, after a full compacting collection, and VmHWM — the kernel's peak resident set — reset just before the request (5 written to /proc/self/clear_refs) and read after the last byte. Reading the {p.Enterprises:N0} rows through `RunReportStore.AssessmentsAsync` without writing them took {result.StoreReadSeconds:0.0} s (the exports' floor).");
            text.AppendLine();
            text.AppendLine("| file | status | headers s | total s | vs store read | MiB | RSS before MiB | peak RSS MiB | growth MiB | data rows | check | target |");
            text.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |");
            foreach (var e in result.Exports)
            {
                var target = e.File != "enterprises.xlsx" ? ""
                    : (e.Seconds <= ExportSeconds ? "≤ 30 s: met" : "≤ 30 s: **missed**") + "; " + (e.PeakMiB <= ExportMiB ? "≤ 500 MiB: met" : "≤ 500 MiB: **missed**");
                text.AppendLine(CultureInfo.InvariantCulture,
                    $"| {e.File} | {e.Status} | {e.HeadersSeconds:0.0} | {e.Seconds:0.0} | {e.Seconds / result.StoreReadSeconds:0.0}× | {e.Bytes / 1048576.0:0.0} | {e.BaselineMiB:0} | {e.PeakMiB:0}{(e.PeakReset ? "" : " (lifetime)")} | {e.GrowthMiB:0} | {e.DataRows?.ToString("N0", CultureInfo.InvariantCulture) ?? "–"} | {e.Verification} | {target} |");
            }

            text.AppendLine();
        }

        text.AppendLine(result.Clean ? "Every measured answer was right and every export whole." : "SOME ANSWERS WERE WRONG OR SOME EXPORTS INCOMPLETE: see above.");
        return text.ToString();
    }
}
