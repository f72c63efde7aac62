namespace Supervision.Data.Runs;

/// <summary>The content of <c>claims/&lt;plan&gt;__&lt;from&gt;_&lt;to&gt;.json</c>: which run holds a plan for its period.</summary>
/// <param name="PlanId">The plan.</param>
/// <param name="PeriodFrom">Its period's first day.</param>
/// <param name="PeriodTo">Its period's last day.</param>
/// <param name="DrawDate">The night that drew it.</param>
/// <param name="RunId">The run that claimed it.</param>
internal sealed record DrawClaimFile(string PlanId, DateOnly PeriodFrom, DateOnly PeriodTo, DateOnly DrawDate, string RunId);
