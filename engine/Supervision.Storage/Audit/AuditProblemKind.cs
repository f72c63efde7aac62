namespace Supervision.Storage.Audit;

/// <summary>How the stored chain differs from the chain that was appended.</summary>
public enum AuditProblemKind
{
    /// <summary>An entry's content (or its hash) no longer matches what was appended.</summary>
    Altered,

    /// <summary>An entry that was never appended sits in the chain.</summary>
    Inserted,

    /// <summary>An appended entry is missing.</summary>
    Deleted,

    /// <summary>The log ends before the entry a signed checkpoint saw: its tail was cut off.</summary>
    Truncated,

    /// <summary>The entry a signed checkpoint saw has another hash now: the chain was rewritten from there back.</summary>
    Rewritten,
}
