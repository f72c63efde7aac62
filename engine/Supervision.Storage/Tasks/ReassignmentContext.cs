namespace Supervision.Storage.Tasks;

/// <summary>What a reassignment is decided from, read under the draw's lock.</summary>
/// <param name="DrawId">The draw.</param>
/// <param name="TaskId">The task within it.</param>
/// <param name="Withdrawn">The inspector whose place is filled.</param>
/// <param name="Slot">Their place on the team, from 1 (1 is the lead).</param>
/// <param name="Team">The team as it stands (without anyone who withdrew), in place order.</param>
/// <param name="Withdrawals">Everyone who withdrew from the task.</param>
/// <param name="Load">Each inspector's tasks in the draw as the teams stand.</param>
/// <param name="Record">The draw's record as stored (JSON).</param>
public sealed record ReassignmentContext(
    string DrawId,
    string TaskId,
    string Withdrawn,
    int Slot,
    IReadOnlyList<string> Team,
    IReadOnlySet<string> Withdrawals,
    IReadOnlyDictionary<string, int> Load,
    string Record);
