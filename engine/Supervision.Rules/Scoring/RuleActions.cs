using NRules.RuleModel;

namespace Supervision.Rules.Scoring;

/// <summary>The only thing a compiled rule's action can do: record that it matched. Effects are resolved after firing.</summary>
public static class RuleActions
{
    public static void Hit(IContext context, DecisionFact fact, HitSink sink, int element)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(fact);
        ArgumentNullException.ThrowIfNull(sink);
        sink.Record(fact.CaseId, element);
    }
}
