namespace Supervision.Storage.Tasks;

/// <summary>A declaration of a conflict of interest waiting for the regulator to reassign the task.</summary>
/// <param name="TaskNo">The task's number.</param>
/// <param name="DrawId">The draw.</param>
/// <param name="TaskId">The task within the draw.</param>
/// <param name="Uscc">The enterprise.</param>
/// <param name="EnterpriseName">Its name as the draw saw it.</param>
/// <param name="Department">The department of the task.</param>
/// <param name="WindowFrom">First day of the task's window.</param>
/// <param name="WindowTo">Last day of the task's window.</param>
/// <param name="InspectorId">The inspector who withdrew.</param>
/// <param name="InspectorName">Their name (the account's display name).</param>
/// <param name="Ground">One of <see cref="RecusalGrounds.All"/>'s codes.</param>
/// <param name="Reason">What the inspector wrote.</param>
/// <param name="DeclaredAt">When (UTC).</param>
/// <param name="RemainingTeam">The team without those who withdrew: whom the reassignment completes.</param>
public sealed record PendingRecusal(
    long TaskNo,
    string DrawId,
    string TaskId,
    string Uscc,
    string EnterpriseName,
    string Department,
    DateOnly WindowFrom,
    DateOnly WindowTo,
    string InspectorId,
    string InspectorName,
    string Ground,
    string Reason,
    DateTimeOffset DeclaredAt,
    IReadOnlyList<TeamMember> RemainingTeam);
