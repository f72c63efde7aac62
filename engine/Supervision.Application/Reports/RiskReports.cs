using Supervision.Application.Explanation;
using Supervision.Rules.Compilation;
using Supervision.Storage.Reports;

namespace Supervision.Application.Reports;

/// <summary>
/// The analysts' risk reports over the stored runs (web pages and <c>supervision report</c> alike): the overview of a
/// run under a filter with the moves since the previous run or over a chosen period, a run's enterprises, one
/// enterprise's history and tasks, and its explanation — the same text as <c>supervision explain</c>.
/// </summary>
/// <param name="store">The stored nights.</param>
/// <param name="bundle">The bundle in force: the words, order, titles and bases, and the explanations.</param>
/// <param name="dataDirectory">The service's data: the explanations, learned-risk.csv and the inspection history.</param>
/// <param name="plansDirectory">Where the inspection plans are, for the annual caps the coverage compares with; null: no caps.</param>
public sealed class RiskReports(RunReportStore store, CompiledBundle bundle, string dataDirectory, string? plansDirectory = null)
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

    /// <summary>Trends from <paramref name="from"/> to <paramref name="to"/> under the filter, per night or month.</summary>
    public async Task<TrendReport> TrendsAsync(
        DateOnly from, DateOnly to, ReportFilter filter, TrendStep step, string? focus, CancellationToken cancellationToken = default)
        => TrendReport.From(await store.NightlyAsync(from, to, filter, cancellationToken), await store.ActivityAsync(from, to, filter, cancellationToken),
            Vocabulary, step, focus);

    /// <summary>The effectiveness of the draws made from <paramref name="from"/> to <paramref name="to"/>, under the filter.</summary>
    public async Task<EffectivenessReport> EffectivenessAsync(DateOnly from, DateOnly to, ReportFilter filter, CancellationToken cancellationToken = default)
    {
        var activity = await store.ActivityAsync(from, to, filter, cancellationToken);
        var inspected = await store.InspectedAsync(from, to, filter, cancellationToken);
        var learned = LearnedRiskEntry.ReadAll(LearnedRiskPath, inspected.Select(t => t.Uscc).ToHashSet(StringComparer.Ordinal));
        return EffectivenessReport.From(activity, inspected, Vocabulary, learned);
    }

    /// <summary>
    /// The printable report's content for the period and filter: the period's latest night (its overview and moves), the
    /// trends and the effectiveness; null when no night falls in the period.
    /// </summary>
    public async Task<PrintableReportContent?> PrintableAsync(
        DateOnly from, DateOnly to, ReportFilter filter, TrendStep step, string? focus, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var latest = (await store.RunsAsync(cancellationToken)).FirstOrDefault(r => r.AsOf >= from && r.AsOf <= to);
        if (latest is null)
        {
            return null;
        }

        return new PrintableReportContent(from, to, FilterWords(filter), latest,
            await OverviewAsync(latest.RunId, filter, cancellationToken),
            await store.MovesSincePreviousAsync(latest.RunId, filter, cancellationToken),
            await TrendsAsync(from, to, filter, step, focus, cancellationToken),
            await EffectivenessAsync(from, to, filter, cancellationToken),
            await CoverageAsync(latest, filter, cancellationToken),
            Vocabulary);
    }

    /// <summary>The filter in words, "全部企业" when it selects everything.</summary>
    public static string FilterWords(ReportFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        string?[] parts =
        [
            string.IsNullOrWhiteSpace(filter.Industry) ? null : $"行业 {filter.Industry.Trim()}",
            string.IsNullOrWhiteSpace(filter.District) ? null : filter.District.Trim(),
            string.IsNullOrWhiteSpace(filter.Category) ? null : $"第 {filter.Category.Trim()} 类",
            string.IsNullOrWhiteSpace(filter.Regime) ? null : ReportWords.Regime(filter.Regime.Trim()),
        ];
        var words = parts.OfType<string>().ToList();
        return words.Count == 0 ? "全部企业" : string.Join("，", words);
    }

    /// <summary>
    /// Coverage and 无事不扰 on the night <paramref name="run"/> under the filter: the inspection history of the data
    /// directory and the confirmed results against the enterprises of the night and the plans' caps. Reads the history
    /// file whole: asked for by a page or a report, not on every view.
    /// </summary>
    public async Task<CoverageReport> CoverageAsync(ReportRun run, ReportFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        var population = new List<AssessedEnterprise>();
        await foreach (var enterprise in store.AssessmentsAsync(run.RunId, filter, null, 0, cancellationToken))
        {
            population.Add(enterprise);
        }

        var history = Data.Import.PopulationLoader.LoadInspections(dataDirectory).Rows;
        var confirmed = await store.ConfirmedVisitsAsync(run.AsOf, cancellationToken);
        return CoverageReport.From(run.AsOf, population, history, confirmed, Caps());
    }

    /// <summary>The annual caps of the plans in force, or none when there are no plans or they do not load.</summary>
    private IReadOnlyList<(int Total, int PerDepartment)> Caps()
    {
        if (plansDirectory is null || !Directory.Exists(plansDirectory))
        {
            return [];
        }

        var paths = Directory.GetFiles(plansDirectory, "*.yaml").Order(StringComparer.Ordinal).ToList();
        var plans = paths.Count == 0 ? null
            : Supervision.Draws.Plans.PlanLoader.LoadAll(paths, Vocabulary.Categories, new Rules.Diagnostics.DiagnosticBag(), plansDirectory);
        return plans is null ? [] : [.. plans.Select(p => (p.CapTotalPerYear, p.CapPerDepartmentPerYear))];
    }

    private string LearnedRiskPath => Path.Combine(dataDirectory, Supervision.Learning.Scoring.LearnedRiskCsv.FileName);

    /// <summary>
    /// The enterprise's inspections in the data directory's history (inspections.csv: visits from before the service and
    /// from other systems), newest first. Reads the whole file: asked for by a link, not on every view.
    /// </summary>
    public IReadOnlyList<Model.Registry.InspectionRecord> InspectionHistory(string uscc)
        => [.. Data.Import.PopulationLoader.LoadInspections(dataDirectory).Rows.Where(r => r.Uscc == uscc).OrderByDescending(r => r.Date)];

    /// <summary>The enterprise's learned risk from the data directory's learned-risk.csv, or null when no model scored it.</summary>
    public LearnedRiskEntry? LearnedRisk(string uscc) => LearnedRiskEntry.Find(LearnedRiskPath, uscc);

    /// <summary>Null when <paramref name="target"/> is something the bundle can explain the absence of; else what is wrong with it.</summary>
    public string? CheckWhyNot(string target) => explainer.CheckWhyNot(target);
}
