using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Supervision.Application.Reports;

namespace Supervision.Service.Pages.Analyst;

/// <summary>
/// 趋势分析: over a period, enterprises per category per night or month, each district's share of a focus category and how
/// much it rose or fell, and per month the inspection tasks drawn, inspected and finding a problem, per category and
/// district.
/// </summary>
public sealed class TrendsModel(RiskReports reports) : PageModel
{
    public ReportParameters Parameters { get; private set; } = new();

    public (DateOnly From, DateOnly To) Period { get; private set; }

    public TrendReport? Report { get; private set; }

    public ReportVocabulary Vocabulary => reports.Vocabulary;

    public async Task<IActionResult> OnGetAsync([FromQuery] ReportParameters parameters, CancellationToken cancellationToken)
    {
        Parameters = parameters;
        var runs = await reports.RunsAsync(cancellationToken);
        if (runs.Count == 0)
        {
            return Page();
        }

        // The category filter is left out: a trend of one category's share of itself says nothing.
        Period = parameters.Period(runs);
        Report = await reports.TrendsAsync(Period.From, Period.To, parameters.Filter with { Category = null }, parameters.StepValue, parameters.Focus, cancellationToken);
        return Page();
    }

    /// <summary>This page's query string (for the export and report links), starting with ?.</summary>
    public string Query() => Parameters.PeriodQuery(Period);
}
