namespace Supervision.Draws.Record;

/// <summary>The outcome of drawing one pool of one plan.</summary>
public sealed record PoolResult(string PlanId, string Pool, int Eligible, decimal Ratio, int MinCount, int Drawn, IReadOnlyList<SelectedEnterprise> Selected);
