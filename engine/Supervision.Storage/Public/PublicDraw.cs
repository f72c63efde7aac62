namespace Supervision.Storage.Public;

/// <summary>A draw as the public sees it: no seed, no pools; the tasks and visits counted by its audit entry. VoidReason: Why it was voided (作废), from the audit log, when it was.</summary>
public sealed record PublicDraw(
    string DrawId, DateOnly DrawDate, IReadOnlyList<string> PlanIds, string Status, DateTimeOffset CreatedAt, string? VoidReason, int? Tasks, int? Visits)
{
    public bool Cancelled => Status == "cancelled";
}
