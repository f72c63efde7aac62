namespace Supervision.Application.Reports;

/// <summary>
/// A district's share of the report's focus category in each period, and how it changed from the first period in which
/// the district had enterprises to the last: "which district's category-I share rose most this quarter?".
/// </summary>
/// <param name="District">The district and street (empty: not registered).</param>
/// <param name="Shares">The focus category's share per period, null where the district had no enterprise.</param>
/// <param name="Enterprises">The district's enterprises in the last period.</param>
public sealed record DistrictTrend(string District, IReadOnlyList<double?> Shares, long Enterprises)
{
    public double? First => Shares.FirstOrDefault(s => s is not null);

    public double? Last => Shares.LastOrDefault(s => s is not null);

    /// <summary>Last minus first, in share points (0.02 = two percentage points); null without two periods.</summary>
    public double? Change => Shares.Count(s => s is not null) >= 2 ? Last - First : null;
}
