namespace Supervision.Storage.Tasks;

/// <summary>
/// A drawn task as its inspector sees it: the enterprise, where and when, the team and the items with their legal basis.
/// Never the pool, category, credit class or score: the inspector must not know why the enterprise was drawn.
/// </summary>
/// <param name="TaskNo">The number that names the task in links (<c>/tasks/{TaskNo}</c>).</param>
/// <param name="DrawId">The draw it belongs to.</param>
/// <param name="TaskId">Its id within the draw (plan/USCC/department number).</param>
/// <param name="PlanId">The plan.</param>
/// <param name="VisitId">The visit it belongs to: tasks of one visit are done in one call (进一次门、查多项事).</param>
/// <param name="Uscc">The enterprise's unified social credit code.</param>
/// <param name="EnterpriseName">The enterprise's name as the draw saw it (the registry's when the draw did not record one).</param>
/// <param name="Region">The enterprise's region in the registry, or null when the registry does not hold it.</param>
/// <param name="Grid">The enterprise's grid (网格) in the registry, or null.</param>
/// <param name="Department">The department that does this task.</param>
/// <param name="WindowFrom">First day of the inspection window.</param>
/// <param name="WindowTo">Last day of the inspection window.</param>
/// <param name="Team">The team as it stands: the drawn team without those who declared a conflict of interest.</param>
/// <param name="Items">The items to check, in plan order.</param>
/// <param name="ResultRecorded">A result has been recorded for the task (entered, confirmed or not).</param>
/// <param name="ResultConfirmed">The result has been confirmed by a second member of the team: it counts.</param>
public sealed record InspectorTask(
    long TaskNo,
    string DrawId,
    string TaskId,
    string PlanId,
    string VisitId,
    string Uscc,
    string EnterpriseName,
    string? Region,
    string? Grid,
    string Department,
    DateOnly WindowFrom,
    DateOnly WindowTo,
    IReadOnlyList<TeamMember> Team,
    IReadOnlyList<TaskItem> Items,
    bool ResultRecorded,
    bool ResultConfirmed);
