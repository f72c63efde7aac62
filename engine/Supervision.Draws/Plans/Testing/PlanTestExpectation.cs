namespace Supervision.Draws.Plans.Testing;

/// <summary>What a plan test case expects of its enterprise under its plan; null parts are not checked.</summary>
/// <param name="Pool">The pool it enters.</param>
/// <param name="Excluded">A part of the reason it is excluded with (exclusions.csv's wording).</param>
/// <param name="NotInPlan">True when the plan does not consider it at all (an approval plan without an approval in its intake).</param>
/// <param name="Ratio">The ratio of the pool it enters.</param>
/// <param name="PeriodTo">The last day of the period the draw's record carries (an approval plan's earliest deadline).</param>
/// <param name="Note">A part of the snapshot's note (the trigger, the approvals and their deadlines).</param>
public sealed record PlanTestExpectation(string? Pool, string? Excluded, bool NotInPlan, decimal? Ratio, DateOnly? PeriodTo, string? Note);
