using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Supervision.Application.Reports;

namespace Supervision.Service.Pages.Analyst;

/// <summary>
/// 打印版报告: the printable report of a period and filter (<see cref="PrintableReport"/>), the same page
/// <c>supervision report</c> writes; the browser prints it to paper or PDF. Without the site's layout: it stands alone.
/// </summary>
public sealed class ReportModel(RiskReports reports) : PageModel
{
    public async Task<IActionResult> OnGetAsync([FromQuery] ReportParameters parameters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var (from, to) = parameters.Period(await reports.RunsAsync(cancellationToken));
        var content = await reports.PrintableAsync(from, to, parameters.Filter with { Category = null }, parameters.StepValue, parameters.Focus, cancellationToken);
        return content is null ? NotFound() : Content(PrintableReport.Render(content), "text/html; charset=utf-8");
    }
}
