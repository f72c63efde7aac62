namespace Supervision.Storage.Tasks;

/// <summary>What came of a request to fill a withdrawn inspector's place.</summary>
/// <param name="Status">Whether the place was filled.</param>
/// <param name="Replacement">Who took it (with the name to show), when filled.</param>
/// <param name="Explanation">Why this inspector, or why nobody.</param>
public sealed record ReassignmentOutcome(ReassignmentStatus Status, TeamMember? Replacement, string Explanation)
{
    public static ReassignmentOutcome NotFound { get; } = new(ReassignmentStatus.NotFound, null, "");
}
