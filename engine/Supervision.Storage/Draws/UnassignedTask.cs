namespace Supervision.Storage.Draws;

/// <summary>A task of a draw with no team, and why the draw could staff none (the record's reason).</summary>
public sealed record UnassignedTask(string TaskId, string Uscc, string Department, DateOnly WindowFrom, DateOnly WindowTo, string Reason);
