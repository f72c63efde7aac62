namespace Supervision.Runs;

/// <summary>A plan and its period: what a draw claims, so that a plan is drawn once per period, on whichever night.</summary>
/// <param name="PlanId">The plan.</param>
/// <param name="From">Its period's first day.</param>
/// <param name="To">Its period's last day.</param>
public sealed record PlanPeriod(string PlanId, DateOnly From, DateOnly To);
