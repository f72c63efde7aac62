using Supervision.Draws.Plans;
using Supervision.Draws.Record;
using Supervision.Model.Registry;

namespace Supervision.Draws.Drawing;

/// <summary>
/// Freezes, for one plan, who may be drawn and from which pool, and records every exclusion with its reason.
/// The first rule that applies decides; the order is documented in docs/draw-algorithm.md.
/// </summary>
public static class Eligibility
{
    public static (List<PoolEntry> Entries, List<Exclusion> Exclusions, List<PoolRule> Rules) Freeze(
        InspectionPlan plan, IReadOnlyList<string> categories, IReadOnlyList<DrawCandidate> candidates, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(categories);
        ArgumentNullException.ThrowIfNull(candidates);
        var entries = new List<PoolEntry>();
        var exclusions = new List<Exclusion>();
        // The verification sample comes from the lowest-risk category the plan covers.
        var scoped = categories.Where(c => plan.Scope.Categories.Count == 0 || plan.Scope.Categories.Contains(c)).ToList();
        var lowest = scoped[^1];
        var department = plan.InitiatingDepartment;
        foreach (var c in candidates)
        {
            void Exclude(string reason, bool deskReview = false) => exclusions.Add(new Exclusion(plan.Id, c.Uscc, reason, deskReview));
            void Pool(string pool, string? note = null) => entries.Add(new PoolEntry(plan.Id, pool, c.Uscc, c.Name, c.LastInspectors, note));
            var thisYear = c.InspectionsThisYear.GetValueOrDefault(department);
            var total = c.InspectionsThisYear.Values.Sum();
            var trigger = c.Triggers.Count == 0
                ? null
                : c.Triggers.Where(t => t.Date <= asOf && t.Date > asOf.AddDays(-plan.TriggerWindowDays))
                    .OrderBy(t => t.Date).ThenBy(t => t.Reference, StringComparer.Ordinal).FirstOrDefault();
            if (c.AssessmentError is not null)
            {
                Exclude("assessment failed: " + c.AssessmentError);
            }
            else if (c.Status is OperatingStatus.Revoked or OperatingStatus.Deregistered)
            {
                Exclude($"not operating ({c.Status.ToString().ToLowerInvariant()})");
            }
            else if (!plan.Scope.Covers(c.IndustryCode, c.Region, c.Category))
            {
                Exclude("outside the plan's scope");
            }
            else if (c.Status == OperatingStatus.Dormant || c.Regime == "dormant")
            {
                Exclude("dormant (歇业): desk review instead of an on-site visit", deskReview: true);
            }
            else if (c.Regime == Pools.Blacklist)
            {
                Pool(Pools.Blacklist);
            }
            else if (trigger is not null)
            {
                var overCap = thisYear >= plan.CapPerDepartmentPerYear || total >= plan.CapTotalPerYear;
                Pool(Pools.Triggered, $"{trigger.Kind} {trigger.Reference} of {trigger.Date:yyyy-MM-dd}"
                    + (overCap ? $"; above the annual cap ({thisYear} by {department}, {total} in total this year), case-driven checks are exempt but counted" : ""));
            }
            else if (c.Exempt)
            {
                Exclude($"category {c.Category} is exempt from routine draws");
            }
            else if (thisYear >= plan.CapPerDepartmentPerYear)
            {
                Exclude($"annual cap: {thisYear} inspection(s) by {department} in {asOf.Year} (cap {plan.CapPerDepartmentPerYear})");
            }
            else if (total >= plan.CapTotalPerYear)
            {
                Exclude($"annual cap: {total} inspection(s) by all departments in {asOf.Year} (cap {plan.CapTotalPerYear})");
            }
            else if (c.Regime == "observation")
            {
                Exclude("observation period (观察期): inspected only when triggered");
            }
            else if (c.Regime == "trigger_only")
            {
                Exclude("trigger-only supervision (无事不扰): inspected only when triggered"
                    + (c.Category == lowest ? "; may enter the verification sample" : ""));
                if (c.Category == lowest)
                {
                    Pool(Pools.VerificationOnly);
                }
            }
            else
            {
                Pool(c.Category);
            }
        }

        return (entries, exclusions, Rules(plan, scoped, candidates));
    }

    private static List<PoolRule> Rules(InspectionPlan plan, IReadOnlyList<string> categories, IReadOnlyList<DrawCandidate> candidates)
    {
        var rules = new List<PoolRule> { new(Pools.Blacklist, 1m, 0), new(Pools.Triggered, 1m, 0) };
        foreach (var category in categories)
        {
            var members = candidates.Where(c => c.Category == category && c.Regime != Pools.Blacklist && c.AssessmentError is null).ToList();
            var ratio = plan.RatioOverrides.TryGetValue(category, out var r) ? r : members.Select(m => m.Ratio).DefaultIfEmpty(0m).Max();
            rules.Add(new PoolRule(category, ratio, members.Select(m => m.MinCount).DefaultIfEmpty(1).Max()));
        }

        return rules;
    }
}
