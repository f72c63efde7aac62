namespace Supervision.Draws.Record;

/// <summary>How many to draw from one pool: n = min(eligible, max(MinCount, ceil(Ratio × eligible))), 0 when empty.</summary>
/// <param name="Pool">Pool name.</param>
/// <param name="Ratio">Exact ratio.</param>
/// <param name="MinCount">Minimum when the pool is not empty.</param>
public sealed record PoolRule(string Pool, decimal Ratio, int MinCount)
{
    public int Count(int eligible)
        => eligible == 0 ? 0 : Math.Min(eligible, Math.Max(MinCount, (int)Math.Ceiling(Ratio * eligible)));
}
