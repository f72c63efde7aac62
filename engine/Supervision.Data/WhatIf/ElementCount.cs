namespace Supervision.Data.WhatIf;

/// <summary>How many enterprises a rule or table row fired for under each bundle.</summary>
/// <param name="Id">Element id.</param>
/// <param name="Title">Its rule or table title.</param>
/// <param name="Base">Count under the base bundle, or null when the base has no such element.</param>
/// <param name="Candidate">Count under the candidate bundle, or null when the candidate has no such element.</param>
public sealed record ElementCount(string Id, string Title, long? Base, long? Candidate)
{
    public long Change => (Candidate ?? 0) - (Base ?? 0);
}
