using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Supervision.Application.Reports;
using Supervision.Storage.Reports;

namespace Supervision.Service.Pages.Analyst;

/// <summary>
/// 打印版报告: the printable report of a period and filter (<see cref="PrintableReport"/>), the same page
/// <c>supervision report</c> writes; the browser prints it to paper or PDF. Without the site's layout: it stands alone.
/// </summary>
public sealed class ReportModel(RiskReports reports) : PageModel
{
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true)] public string? Step { get; set; }

    [BindProperty(SupportsGet = true)] public string? Focus { get; set; }

    [BindProperty(SupportsGet = true)] public string? Industry { get; set; }

    [BindProperty(SupportsGet = true)] public string? District { get; set; }

    [BindProperty(SupportsGet = true)] public string? Regime { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var (from, to) = ReportPeriod.Resolve(From, To, await reports.RunsAsync(cancellationToken));
        var content = await reports.PrintableAsync(from, to, new ReportFilter(Industry, District, null, Regime),
            Step == "night" ? TrendStep.Night : TrendStep.Month, Focus, cancellationToken);
        return content is null ? NotFound() : Content(PrintableReport.Render(content), "text/html; charset=utf-8");
    }
}
