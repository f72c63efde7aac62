using Supervision.Rules.Diagnostics;

namespace Supervision.Draws.Plans.Testing;

/// <summary>A plan test case run: where the enterprise went, and how that differs from the expectation (empty: passed).</summary>
/// <param name="Name">The case's name.</param>
/// <param name="Location">Where the case starts.</param>
/// <param name="PlanId">Its plan.</param>
/// <param name="Actual">Where the enterprise went, in words (pool and ratio, exclusion and reason, or not in the plan).</param>
/// <param name="Differences">Each expectation not met.</param>
public sealed record PlanTestResult(string Name, SourceLocation Location, string PlanId, string Actual, IReadOnlyList<string> Differences)
{
    public bool Passed => Differences.Count == 0;
}
