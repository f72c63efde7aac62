namespace Supervision.Storage.Audit;

/// <summary>The result of walking the audit chain.</summary>
/// <param name="Entries">Entries read.</param>
/// <param name="LastSeq">Sequence number of the last entry, 0 for an empty log.</param>
/// <param name="HeadHash">Hash of the last entry (what to publish or note down to detect a truncated tail later).</param>
/// <param name="Problem">The first problem found, or null when the chain is intact.</param>
public sealed record AuditVerification(long Entries, long LastSeq, string HeadHash, AuditProblem? Problem)
{
    public bool IsIntact => Problem is null;
}
