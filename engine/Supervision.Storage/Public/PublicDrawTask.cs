namespace Supervision.Storage.Public;

/// <summary>A task of a draw for the draw's public record and notice: every column of draw_tasks but the pool.</summary>
public sealed record PublicDrawTask(
    string TaskId, string PlanId, string Department, string Uscc, string Name, string VisitId, DateOnly WindowFrom, DateOnly WindowTo,
    IReadOnlyList<string> Items, IReadOnlyList<string> Team, string? UnassignedReason);
