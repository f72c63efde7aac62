using System.Runtime.InteropServices;
using Supervision.Draws.Plans;
using Supervision.Draws.Record;
using Supervision.Model.Registry;
using Supervision.Rules.Bundle;

namespace Supervision.Draws.Drawing;

/// <summary>
/// Freezes, for one plan, who may be drawn and from which pool, and records every exclusion with its reason.
/// The first rule that applies decides; the order is documented in docs/draw-algorithm.md.
/// </summary>
public static class Eligibility
{
    /// <summary>
    /// The plan's pool entries in snapshot order (pools in drawing order, then any other pool by name; USCC order
    /// within a pool), its exclusions in candidate order, and its pool rules.
    /// </summary>
    public static (List<PoolEntry> Entries, List<Exclusion> Exclusions, List<PoolRule> Rules) Freeze(
        InspectionPlan plan, IReadOnlyList<string> categories, RegimeEffects regimes, IReadOnlyList<DrawCandidate> candidates, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        return Freeze(plan, categories, regimes, candidates, CategoryRules.Measure(candidates, regimes), asOf);
    }

    internal static (List<PoolEntry> Entries, List<Exclusion> Exclusions, List<PoolRule> Rules) Freeze(
        InspectionPlan plan, IReadOnlyList<string> categories, RegimeEffects regimes, IReadOnlyList<DrawCandidate> candidates,
        CategoryRules categoryRules, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(regimes);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(categories);
        ArgumentNullException.ThrowIfNull(candidates);
        // Pools hold candidates' positions until they are sorted; the entries are then made once, in snapshot order, into
        // one list of the exact size (growing lists of entries were large-object garbage that set off full collections).
        var pools = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        Dictionary<int, string>? notes = null;
        // Most candidates are excluded by a plan that does not cover them: sized for all of them once, rather than grown
        // through a series of large arrays.
        var exclusions = new List<Exclusion>(candidates.Count);

        // The verification sample comes from the lowest-risk category the plan covers.
        var scoped = categories.Where(c => plan.Scope.Categories.Count == 0 || plan.Scope.Categories.Contains(c)).ToList();
        var lowest = scoped[^1];
        var reasons = new ExclusionReasons(plan, asOf, lowest);
        var department = plan.InitiatingDepartment;
        var triggersFrom = asOf.AddDays(-plan.TriggerWindowDays);
        for (var position = 0; position < candidates.Count; position++)
        {
            var c = candidates[position];
            string? pool = null;
            string? note = null;
            string? reason = null;
            var deskReview = false;
            var effect = c.AssessmentError is null ? regimes.EffectOf(c.Regime) : RegimeDrawEffect.Routine;
            if (c.AssessmentError is not null)
            {
                reason = reasons.AssessmentFailed(c.AssessmentError);
            }
            else if (c.Status is OperatingStatus.Revoked or OperatingStatus.Deregistered)
            {
                reason = reasons.NotOperating(c.Status);
            }
            else if (!plan.Scope.Covers(c.IndustryCode, c.Region, c.Category))
            {
                reason = ExclusionReasons.OutsideScope;
            }
            else if (c.Status == OperatingStatus.Dormant || effect == RegimeDrawEffect.DeskReview)
            {
                reason = ExclusionReasons.Dormant;
                deskReview = true;
            }
            else if (effect == RegimeDrawEffect.Always)
            {
                pool = c.Regime;
            }
            else
            {
                var (thisYear, total) = Inspections(c.InspectionsThisYear, department);
                if (Trigger(c.Triggers, triggersFrom, asOf) is { } trigger)
                {
                    var overCap = thisYear >= plan.CapPerDepartmentPerYear || total >= plan.CapTotalPerYear;
                    pool = Pools.Triggered;
                    note = $"{trigger.Kind} {trigger.Reference} of {trigger.Date:yyyy-MM-dd}"
                        + (overCap ? $"; above the annual cap ({thisYear} by {department}, {total} in total this year), case-driven checks are exempt but counted" : "");
                }
                else if (c.Exempt)
                {
                    reason = reasons.Exempt(c.Category);
                }
                else if (thisYear >= plan.CapPerDepartmentPerYear)
                {
                    reason = reasons.DepartmentCap(thisYear);
                }
                else if (total >= plan.CapTotalPerYear)
                {
                    reason = reasons.TotalCap(total);
                }
                else if (effect == RegimeDrawEffect.WhenTriggered)
                {
                    reason = ExclusionReasons.Observation;
                }
                else if (effect == RegimeDrawEffect.WhenTriggeredOrVerification)
                {
                    reason = reasons.TriggerOnly(c.Category);
                    pool = c.Category == lowest ? Pools.VerificationOnly : null;
                }
                else
                {
                    pool = c.Category;
                }
            }

            if (reason is not null)
            {
                exclusions.Add(new Exclusion(plan.Id, c.Uscc, reason, deskReview));
            }

            if (pool is not null)
            {
                if (!pools.TryGetValue(pool, out var positions))
                {
                    pools[pool] = positions = [];
                }

                positions.Add(position);
                if (note is not null)
                {
                    (notes ??= [])[position] = note;
                }
            }
        }

        // A plan that covers most candidates excludes few: its list is not held at a million entries until the draw is saved.
        if (exclusions.Count < exclusions.Capacity / 2)
        {
            exclusions.Capacity = exclusions.Count;
        }

        List<PoolRule> rules = [.. regimes.AlwaysDrawn.Select(r => new PoolRule(r, 1m, 0)), new(Pools.Triggered, 1m, 0), .. scoped.Select(category => categoryRules.For(plan, category))];
        return (InSnapshotOrder(plan.Id, candidates, pools, notes, rules), exclusions, rules);
    }

    /// <summary>Inspections of the enterprise this year by the department, and by all departments.</summary>
    private static (int ThisYear, int Total) Inspections(IReadOnlyDictionary<string, int> inspections, string department)
    {
        if (inspections.Count == 0)
        {
            return (0, 0);
        }

        var total = 0;
        foreach (var (_, count) in inspections)
        {
            total += count;
        }

        return (inspections.GetValueOrDefault(department), total);
    }

    /// <summary>The earliest case lead inside the window (ties by reference, then the first listed), or null.</summary>
    internal static TriggerRecord? Trigger(IReadOnlyList<TriggerRecord> triggers, DateOnly from, DateOnly asOf)
    {
        TriggerRecord? first = null;
        foreach (var t in triggers)
        {
            if (t.Date <= asOf && t.Date > from
                && (first is null || t.Date < first.Date || (t.Date == first.Date && string.CompareOrdinal(t.Reference, first.Reference) < 0)))
            {
                first = t;
            }
        }

        return first;
    }

    /// <summary>The pools' entries in snapshot order (as the overload below orders entries), made from the candidates' positions.</summary>
    private static List<PoolEntry> InSnapshotOrder(
        string planId, IReadOnlyList<DrawCandidate> candidates, Dictionary<string, List<int>> pools, Dictionary<int, string>? notes, List<PoolRule> rules)
    {
        var order = rules.Select(r => r.Pool).ToList();
        order.AddRange(pools.Keys.Where(p => !order.Contains(p)).Order(StringComparer.Ordinal));
        var ordered = new List<PoolEntry>(pools.Values.Sum(p => p.Count));
        foreach (var pool in order)
        {
            if (pools.TryGetValue(pool, out var positions))
            {
                UsccOrder.Sort(CollectionsMarshal.AsSpan(positions), position => candidates[position].Uscc);
                foreach (var position in positions)
                {
                    var c = candidates[position];
                    ordered.Add(new PoolEntry(planId, pool, c.Uscc, c.Name, c.LastInspectors, notes?.GetValueOrDefault(position)));
                }
            }
        }

        return ordered;
    }

    internal static List<PoolEntry> InSnapshotOrder(Dictionary<string, List<PoolEntry>> pools, List<PoolRule> rules)
    {
        var order = rules.Select(r => r.Pool).ToList();
        order.AddRange(pools.Keys.Where(p => !order.Contains(p)).Order(StringComparer.Ordinal));
        var ordered = new List<PoolEntry>(pools.Values.Sum(p => p.Count));
        foreach (var pool in order)
        {
            if (pools.TryGetValue(pool, out var rows))
            {
                UsccOrder.Sort(CollectionsMarshal.AsSpan(rows));
                ordered.AddRange(rows);
            }
        }

        return ordered;
    }
}
