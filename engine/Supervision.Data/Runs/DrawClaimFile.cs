namespace Supervision.Data.Runs;

/// <summary>The content of <c>draws/&lt;date&gt;/&lt;plan&gt;.json</c>: which run holds a plan for a draw date.</summary>
/// <param name="PlanId">The plan.</param>
/// <param name="DrawDate">The draw date.</param>
/// <param name="RunId">The run that claimed it.</param>
internal sealed record DrawClaimFile(string PlanId, DateOnly DrawDate, string RunId);
