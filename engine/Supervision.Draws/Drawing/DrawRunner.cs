using Supervision.Draws.Calendar;
using Supervision.Draws.Plans;
using Supervision.Draws.Record;
using Supervision.Model.Registry;
using Supervision.Rules.Bundle;

namespace Supervision.Draws.Drawing;

/// <summary>Runs one draw over one or more plans: eligibility, frozen snapshot, the algorithm, the record.</summary>
public static class DrawRunner
{
    public static DrawResult Run(
        IReadOnlyList<InspectionPlan> plans,
        IReadOnlyList<string> categories,
        RegimeEffects regimes,
        IReadOnlyList<DrawCandidate> candidates,
        IReadOnlyList<Inspector> directory,
        WorkingDayCalendar calendar,
        DateOnly asOf,
        string seedHex,
        string bundleHash)
    {
        ArgumentNullException.ThrowIfNull(plans);
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(candidates);
        if (plans.Count == 0 || plans.Select(p => p.Id).Distinct().Count() != plans.Count)
        {
            throw new ArgumentException("a draw needs at least one plan, each with its own id", nameof(plans));
        }

        var lottery = new Lottery(seedHex);

        // Each plan is frozen on its own (a pure function of the plan and the candidates), side by side; the results are
        // joined in plan order, so the draw is the same whichever plan finishes first. The categories' ratios and
        // minimum counts are measured once for all plans.
        var categoryRules = CategoryRules.Measure(candidates, regimes);
        var frozen = new (List<PoolEntry> Entries, List<Exclusion> Excluded, PlanRecord Record)[plans.Count];
        Parallel.For(0, plans.Count, i =>
        {
            var (entries, excluded, rules) = Eligibility.Freeze(plans[i], categories, regimes, candidates, categoryRules, asOf);
            frozen[i] = (entries, excluded, ToRecord(plans[i], rules, calendar));
        });
        var population = new List<PoolEntry>(frozen.Sum(f => f.Entries.Count));
        var records = new List<PlanRecord>(plans.Count);
        foreach (var (entries, _, planRecord) in frozen)
        {
            population.AddRange(entries);
            records.Add(planRecord);
        }

        var exclusions = new JoinedList<Exclusion>(frozen.Select(f => f.Excluded));
        var snapshot = PopulationSnapshot.Write(population);
        var departments = plans.SelectMany(p => p.Departments).ToHashSet(StringComparer.Ordinal);
        var inspectors = directory.Where(i => departments.Contains(i.Department))
            .OrderBy(i => i.InspectorId, StringComparer.Ordinal)
            .Select(i => new InspectorRecord(i.InspectorId, i.Name, i.Department, i.CertificateValidTo,
                [.. i.Certifications.Order(StringComparer.Ordinal)], [.. i.Conflicts.Order(StringComparer.Ordinal)]))
            .ToList();
        var outcome = DrawAlgorithm.Compute(records, population, inspectors, lottery);
        var record = new DrawRecord(Lottery.Algorithm, $"{asOf:yyyyMMdd}-{string.Join('+', plans.Select(p => p.Id))}", asOf, lottery.SeedHex,
            lottery.Commitment, bundleHash, calendar.ContentHash, PopulationSnapshot.Hash(snapshot), population.Count, exclusions.Count,
            records, inspectors, outcome);
        return new DrawResult(record, snapshot, exclusions, population);
    }

    private static PlanRecord ToRecord(InspectionPlan plan, List<PoolRule> rules, WorkingDayCalendar calendar)
    {
        // Windows need the whole period known; deadlines use whatever the calendar knows after it.
        var windowDays = calendar.WorkingDays(plan.PeriodFrom, plan.PeriodTo);
        if (windowDays.Count == 0)
        {
            throw new ArgumentException($"plan {plan.Id}: its period {plan.PeriodFrom:yyyy-MM-dd}–{plan.PeriodTo:yyyy-MM-dd} has no working day");
        }

        var lastKnown = new DateOnly(calendar.KnownYears.Max(), 12, 31);
        var after = plan.PeriodTo < lastKnown ? calendar.WorkingDays(plan.PeriodTo.AddDays(1), lastKnown) : [];
        return new PlanRecord(plan.Id, plan.Title, plan.File, plan.ContentHash, plan.Departments, plan.PeriodFrom, plan.PeriodTo,
            [.. windowDays, .. after], plan.WindowWorkingDays, plan.Items, plan.GeneralItemsPerTask, rules, plan.VerificationShare,
            plan.TeamSize, plan.MaxTasksPerInspector, plan.LeadCertifications, plan.PublicationWorkingDays);
    }
}
