using Supervision.Rules.Scoring;

namespace Supervision.Data.WhatIf;

/// <summary>An enterprise whose outcome differs between the two bundles.</summary>
/// <param name="Index">Its position in the registry, to rebuild its inputs for an explanation.</param>
/// <param name="Uscc">The enterprise.</param>
/// <param name="Name">Its registered name.</param>
/// <param name="Base">Outcome under the base bundle.</param>
/// <param name="Candidate">Outcome under the candidate bundle.</param>
/// <param name="Changes">What differs.</param>
/// <param name="Added">Ids of rules and table rows that fire under the candidate only, in the candidate's order.</param>
/// <param name="Removed">Ids that fire under the base only, in the base's order.</param>
public sealed record ChangedEnterprise(
    int Index,
    string Uscc,
    string Name,
    Outcome Base,
    Outcome Candidate,
    OutcomeChanges Changes,
    IReadOnlyList<string> Added,
    IReadOnlyList<string> Removed)
{
    /// <summary>The fired-rule delta, e.g. "+S-DED-LEC-160 -S-DED-LEC-70".</summary>
    public string RuleDelta => string.Join(' ', Added.Select(id => "+" + id).Concat(Removed.Select(id => "-" + id)));
}
