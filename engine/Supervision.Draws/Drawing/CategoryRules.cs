using Supervision.Draws.Plans;
using Supervision.Draws.Record;
using Supervision.Rules.Bundle;

namespace Supervision.Draws.Drawing;

/// <summary>
/// Each category's pool rule as the assessments give it: the largest ratio and the largest minimum count among its
/// members (enterprises assessed into it, those of always-drawn regimes aside). Measured once per draw, in one pass, for every plan.
/// </summary>
internal sealed class CategoryRules
{
    private readonly Dictionary<string, (decimal Ratio, int MinCount)> _byCategory;

    private CategoryRules(Dictionary<string, (decimal Ratio, int MinCount)> byCategory) => _byCategory = byCategory;

    public static CategoryRules Measure(IReadOnlyList<DrawCandidate> candidates, RegimeEffects regimes)
    {
        var byCategory = new Dictionary<string, (decimal Ratio, int MinCount)>(StringComparer.Ordinal);
        foreach (var c in candidates)
        {
            if (c.AssessmentError is not null || regimes.EffectOf(c.Regime) == RegimeDrawEffect.Always)
            {
                continue;
            }

            // The first of equal ratios is kept (only a larger one replaces it), as Enumerable.Max does: 0.1 and 0.10
            // are equal but are written differently in the record.
            byCategory[c.Category] = byCategory.TryGetValue(c.Category, out var seen)
                ? (c.Ratio > seen.Ratio ? c.Ratio : seen.Ratio, Math.Max(c.MinCount, seen.MinCount))
                : (c.Ratio, c.MinCount);
        }

        return new CategoryRules(byCategory);
    }

    /// <summary>The rule of a category's pool under a plan: the plan's ratio override if it has one; 0 and 1 for an empty category.</summary>
    public PoolRule For(InspectionPlan plan, string category)
    {
        var (ratio, minCount) = _byCategory.TryGetValue(category, out var measured) ? measured : (0m, 1);
        return new PoolRule(category, plan.RatioOverrides.TryGetValue(category, out var r) ? r : ratio, minCount);
    }
}
