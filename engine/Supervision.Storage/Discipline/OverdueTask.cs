namespace Supervision.Storage.Discipline;

/// <summary>A task whose window ended without a confirmed result.</summary>
/// <param name="DrawId">Its draw.</param>
/// <param name="TaskId">The task.</param>
/// <param name="Uscc">The enterprise.</param>
/// <param name="Department">The department.</param>
/// <param name="WindowFrom">Window start.</param>
/// <param name="WindowTo">Window end.</param>
/// <param name="Team">The inspectors.</param>
/// <param name="DaysOverdue">Days since the window ended.</param>
/// <param name="State">entered (waiting for the teammate's confirmation), or null when nothing was entered.</param>
public sealed record OverdueTask(string DrawId, string TaskId, string Uscc, string Department, DateOnly WindowFrom, DateOnly WindowTo,
    IReadOnlyList<string> Team, int DaysOverdue, string? State);
