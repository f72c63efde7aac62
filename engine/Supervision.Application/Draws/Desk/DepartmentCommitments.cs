namespace Supervision.Application.Draws.Desk;

/// <summary>A department's commitments on the desk for the nights to come.</summary>
/// <param name="Department">The department (of the plans in force).</param>
/// <param name="Upcoming">How many nights from today on it has committed to.</param>
/// <param name="LastDate">The last night it has committed to, or null when none from today on.</param>
/// <param name="MissingThisWeek">The nights of the coming week (today and six more) without its commitment: those nights cannot be prepared.</param>
public sealed record DepartmentCommitments(string Department, int Upcoming, DateOnly? LastDate, IReadOnlyList<DateOnly> MissingThisWeek);
