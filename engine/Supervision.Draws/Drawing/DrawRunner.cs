using Supervision.Draws.Calendar;
using Supervision.Draws.Plans;
using Supervision.Draws.Record;
using Supervision.Model.Registry;
using Supervision.Rules.Bundle;

namespace Supervision.Draws.Drawing;

/// <summary>
/// Runs one draw over one or more plans in two steps: <see cref="Freeze"/> (eligibility, the population snapshot, the
/// plans and inspectors as the record holds them: everything that does not depend on the seed), then
/// <see cref="Draw"/> (the algorithm with a seed, the record).
/// </summary>
public static class DrawRunner
{
    /// <summary>Freezes and draws with a given seed (a draw that was not prepared).</summary>
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
        // The seed is checked before anything is frozen.
        _ = new Lottery(seedHex);
        return Draw(Freeze(plans, categories, regimes, candidates, directory, calendar, asOf, bundleHash), seedHex);
    }

    /// <summary>Everything of the draw that does not depend on the seed: what a prepared draw publishes before the seed exists.</summary>
    public static FrozenDraw Freeze(
        IReadOnlyList<InspectionPlan> plans,
        IReadOnlyList<string> categories,
        RegimeEffects regimes,
        IReadOnlyList<DrawCandidate> candidates,
        IReadOnlyList<Inspector> directory,
        WorkingDayCalendar calendar,
        DateOnly asOf,
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

        // Each plan is frozen on its own (a pure function of the plan and the candidates), side by side; the results are
        // joined in plan order, so the draw is the same whichever plan finishes first. The categories' ratios and
        // minimum counts are measured once for all plans.
        var categoryRules = CategoryRules.Measure(candidates, regimes);
        var frozen = new (List<PoolEntry> Entries, List<Exclusion> Excluded, PlanRecord Record)[plans.Count];
        Parallel.For(0, plans.Count, i =>
        {
            if (plans[i].Approvals is not null)
            {
                // An approval-verification plan's record carries the period of this night's intake: windows inside every
                // drawn approval's deadline; no routine verification sample.
                var (entries, excluded, rules, from, to) = ApprovalEligibility.Freeze(plans[i], regimes, candidates, calendar, asOf);
                frozen[i] = (entries, excluded, ToRecord(plans[i] with { PeriodFrom = from, PeriodTo = to, VerificationShare = 0m }, rules, calendar, asOf));
            }
            else
            {
                var (entries, excluded, rules) = Eligibility.Freeze(plans[i], categories, regimes, candidates, categoryRules, asOf);
                frozen[i] = (entries, excluded, ToRecord(plans[i], rules, calendar, asOf));
            }
        });
        // One plan's entries are the population as they are (not copied: a million entries are 50 MB).
        var population = frozen.Length == 1 ? frozen[0].Entries : new List<PoolEntry>(frozen.Sum(f => f.Entries.Count));
        var records = new List<PlanRecord>(plans.Count);
        foreach (var (entries, _, planRecord) in frozen)
        {
            if (frozen.Length > 1)
            {
                population.AddRange(entries);
            }

            records.Add(planRecord);
        }

        var exclusions = new JoinedList<Exclusion>(frozen.Select(f => f.Excluded));
        var departments = plans.SelectMany(p => p.Departments).ToHashSet(StringComparer.Ordinal);
        var inspectors = directory.Where(i => departments.Contains(i.Department))
            .OrderBy(i => i.InspectorId, StringComparer.Ordinal)
            .Select(i => new InspectorRecord(i.InspectorId, i.Name, i.Department, i.CertificateValidTo,
                [.. i.Certifications.Order(StringComparer.Ordinal)], [.. i.Conflicts.Order(StringComparer.Ordinal)]))
            .ToList();
        return new FrozenDraw($"{asOf:yyyyMMdd}-{string.Join('+', plans.Select(p => p.Id))}", asOf, bundleHash, calendar.ContentHash,
            records, inspectors, population, PopulationSnapshot.Write(population), exclusions);
    }

    /// <summary>The draw of a frozen population with <paramref name="seedHex"/>: the algorithm, then the record.</summary>
    public static DrawResult Draw(FrozenDraw frozen, string seedHex)
    {
        ArgumentNullException.ThrowIfNull(frozen);
        var lottery = new Lottery(seedHex);
        var outcome = DrawAlgorithm.Compute(frozen.Plans, frozen.Population, frozen.Inspectors, lottery);
        var record = new DrawRecord(Lottery.Algorithm, frozen.DrawId, frozen.AsOf, lottery.SeedHex, lottery.Commitment, frozen.BundleHash,
            frozen.CalendarHash, PopulationSnapshot.Hash(frozen.Snapshot), frozen.Population.Count, frozen.Exclusions.Count,
            frozen.Plans, frozen.Inspectors, outcome);
        return new DrawResult(record, frozen.Snapshot, frozen.Exclusions, frozen.Population);
    }

    private static PlanRecord ToRecord(InspectionPlan plan, List<PoolRule> rules, WorkingDayCalendar calendar, DateOnly asOf)
    {
        // Windows need the whole period known; deadlines use whatever the calendar knows after it. A window starts no
        // earlier than the period, nor than the notice lead after the draw date.
        var windowStart = WindowStart(plan, calendar, asOf);
        var windowDays = windowStart <= plan.PeriodTo ? calendar.WorkingDays(windowStart, plan.PeriodTo) : [];
        if (windowDays.Count == 0)
        {
            throw new ArgumentException($"plan {plan.Id}: no working day for a window between {windowStart:yyyy-MM-dd} and the end of its period {plan.PeriodTo:yyyy-MM-dd}");
        }

        var lastKnown = new DateOnly(calendar.KnownYears.Max(), 12, 31);
        var after = plan.PeriodTo < lastKnown ? calendar.WorkingDays(plan.PeriodTo.AddDays(1), lastKnown) : [];
        return new PlanRecord(plan.Id, plan.Title, plan.File, plan.ContentHash, plan.Departments, plan.PeriodFrom, plan.PeriodTo,
            [.. windowDays, .. after], plan.WindowWorkingDays, plan.Items, plan.GeneralItemsPerTask, rules, plan.VerificationShare,
            plan.TeamSize, plan.MaxTasksPerInspector, plan.LeadCertifications, plan.PublicationWorkingDays)
        {
            // Written only when it is not the default, so that records of plans with the default lead read as before.
            NoticeLeadWorkingDays = plan.NoticeLeadWorkingDays == InspectionPlan.DefaultNoticeLeadWorkingDays ? null : plan.NoticeLeadWorkingDays,
        };
    }

    /// <summary>
    /// The first day a window of <paramref name="plan"/> drawn on <paramref name="asOf"/> may start: the later of the
    /// period's first day and the <see cref="InspectionPlan.NoticeLeadWorkingDays"/>-th working day after the draw date
    /// (with a lead of 0, the draw date itself when it is a working day).
    /// </summary>
    /// <exception cref="CalendarOutOfRangeException">The calendar does not reach that working day.</exception>
    public static DateOnly WindowStart(InspectionPlan plan, WorkingDayCalendar calendar, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return WindowStart(plan.PeriodFrom, plan.NoticeLeadWorkingDays, calendar, asOf);
    }

    /// <summary>The first day a window may start, from the period's first day, the notice lead and the draw date (see the overload).</summary>
    /// <exception cref="CalendarOutOfRangeException">The calendar does not reach that working day.</exception>
    public static DateOnly WindowStart(DateOnly periodFrom, int noticeLeadWorkingDays, WorkingDayCalendar calendar, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var day = calendar.AddWorkingDays(asOf, noticeLeadWorkingDays);
        while (!calendar.IsWorkingDay(day))
        {
            day = day.AddDays(1);
        }

        return day > periodFrom ? day : periodFrom;
    }
}
