using Supervision.Application.Bundles;
using Supervision.Application.Scoring;
using Supervision.Data.Results;
using Supervision.Draws.Record;
using Supervision.Rules.Compilation;
using Supervision.Rules.Diagnostics;
using Supervision.Rules.Tolerance;

namespace Supervision.Application.Results;

/// <summary>
/// The steps behind `results decide`: import the results against the draw, decide every finding with the tolerance
/// list and the first-violation ledger, then write decisions.csv and decisions.html, the updated ledger and the next
/// night's input.
/// </summary>
public static class DecideResults
{
    /// <summary>
    /// The tolerance list that decides, from the bundle directory or publication store <paramref name="rulesDirectory"/>
    /// (a store's list is published with its bundle), checked against the indicators <paramref name="bundle"/> declares
    /// (when it compiled: a broken bundle's list is still read, so that every problem is reported at once); null with the
    /// reasons in <paramref name="diagnostics"/>.
    /// </summary>
    public static ToleranceDecider? LoadDecider(CompiledBundle? bundle, string rulesDirectory, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var decider = ToleranceDecider.Load(BundlePublisher.Resolve(rulesDirectory), diagnostics);
        if (decider is not null && bundle is not null)
        {
            ToleranceListLoader.CheckAgainst(decider.List, [.. new ScorePopulation(bundle).Facts.SafetyColumns.Select(c => c.Name)], diagnostics);
        }

        return decider is null || diagnostics.HasErrors ? null : decider;
    }

    public static DecideSummary Decide(CompiledBundle bundle, ToleranceDecider decider, string dataDirectory, DrawRecord record,
        string resultsPath, string ledgerPath, string outDirectory, DateOnly asOf)
    {
        var imported = ResultImporter.Import(resultsPath, record);
        var (decided, inspections, penalties, listings, hazards) = DecideRows(bundle, decider, dataDirectory, imported.Rows, ledgerPath, outDirectory, asOf);
        return new DecideSummary(imported.Report, imported.Rows, decided, inspections, penalties, hazards) { ListingRows = listings };
    }

    /// <summary>
    /// Decides results already checked against their draws (of one draw or several: task ids are unique among standing
    /// draws, one draw per plan and period) and writes the decisions, the ledger and the next night's input.
    /// </summary>
    /// <returns>The decided findings, and the inspection rows, penalty rows, abnormal-list rows and hidden-hazard enterprises fed back.</returns>
    public static (IReadOnlyList<DecidedFinding> Decided, int InspectionRows, int PenaltyRows, int ListingRows, int HazardEnterprises) DecideRows(
        CompiledBundle bundle, ToleranceDecider decider, string dataDirectory, IReadOnlyList<InspectionResult> rows,
        string ledgerPath, string outDirectory, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        ArgumentNullException.ThrowIfNull(decider);
        var population = new ScorePopulation(bundle).LoadRecords(dataDirectory);
        var ledger = FirstViolationLedger.Load(ledgerPath);
        var decided = ResultDecisionRunner.Decide(rows, population, decider, ledger, new Rules.Lists.ListLifecycle(bundle), asOf);
        Directory.CreateDirectory(outDirectory);
        var names = population.Enterprises.ToDictionary(e => e.Uscc, e => e.Name, StringComparer.Ordinal);
        // The words of the row applied, else of the first row of the violation (empty when the list does not know it).
        var items = decider.List.Items;
        string Violation(DecidedFinding d) => (items.FirstOrDefault(i => i.ItemNo == d.Decision.ItemNo)
            ?? items.FirstOrDefault(i => i.ViolationCode == d.Finding.ViolationCode))?.Violation ?? "";
        DecisionCsv.Write(Path.Combine(outDirectory, DecisionCsv.File), decided, names, Violation);
        DecisionHtml.Write(Path.Combine(outDirectory, DecisionHtml.File), decided, names, Violation, asOf);
        ledger.Save(ledgerPath);
        var (inspections, penalties, listings, hazards) = FeedbackWriter.Write(dataDirectory, outDirectory, rows, decided, decider.List.Settings, asOf);
        return (decided, inspections, penalties, listings, hazards);
    }
}
