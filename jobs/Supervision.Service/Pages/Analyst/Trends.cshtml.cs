using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Supervision.Application.Reports;
using Supervision.Storage.Reports;

namespace Supervision.Service.Pages.Analyst;

/// <summary>
/// 趋势分析: over a period, enterprises per category per night or month, each district's share of a focus category and how
/// much it rose or fell, and per month the inspection tasks drawn, inspected and finding a problem, per category and
/// district.
/// </summary>
public sealed class TrendsModel(RiskReports reports) : PageModel
{
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }

    /// <summary>night or month (the default).</summary>
    [BindProperty(SupportsGet = true)] public string? Step { get; set; }

    [BindProperty(SupportsGet = true)] public string? Focus { get; set; }

    [BindProperty(SupportsGet = true)] public string? Industry { get; set; }

    [BindProperty(SupportsGet = true)] public string? District { get; set; }

    [BindProperty(SupportsGet = true)] public string? Regime { get; set; }

    public (DateOnly From, DateOnly To) Period { get; private set; }

    public TrendReport? Report { get; private set; }

    public IReadOnlyList<ReportRun> Runs { get; private set; } = [];

    public ReportVocabulary Vocabulary => reports.Vocabulary;

    public ReportFilter Filter => new(Industry, District, null, Regime);

    public TrendStep StepValue => Step == "night" ? TrendStep.Night : TrendStep.Month;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Runs = await reports.RunsAsync(cancellationToken);
        if (Runs.Count == 0)
        {
            return Page();
        }

        Period = ReportPeriod.Resolve(From, To, Runs);
        Report = await reports.TrendsAsync(Period.From, Period.To, Filter, StepValue, Focus, cancellationToken);
        return Page();
    }

    /// <summary>This page's query string (for the export link), starting with ?.</summary>
    public string Query() => Microsoft.AspNetCore.Http.QueryString.Create(new Dictionary<string, string?>
    {
        ["from"] = IsoDate.Format(Period.From), ["to"] = IsoDate.Format(Period.To), ["step"] = Step, ["focus"] = Focus,
        ["industry"] = Industry, ["district"] = District, ["regime"] = Regime,
    }.Where(p => !string.IsNullOrEmpty(p.Value))).ToUriComponent();
}
