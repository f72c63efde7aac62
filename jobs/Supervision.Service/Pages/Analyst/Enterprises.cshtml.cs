using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Supervision.Application.Reports;
using Supervision.Storage.Reports;

namespace Supervision.Service.Pages.Analyst;

/// <summary>企业名单: a run's enterprises under the overview's filters, a page at a time, each a link to its enterprise page.</summary>
public sealed class EnterprisesModel(RiskReports reports) : PageModel
{
    /// <summary>Rows per page.</summary>
    public const int PageSize = 50;

    /// <summary>The last page: deeper pages would make the database skip ever more rows; the export has them all.</summary>
    public const int MaxPage = 200;

    public ReportParameters Parameters { get; private set; } = new();

    /// <summary>The page shown: the query's <c>page</c>, from 1 to <see cref="MaxPage"/>.</summary>
    public int PageNumber { get; private set; } = 1;

    public ReportRun? Selected { get; private set; }

    public IReadOnlyList<AssessedEnterprise> Rows { get; private set; } = [];

    public bool HasNext { get; private set; }

    public ReportQuery Query => new(Selected?.RunId, Parameters.Industry, Parameters.District, Parameters.Category, Parameters.Regime);

    public ReportVocabulary Vocabulary => reports.Vocabulary;

    // The page number comes from the query string alone: "page" is also Razor Pages' own route value (the page's path),
    // which a bound property of that name reads first, failing to convert it and leaving every link on page 1.
    public async Task<IActionResult> OnGetAsync([FromQuery] ReportParameters parameters, [FromQuery(Name = "page")] int? page, CancellationToken cancellationToken)
    {
        Parameters = parameters;
        Selected = parameters.Night(await reports.RunsAsync(cancellationToken));
        if (Selected is null)
        {
            return NotFound();
        }

        PageNumber = Math.Clamp(page ?? 1, 1, MaxPage);
        var rows = new List<AssessedEnterprise>();
        await foreach (var row in reports.Store.AssessmentsAsync(Selected.RunId, Query.Filter, PageSize + 1, (PageNumber - 1) * PageSize, cancellationToken))
        {
            rows.Add(row);
        }

        HasNext = rows.Count > PageSize && PageNumber < MaxPage;
        Rows = rows.Take(PageSize).ToList();
        return Page();
    }

    /// <summary>The filters as words, for the heading.</summary>
    public string FilterWords() => RiskReports.FilterWords(Query.Filter);
}
