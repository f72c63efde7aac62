using Supervision.Data.Import;
using Supervision.Rules.Lists;
using Supervision.Rules.Tolerance;

namespace Supervision.Data.Results;

/// <summary>
/// Decides the findings of imported results: builds each finding's facts (the ledger's "first", blacklist and fatal
/// accidents on the inspection date, violations in the same inspection), runs the tolerance rules and enters every
/// finding in the ledger. Results are taken in date then task order, so a repeat within one file is seen.
/// </summary>
public static class ResultDecisionRunner
{
    /// <summary>Safety indicators counting accidents with deaths in 3 years (较大 and 重大 accidents have deaths by definition).</summary>
    public static readonly IReadOnlyList<string> FatalAccidentColumns = ["fatal_accidents_3y", "serious_accidents_3y", "major_accidents_3y"];

    /// <param name="results">The results, checked against their draws.</param>
    /// <param name="population">The records the findings are judged against.</param>
    /// <param name="decider">The tolerance list.</param>
    /// <param name="ledger">The first-violation ledger; every finding is entered.</param>
    /// <param name="lists">The bundle's list lifecycle: whether the enterprise is blacklisted on the inspection date is what
    /// the list rules say (a listing expired or repaired by then no longer excludes it), as for its scores.</param>
    /// <param name="asOf">The decision date.</param>
    public static IReadOnlyList<DecidedFinding> Decide(
        IReadOnlyList<InspectionResult> results, Population population, ToleranceDecider decider, FirstViolationLedger ledger, ListLifecycle lists,
        DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(lists);
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(population);
        ArgumentNullException.ThrowIfNull(decider);
        ArgumentNullException.ThrowIfNull(ledger);
        var taskIds = results.Select(r => r.TaskId).ToHashSet(StringComparer.Ordinal);
        ledger.Forget(taskIds);
        var enterprises = population.Enterprises.ToDictionary(e => e.Uscc, StringComparer.Ordinal);
        var lookBack = decider.List.Settings.LookBackMonths;
        var found = new List<(InspectionResult Result, ResultFinding Finding, FindingFact Fact)>();
        foreach (var result in results.OrderBy(r => r.Date).ThenBy(r => r.TaskId, StringComparer.Ordinal))
        {
            var enterprise = enterprises.GetValueOrDefault(result.Uscc);
            var blacklisted = lists.Evaluate([.. population.CreditRecords[result.Uscc]], [.. population.ListApplications[result.Uscc]], result.Date)
                .IsListed(ListVocabulary.Blacklist);
            var fatal = FatalAccidents(population, result.Uscc);
            foreach (var finding in result.Findings)
            {
                var previous = ledger.Previous(result.Uscc, finding.ViolationCode, result.Department, result.Date, lookBack);
                var fact = new FindingFact(result.FindingId(finding), result.TaskId, result.Uscc, result.Department, finding.ViolationCode,
                    enterprise?.IndustryCode ?? "", result.Date, previous is null, previous?.Date, blacklisted, fatal, result.Findings.Count,
                    result.Harm, result.Timing, result.Quantity);
                found.Add((result, finding, fact));
                ledger.Add(new LedgerEntry(result.Uscc, finding.ViolationCode, result.Department, result.Date, result.TaskId, "", false));
            }
        }

        var pending = found
            .Where(f => f.Result.Status == RectificationStatus.Pending && f.Result.RectificationDeadline >= asOf)
            .Select(f => f.Fact.FindingId).ToHashSet(StringComparer.Ordinal);
        var decisions = decider.Decide([.. found.Select(f => f.Fact)], pending);
        ledger.Forget(taskIds);
        var decided = new List<DecidedFinding>();
        for (var i = 0; i < found.Count; i++)
        {
            var (result, finding, fact) = found[i];
            var decision = decisions[i];
            decided.Add(new DecidedFinding(result, finding, fact, decision));
            ledger.Add(new LedgerEntry(result.Uscc, finding.ViolationCode, result.Department, result.Date, result.TaskId,
                ResultWords.Of(decision.Outcome), decision.ItemNo is not null));
        }

        return decided;
    }

    private static int FatalAccidents(Population population, string uscc)
    {
        if (population.Indicators.GetValueOrDefault(uscc) is not { } values)
        {
            return 0;
        }

        var total = 0;
        for (var i = 0; i < population.IndicatorColumns.Count && i < values.Length; i++)
        {
            if (FatalAccidentColumns.Contains(population.IndicatorColumns[i].Name) && values[i] is { } v)
            {
                total += (int)Convert.ToDouble(v, System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return total;
    }
}
