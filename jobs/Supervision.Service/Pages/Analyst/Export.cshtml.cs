using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Logging;
using Supervision.Application.Reports;
using Supervision.Data.Exports;

namespace Supervision.Service.Pages.Analyst;

/// <summary>
/// The analysts' downloads, under the same run and filters as the page they come from: the overview as a workbook, the
/// enterprises and the moves as a workbook or CSV (UTF-8 with BOM), Chinese headers, formula-like text neutralised. The
/// file is written to a temporary file first (the workbook library ends with synchronous writes, which Kestrel refuses on
/// a response), then sent and deleted; a million rows stay within a few tens of megabytes of memory.
/// </summary>
public sealed class ExportModel(RiskReports reports, ILogger<ExportModel> logger) : PageModel
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private const string Csv = "text/csv; charset=utf-8";

    [BindProperty(SupportsGet = true, Name = "file")] public string FileName { get; set; } = "";

    public async Task<IActionResult> OnGetAsync(
        [FromQuery] ReportParameters parameters, [FromQuery] string? level, [FromQuery] bool? leads, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var (table, format) = (Path.GetFileNameWithoutExtension(FileName), Path.GetExtension(FileName));
        if (format is not (".xlsx" or ".csv") || table is not ("overview" or "enterprises" or "moves" or "trends" or "effectiveness" or "alerts")
            || (format == ".csv" && table is not ("enterprises" or "moves" or "alerts")))
        {
            return NotFound();
        }

        var runs = await reports.RunsAsync(cancellationToken);
        var run = parameters.Night(runs);
        if (run is null || (parameters.Compare is { Length: > 0 } && runs.All(r => r.RunId != parameters.Compare)))
        {
            return NotFound();
        }

        var filter = parameters.Filter;
        var day = IsoDate.Format(run.AsOf);
        var period = parameters.Period(runs);
        if (table is "trends" or "effectiveness")
        {
            day = $"{IsoDate.Format(period.From)}至{IsoDate.Format(period.To)}";
        }

        var sheets = table switch
        {
            "trends" => ReportTables.Trends(await reports.TrendsAsync(period.From, period.To, filter with { Category = null }, parameters.StepValue, parameters.Focus, cancellationToken)),
            "effectiveness" =>
            [
                .. ReportTables.Effectiveness(await reports.EffectivenessAsync(period.From, period.To, filter with { Category = null }, cancellationToken), reports.Vocabulary),
                .. ReportTables.Coverage(await reports.CoverageAsync(runs.FirstOrDefault(r => r.AsOf <= period.To) ?? run, filter with { Category = null }, cancellationToken)),
            ],
            "overview" => ReportTables.Overview(await reports.OverviewAsync(run.RunId, filter, cancellationToken)),
            "alerts" => [ReportTables.Alerts($"预警名单 {day}", reports.Store.AlertsAsync(run.RunId, filter,
                AlertWords.Levels.Any(l => l.Level == level) ? level : null, leads == true, null, 0, cancellationToken).ToBlockingEnumerable(cancellationToken))],
            "enterprises" => [ReportTables.Enterprises($"企业名单 {day}",
                reports.Store.AssessmentsAsync(run.RunId, filter, null, 0, cancellationToken).ToBlockingEnumerable(cancellationToken))],
            _ => [ReportTables.Moves($"变动企业 {day}", (parameters.Compare is { Length: > 0 } compare
                ? reports.Store.MovesBetweenAsync(compare, run.RunId, filter, null, cancellationToken)
                : reports.Store.StoredMovesAsync(run.RunId, filter, cancellationToken)).ToBlockingEnumerable(cancellationToken))],
        };

        var temporary = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
        try
        {
            // The rows come from a database cursor read synchronously: off the request's thread.
            await Task.Run(async () =>
            {
                if (format == ".xlsx")
                {
                    await XlsxExport.WriteAsync(temporary, sheets, cancellationToken);
                }
                else
                {
                    CsvExport.Write(temporary, sheets[0]);
                }
            }, cancellationToken);
        }
        catch
        {
            await temporary.DisposeAsync();
            throw;
        }

        temporary.Position = 0;
        ServiceLog.ReportExported(logger, User.Identity!.Name!, FileName, run.RunId, temporary.Length);
        var name = $"{Title(table)}-{day}{format}";
        return File(temporary, format == ".xlsx" ? Xlsx : Csv, name);
    }

    private static string Title(string table) => table switch
    {
        "overview" => "风险总览",
        "enterprises" => "企业名单",
        "trends" => "趋势分析",
        "effectiveness" => "抽查成效",
        "alerts" => "预警名单",
        _ => "变动企业",
    };
}
