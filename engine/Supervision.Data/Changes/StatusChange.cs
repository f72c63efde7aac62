namespace Supervision.Data.Changes;

/// <summary>
/// An enterprise whose level, class, category or regime differs between two nights, with the rules and table rows that
/// began or stopped applying — the answer to "why did this change since yesterday?" (a blacklisting that expired, an
/// observation period that ended, a penalty that aged out of its window).
/// </summary>
public sealed record StatusChange(StatusSnapshot Before, StatusSnapshot After, IReadOnlyList<string> Appeared, IReadOnlyList<string> Disappeared);
