using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Supervision.Application.Reports;
using Supervision.Storage.Reports;

namespace Supervision.Service.Pages.Analyst;

/// <summary>
/// 预警名单: a night's alerts, most urgent first, under the overview's filters, a level and "case leads only" — each with
/// the rule that raised it, the values it read and its basis, and the case lead it became for the draw.
/// </summary>
public sealed class AlertsModel(RiskReports reports) : PageModel
{
    /// <summary>Rows per page.</summary>
    public const int PageSize = 50;

    /// <summary>The last page (the export has every alert).</summary>
    public const int MaxPage = 200;

    public ReportParameters Parameters { get; private set; } = new();

    public ReportRun? Selected { get; private set; }

    /// <summary>red, orange or yellow; null for every level (anything else is ignored).</summary>
    public string? Level { get; private set; }

    public bool LeadsOnly { get; private set; }

    public int PageNumber { get; private set; } = 1;

    public IReadOnlyList<NightAlertRow> Rows { get; private set; } = [];

    public IReadOnlyList<AlertCount> Counts { get; private set; } = [];

    public bool HasNext { get; private set; }

    public ReportQuery Query => new(Selected?.RunId, Parameters.Industry, Parameters.District, Parameters.Category, Parameters.Regime);

    public IReadOnlyList<ReportRun> Runs { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(
        [FromQuery] ReportParameters parameters, [FromQuery] string? level, [FromQuery] bool? leads, [FromQuery(Name = "page")] int? page,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        Parameters = parameters;
        Runs = await reports.RunsAsync(cancellationToken);
        Selected = parameters.Night(Runs);
        if (Selected is null)
        {
            return NotFound();
        }

        Level = AlertWords.Levels.Any(l => l.Level == level) ? level : null;
        LeadsOnly = leads == true;
        PageNumber = Math.Clamp(page ?? 1, 1, MaxPage);
        Counts = await reports.Store.AlertCountsAsync(Selected.RunId, parameters.Filter, Level, LeadsOnly, cancellationToken);
        var rows = new List<NightAlertRow>();
        await foreach (var row in reports.Store.AlertsAsync(Selected.RunId, parameters.Filter, Level, LeadsOnly, PageSize + 1, (PageNumber - 1) * PageSize, cancellationToken))
        {
            rows.Add(row);
        }

        HasNext = rows.Count > PageSize && PageNumber < MaxPage;
        Rows = rows.Take(PageSize).ToList();
        return Page();
    }

    /// <summary>The filters as words, for the heading.</summary>
    public string FilterWords() => RiskReports.FilterWords(Query.Filter);

    /// <summary>This page's link with the level, leads and page given, the night and filters kept.</summary>
    public string Link(string path, string? level, bool leads, int? page = null)
    {
        var link = Query.Link(path, page: page);
        var extra = (level is null ? "" : "&level=" + Uri.EscapeDataString(level)) + (leads ? "&leads=true" : "");
        return extra.Length == 0 ? link : link + (link.Contains('?', StringComparison.Ordinal) ? extra : "?" + extra[1..]);
    }
}
