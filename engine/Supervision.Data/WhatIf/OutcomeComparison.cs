using Supervision.Rules.Compilation;
using Supervision.Rules.Scoring;

namespace Supervision.Data.WhatIf;

/// <summary>Compares two outcomes of one enterprise: what changed and which fired elements differ.</summary>
internal static class OutcomeComparison
{
    public static OutcomeChanges Compare(Outcome a, Outcome b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Error is not null || b.Error is not null)
        {
            // Two failures are the same outcome (the transition matrix counts them); one failure is a change.
            return (a.Error is null) == (b.Error is null) ? OutcomeChanges.None : OutcomeChanges.Evaluation;
        }

        return Flag(a.Category != b.Category, OutcomeChanges.Category)
            | Flag(!a.Ratio.Equals(b.Ratio), OutcomeChanges.Ratio)
            | Flag(a.Regime != b.Regime, OutcomeChanges.Regime)
            | Flag(a.SafetyLevel != b.SafetyLevel, OutcomeChanges.SafetyLevel)
            | Flag(a.CreditClass != b.CreditClass, OutcomeChanges.CreditClass);
    }

    /// <summary>Ids fired in <paramref name="to"/> but not in <paramref name="from"/>, in <paramref name="to"/>'s order.</summary>
    public static IReadOnlyList<string> FiredOnlyIn(Outcome to, CompiledBundle toBundle, Outcome from, CompiledBundle fromBundle)
    {
        ArgumentNullException.ThrowIfNull(to);
        ArgumentNullException.ThrowIfNull(toBundle);
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(fromBundle);
        var other = from.Hits.Select(h => fromBundle.Elements[h].Id).ToHashSet(StringComparer.Ordinal);
        return [.. to.Hits.Select(h => toBundle.Elements[h].Id).Where(id => !other.Contains(id))];
    }

    private static OutcomeChanges Flag(bool differs, OutcomeChanges flag) => differs ? flag : OutcomeChanges.None;
}
