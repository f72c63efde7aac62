namespace Supervision.Storage.Discipline;

/// <summary>An inspector on more tasks of one plan of one draw than the plan's ceiling (reassignments after recusals included).</summary>
public sealed record WorkloadOverCeiling(string DrawId, DateOnly DrawDate, string PlanId, string Inspector, long Tasks, int Ceiling);
