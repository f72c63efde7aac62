namespace Supervision.Rules.Scoring;

/// <summary>Inserted by a rule's action when it fires: element <paramref name="Element"/> matched case <paramref name="CaseId"/>.</summary>
public sealed record Hit(long CaseId, int Element);
