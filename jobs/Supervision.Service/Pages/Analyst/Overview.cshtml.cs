using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Supervision.Application.Reports;
using Supervision.Storage.Reports;

namespace Supervision.Service.Pages.Analyst;

/// <summary>
/// 风险总览 (analysts only, by the /Analyst folder's policy): one night's risk picture under the filters — shares per
/// category, safety level, credit class and regime, categories per district and per industry — and the enterprises that
/// moved since the previous night or since a chosen earlier night, each with the rules behind the move.
/// </summary>
public sealed class OverviewModel(RiskReports reports) : PageModel
{






    public ReportParameters Parameters { get; private set; } = new();

    public IReadOnlyList<ReportRun> Runs { get; private set; } = [];

    public ReportRun? Selected { get; private set; }

    public ReportFacets Facets { get; private set; } = new([], [], [], []);

    public RiskOverview? Overview { get; private set; }

    public string? ComparedWith { get; private set; }

    public IReadOnlyList<RiskMove> Moves { get; private set; } = [];

    /// <summary>All moves under the filter when compared with the previous run; null over a chosen period (only the first are read).</summary>
    public long? MoveCount { get; private set; }

    public ReportQuery Query => new(Selected?.RunId, Parameters.Industry, Parameters.District, Parameters.Category, Parameters.Regime, Parameters.Compare);

    public ReportVocabulary Vocabulary => reports.Vocabulary;

    public async Task<IActionResult> OnGetAsync([FromQuery] ReportParameters parameters, CancellationToken cancellationToken)
    {
        Parameters = parameters;
        Runs = await reports.RunsAsync(cancellationToken);
        if (Runs.Count == 0)
        {
            return Page();
        }

        Selected = parameters.Night(Runs);
        if (Selected is null)
        {
            return NotFound();
        }

        var filter = Query.Filter;
        Overview = await reports.OverviewAsync(Selected.RunId, filter, cancellationToken);
        Facets = await reports.Store.FacetsAsync(Selected.RunId, cancellationToken);
        if (parameters.Compare is { Length: > 0 } compare && compare != Selected.RunId)
        {
            if (Runs.All(r => r.RunId != compare))
            {
                return NotFound();
            }

            ComparedWith = compare;
            var moves = new List<RiskMove>();
            await foreach (var move in reports.Store.MovesBetweenAsync(compare, Selected.RunId, filter, RunReportStore.MaxMoves, cancellationToken))
            {
                moves.Add(move);
            }

            Moves = moves;
        }
        else
        {
            var since = await reports.Store.MovesSincePreviousAsync(Selected.RunId, filter, cancellationToken);
            (ComparedWith, Moves, MoveCount) = (since.PreviousRunId, since.Moves, since.Count);
        }

        return Page();
    }

    public string RunLabel(string runId) => Runs.FirstOrDefault(r => r.RunId == runId) is { } run ? IsoDate.Format(run.AsOf) : runId;
}
