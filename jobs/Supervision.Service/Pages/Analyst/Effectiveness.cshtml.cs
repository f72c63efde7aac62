using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Supervision.Application.Reports;

namespace Supervision.Service.Pages.Analyst;

/// <summary>
/// 以评促改 — does targeting find more? The problem rate per pool and category of a period's draws once results are
/// confirmed, the targeted pools against the verification sample with the difference's interval, and how well the rule
/// standing and the learned risk rank the inspections that found a problem.
/// </summary>
public sealed class EffectivenessModel(RiskReports reports) : PageModel
{
    public ReportParameters Parameters { get; private set; } = new();

    public (DateOnly From, DateOnly To) Period { get; private set; }

    public EffectivenessReport? Report { get; private set; }

    /// <summary>Coverage on the period's latest night.</summary>
    public CoverageReport? Coverage { get; private set; }

    public ReportVocabulary Vocabulary => reports.Vocabulary;

    public async Task<IActionResult> OnGetAsync([FromQuery] ReportParameters parameters, CancellationToken cancellationToken)
    {
        Parameters = parameters;
        var runs = await reports.RunsAsync(cancellationToken);
        if (runs.Count == 0)
        {
            return Page();
        }

        Period = parameters.Period(runs);
        var filter = parameters.Filter with { Category = null };
        Report = await reports.EffectivenessAsync(Period.From, Period.To, filter, cancellationToken);
        if (runs.FirstOrDefault(r => r.AsOf <= Period.To) is { } night)
        {
            Coverage = await reports.CoverageAsync(night, filter, cancellationToken);
        }

        return Page();
    }

    public string Query() => Parameters.PeriodQuery(Period);
}
