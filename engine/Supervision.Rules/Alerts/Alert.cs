namespace Supervision.Rules.Alerts;

/// <summary>An alert raised on one enterprise on one night (预警).</summary>
/// <param name="Uscc">The enterprise.</param>
/// <param name="Name">Its registered name.</param>
/// <param name="AsOf">The night's as-of date.</param>
/// <param name="RuleId">The alert rule that raised it.</param>
/// <param name="Kind">What it is about (<see cref="AlertVocabulary.Kinds"/>).</param>
/// <param name="Level">red, orange or yellow.</param>
/// <param name="Title">The rule's title.</param>
/// <param name="Basis">The rule's basis.</param>
/// <param name="Values">The values the rule read, as <c>name=value</c> joined by "; " (the explanation).</param>
/// <param name="Regime">The enterprise's supervision regime on the night.</param>
/// <param name="Lead">True when the alert becomes a case lead: the enterprise is drawn only when triggered (触发式、不诉不查).</param>
public sealed record Alert(
    string Uscc, string Name, DateOnly AsOf, string RuleId, string Kind, string Level, string Title, string Basis, string Values, string Regime, bool Lead)
{
    /// <summary>The reference of the case lead it becomes: the rule and the night (YJ-rule-yyyymmdd).</summary>
    public string LeadReference => $"YJ-{RuleId}-{AsOf:yyyyMMdd}";
}
