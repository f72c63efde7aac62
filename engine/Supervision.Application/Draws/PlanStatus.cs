using Supervision.Draws.Plans;

namespace Supervision.Application.Draws;

/// <summary>A plan in force as the regulators' plans page shows it.</summary>
/// <param name="Plan">The plan.</param>
/// <param name="ResultsDue">The results deadline of a window ending on the last day of the period, or null when the calendar does not reach it.</param>
/// <param name="Warnings">What the regulators should act on (in Chinese).</param>
public sealed record PlanStatus(InspectionPlan Plan, DateOnly? ResultsDue, IReadOnlyList<string> Warnings);
