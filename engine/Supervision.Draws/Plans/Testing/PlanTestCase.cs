using Supervision.Draws.Drawing;
using Supervision.Rules.Diagnostics;

namespace Supervision.Draws.Plans.Testing;

/// <summary>One case of <c>plans/tests/*.yaml</c>: an enterprise as the draw sees it, a plan, a date and what is expected.</summary>
/// <param name="Name">What the case shows, in the regulator's words.</param>
/// <param name="Location">Where the case starts.</param>
/// <param name="PlanId">The plan it is drawn under.</param>
/// <param name="AsOf">The draw date.</param>
/// <param name="Candidate">The enterprise: its assessment as given (the rule tests cover the scoring), inspections, case leads and approvals.</param>
/// <param name="Expect">What is expected.</param>
public sealed record PlanTestCase(string Name, SourceLocation Location, string PlanId, DateOnly AsOf, DrawCandidate Candidate, PlanTestExpectation Expect);
