using NRules.RuleModel;

namespace Supervision.Rules.Scoring;

/// <summary>The only thing a compiled rule's action can do: record that it matched. Effects are resolved after firing.</summary>
public static class RuleActions
{
    public static void Hit(IContext context, DecisionFact fact, int element)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(fact);
        context.Insert(new Hit(fact.CaseId, element));
    }
}
