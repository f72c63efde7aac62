namespace Supervision.Rules.Bundle;

/// <summary>Which evaluation a rule file contributes to; this fixes the phase in which its rules run.</summary>
public enum EvaluationKind
{
    Safety,
    Credit,
    Regime,

    /// <summary>List rules: when a listing on a credit list ends or moves (rules/lists).</summary>
    List,

    /// <summary>Alert rules: which changes of a night raise an alert (预警) on an enterprise (rules/alerts).</summary>
    Alert,
}
