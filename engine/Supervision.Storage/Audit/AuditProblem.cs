namespace Supervision.Storage.Audit;

/// <summary>The first place where the chain is broken.</summary>
/// <param name="Kind">Altered, inserted or deleted.</param>
/// <param name="Seq">The altered entry, the first inserted entry, or the first missing sequence number.</param>
/// <param name="Detail">What was found, for the operator.</param>
public sealed record AuditProblem(AuditProblemKind Kind, long Seq, string Detail);
