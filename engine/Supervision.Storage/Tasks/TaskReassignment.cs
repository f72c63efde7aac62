namespace Supervision.Storage.Tasks;

/// <summary>A filled place, as the regulator's list shows it.</summary>
/// <param name="TaskNo">The task's number.</param>
/// <param name="DrawId">The draw.</param>
/// <param name="TaskId">The task within the draw.</param>
/// <param name="EnterpriseName">The enterprise's name as the draw saw it.</param>
/// <param name="Department">The task's department.</param>
/// <param name="Withdrawn">Who withdrew.</param>
/// <param name="Replacement">Who took the place.</param>
/// <param name="Slot">The place on the team (1 is the lead).</param>
/// <param name="AssignedBy">The regulator who asked for it (the account's display name).</param>
/// <param name="AssignedAt">When (UTC).</param>
public sealed record TaskReassignment(
    long TaskNo,
    string DrawId,
    string TaskId,
    string EnterpriseName,
    string Department,
    TeamMember Withdrawn,
    TeamMember Replacement,
    int Slot,
    string AssignedBy,
    DateTimeOffset AssignedAt);
