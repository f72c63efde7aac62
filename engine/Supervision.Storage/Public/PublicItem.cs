namespace Supervision.Storage.Public;

/// <summary>An inspection item of a plan (检查事项) as the plan's latest standing draw froze it. Department: The department that checks it; null: the plan's initiating department.</summary>
public sealed record PublicItem(string DrawId, DateOnly DrawDate, string PlanId, string Code, string Title, string Basis, bool Key, string? Department);
