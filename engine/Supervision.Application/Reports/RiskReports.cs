using Supervision.Application.Explanation;
using Supervision.Rules.Compilation;
using Supervision.Storage.Reports;

namespace Supervision.Application.Reports;

/// <summary>
/// The analysts' risk reports over the stored runs (web pages and <c>supervision report</c> alike): the overview of a
/// run under a filter with the moves since the previous run or over a chosen period, a run's enterprises, one
/// enterprise's history and tasks, and its explanation — the same text as <c>supervision explain</c>.
/// </summary>
public sealed class RiskReports(RunReportStore store, CompiledBundle bundle, string dataDirectory)
{
    private readonly ExplainEnterprise explainer = new(bundle);

    public ReportVocabulary Vocabulary { get; } = new(bundle);

    public RunReportStore Store => store;

    public Task<IReadOnlyList<ReportRun>> RunsAsync(CancellationToken cancellationToken = default) => store.RunsAsync(cancellationToken);

    public async Task<RiskOverview> OverviewAsync(string runId, ReportFilter filter, CancellationToken cancellationToken = default)
        => RiskOverview.From(await store.BreakdownAsync(runId, filter, cancellationToken), Vocabulary);

    public async Task<EnterpriseReport> EnterpriseAsync(string uscc, CancellationToken cancellationToken = default)
        => new(uscc, await store.HistoryAsync(uscc, cancellationToken), await store.TasksAsync(uscc, cancellationToken));

    /// <summary>
    /// The explanation of the enterprise on <paramref name="asOf"/> from the service's data and rules, as
    /// <c>supervision explain</c> prints it, or null when the registry does not hold it. Reads the whole population:
    /// asked for by a button, never on every page view.
    /// </summary>
    public string? Explain(string uscc, DateOnly asOf, string? whyNot = null) => explainer.Explain(dataDirectory, uscc, asOf, whyNot);

    /// <summary>The enterprise's learned risk from the data directory's learned-risk.csv, or null when no model scored it.</summary>
    public LearnedRiskEntry? LearnedRisk(string uscc) => LearnedRiskEntry.Find(Path.Combine(dataDirectory, Supervision.Learning.Scoring.LearnedRiskCsv.FileName), uscc);

    /// <summary>Null when <paramref name="target"/> is something the bundle can explain the absence of; else what is wrong with it.</summary>
    public string? CheckWhyNot(string target) => explainer.CheckWhyNot(target);
}
