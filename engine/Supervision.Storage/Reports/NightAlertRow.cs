namespace Supervision.Storage.Reports;

/// <summary>One alert of a night as the analysts' pages read it (supervision.night_alerts), with the enterprise's district.</summary>
/// <param name="Uscc">The enterprise.</param>
/// <param name="Name">Its name.</param>
/// <param name="District">Its district (区/街道), empty when the registry gave none.</param>
/// <param name="RuleId">The alert rule that raised it.</param>
/// <param name="Kind">What it warns of (category_rose, safety_fell, …).</param>
/// <param name="Level">red, orange or yellow.</param>
/// <param name="Title">The rule's title.</param>
/// <param name="Basis">The rule's legal basis.</param>
/// <param name="ReadValues">The values the rule read, as the night wrote them.</param>
/// <param name="Regime">The enterprise's regime that night.</param>
/// <param name="LeadReference">The case lead it became (the enterprise is drawn only when triggered), or null.</param>
public sealed record NightAlertRow(
    string Uscc,
    string Name,
    string District,
    string RuleId,
    string Kind,
    string Level,
    string Title,
    string Basis,
    string ReadValues,
    string Regime,
    string? LeadReference);
