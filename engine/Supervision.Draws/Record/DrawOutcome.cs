namespace Supervision.Draws.Record;

/// <summary>Everything the algorithm computes from plans, population, inspectors and seed; verification recomputes exactly this.</summary>
public sealed record DrawOutcome(IReadOnlyList<PoolResult> Pools, IReadOnlyList<TaskRecord> Tasks, IReadOnlyList<VisitRecord> Visits);
