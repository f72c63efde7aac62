namespace Supervision.Storage.Tasks;

/// <summary>Whether a withdrawn inspector's place was filled.</summary>
public enum ReassignmentStatus
{
    /// <summary>Filled: the replacement is on the team, the declaration is closed, the audit log has it.</summary>
    Reassigned,

    /// <summary>Nobody the team rules allow can go: nothing changed, the declaration stays pending.</summary>
    NoCandidate,

    /// <summary>No pending declaration of that inspector on that task of a standing draw (none, already handled, or voided).</summary>
    NotFound,
}
