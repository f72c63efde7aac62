using System.Globalization;
using Supervision.Draws.Calendar;
using Supervision.Draws.Plans;
using Supervision.Draws.Record;
using Supervision.Model.Registry;
using Supervision.Rules.Bundle;

namespace Supervision.Draws.Drawing;

/// <summary>
/// Freezes an approval-verification plan (<see cref="InspectionPlan.Approvals"/>): the enterprises with approvals of
/// the plan's department in the night's intake, each in one pool, and the period that keeps every window inside every
/// drawn approval's verification deadline. docs/draw-algorithm.md §2.3.
/// </summary>
/// <remarks>
/// The draw itself is the routine one (the record has the same shape; any verifier reproduces it): only who is in which
/// pool, and the period, are decided here. Enterprises without an approval in the intake are not listed as exclusions: a
/// million of them would say nothing.
/// </remarks>
public static class ApprovalEligibility
{
    /// <summary>The frozen plan: pool entries in snapshot order, exclusions in candidate order, pool rules, and the period its record carries.</summary>
    public static (List<PoolEntry> Entries, List<Exclusion> Exclusions, List<PoolRule> Rules, DateOnly PeriodFrom, DateOnly PeriodTo) Freeze(
        InspectionPlan plan, RegimeEffects regimes, IReadOnlyList<DrawCandidate> candidates, WorkingDayCalendar calendar, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(regimes);
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(calendar);
        var approvals = plan.Approvals ?? throw new ArgumentException($"plan {plan.Id} is not an approval-verification plan", nameof(plan));
        var department = plan.InitiatingDepartment;

        // The record's period runs from the draw date (so that each night's draw claims a period of its own) to the
        // earliest deadline of the approvals drawn from; its windows start the notice lead after the draw date.
        var periodFrom = asOf > plan.PeriodFrom ? asOf : plan.PeriodFrom;
        var windowStart = DrawRunner.WindowStart(periodFrom, plan.NoticeLeadWorkingDays, calendar, asOf);
        var intakeAfter = calendar.SubtractWorkingDays(asOf, approvals.IntakeWorkingDays);
        var triggersFrom = asOf.AddDays(-plan.TriggerWindowDays);
        var periodTo = plan.PeriodTo;
        var pools = new Dictionary<string, List<PoolEntry>>(StringComparer.Ordinal);
        var exclusions = new List<Exclusion>();
        foreach (var c in candidates)
        {
            var intake = c.PendingApprovals
                .Where(a => a.Department == department && a.GrantedOn > intakeAfter && a.GrantedOn <= asOf && a.GrantedOn >= plan.PeriodFrom)
                .Select(a => (Approval: a, Deadline: calendar.AddWorkingDays(a.GrantedOn, approvals.VerifyWithinWorkingDays)))
                .ToList();
            if (intake.Count == 0)
            {
                continue;
            }

            var inTime = intake.Where(a => a.Deadline >= windowStart).ToList();
            string? reason = null;
            if (c.Status is OperatingStatus.Revoked or OperatingStatus.Deregistered)
            {
                reason = $"not operating ({c.Status.ToString().ToLowerInvariant()})";
            }
            else if (inTime.Count == 0)
            {
                reason = "verification deadline before the first window day: " + string.Join("; ", intake.Select(a => Describe(a.Approval, a.Deadline)));
            }
            else if (!plan.Scope.Covers(c.IndustryCode, c.Region, c.Category))
            {
                reason = ExclusionReasons.OutsideScope;
            }

            if (reason is not null)
            {
                exclusions.Add(new Exclusion(plan.Id, c.Uscc, reason, false));
                continue;
            }

            var (pool, why) = PoolOf(c, inTime.Select(a => a.Approval).ToList(), approvals, regimes, triggersFrom, asOf);
            foreach (var (_, deadline) in inTime)
            {
                periodTo = deadline < periodTo ? deadline : periodTo;
            }

            if (!pools.TryGetValue(pool, out var entries))
            {
                pools[pool] = entries = [];
            }

            var note = string.Join("; ", inTime.Select(a => Describe(a.Approval, a.Deadline))) + (why is null ? "" : "; " + why);
            entries.Add(new PoolEntry(plan.Id, pool, c.Uscc, c.Name, c.LastInspectors, note));
        }

        // The sample's leftovers would feed the routine verification sample; the full pool, drawn last, leaves none.
        List<PoolRule> rules =
        [
            .. regimes.AlwaysDrawn.Select(r => new PoolRule(r, 1m, 0)),
            new(Pools.Triggered, 1m, 0),
            new(ApprovalVerification.SamplePool, approvals.Share, 0),
            new(ApprovalVerification.FullPool, 1m, 0),
        ];
        return (Eligibility.InSnapshotOrder(pools, rules), exclusions, rules, periodFrom, periodTo);
    }

    /// <summary>The enterprise's pool, and why it is verified in full when the rules say so.</summary>
    private static (string Pool, string? Why) PoolOf(
        DrawCandidate c, List<Approval> approvals, ApprovalVerification plan, RegimeEffects regimes, DateOnly triggersFrom, DateOnly asOf)
    {
        if (c.AssessmentError is null && regimes.EffectOf(c.Regime) == RegimeDrawEffect.Always)
        {
            return (c.Regime, null);
        }

        if (Eligibility.Trigger(c.Triggers, triggersFrom, asOf) is { } trigger)
        {
            return (Pools.Triggered, $"{trigger.Kind} {trigger.Reference} of {trigger.Date:yyyy-MM-dd}");
        }

        if (c.AssessmentError is not null)
        {
            return (ApprovalVerification.FullPool, "verified in full: the enterprise's assessment failed");
        }

        if (approvals.FirstOrDefault(a => plan.FullMatters.Contains(a.Matter)) is { } matter)
        {
            return (ApprovalVerification.FullPool, $"verified in full: matter {matter.Matter}");
        }

        return plan.FullCategories.Contains(c.Category)
            ? (ApprovalVerification.FullPool, $"verified in full: category {c.Category}")
            : (ApprovalVerification.SamplePool, null);
    }

    private static string Describe(Approval a, DateOnly deadline)
        => string.Create(CultureInfo.InvariantCulture,
            $"approval {a.ApprovalNo} ({a.Matter}, {(a.Kind == ApprovalKind.Commitment ? "commitment" : "credit")}) granted {a.GrantedOn:yyyy-MM-dd}, verify by {deadline:yyyy-MM-dd}");
}
