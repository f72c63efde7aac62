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
}
