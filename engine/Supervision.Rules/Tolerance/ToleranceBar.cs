namespace Supervision.Rules.Tolerance;

/// <summary>Derived fact an exclusion rule inserts: the row does not apply to the finding, and why.</summary>
public sealed record ToleranceBar(string FindingId, string ItemNo, string Reason);
