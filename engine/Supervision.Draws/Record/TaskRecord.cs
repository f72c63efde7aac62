namespace Supervision.Draws.Record;

/// <summary>One department's inspection of one drawn enterprise.</summary>
/// <param name="TaskId">planId/uscc/department number.</param>
/// <param name="PlanId">Plan.</param>
/// <param name="Department">Department doing it.</param>
/// <param name="Pool">Pool it was drawn from (never shown to inspectors or the public).</param>
/// <param name="Uscc">Enterprise.</param>
/// <param name="Name">Enterprise name.</param>
/// <param name="VisitId">The visit it belongs to (several departments' tasks may share one: 进一次门、查多项事).</param>
/// <param name="WindowFrom">First day of the inspection window.</param>
/// <param name="WindowTo">Last day of the inspection window.</param>
/// <param name="Items">Item codes to check, in plan order.</param>
/// <param name="Team">Inspector ids, or empty when unassigned.</param>
/// <param name="UnassignedReason">Why no valid team exists, or null.</param>
/// <param name="LastInspectors">Inspectors of the enterprise's previous inspection, who may not be on this team.</param>
public sealed record TaskRecord(
    string TaskId,
    string PlanId,
    string Department,
    string Pool,
    string Uscc,
    string Name,
    string VisitId,
    DateOnly WindowFrom,
    DateOnly WindowTo,
    IReadOnlyList<string> Items,
    IReadOnlyList<string> Team,
    string? UnassignedReason,
    IReadOnlyList<string> LastInspectors);
