namespace Supervision.Rules.Tolerance;

/// <summary>Derived fact a list row's rule inserts: the row's conditions hold for the finding.</summary>
public sealed record ToleranceProposal(string FindingId, string ItemNo);
