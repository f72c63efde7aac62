using System.Globalization;

namespace Supervision.Application.Reports;

/// <summary>Numbers on the analysts' pages: counts with thousands separators, shares as percentages with one decimal.</summary>
public static class ReportFormat
{
    public static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    public static string Percent(double share) => (share * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    public static string Score(double? score) => score is { } value ? value.ToString("0.##", CultureInfo.InvariantCulture) : "—";

    /// <summary>A rate with its 95 % interval, "12.5%（8.1%–18.8%）", or 无结果 without a confirmed result.</summary>
    public static string Rate(Proportion proportion)
    {
        ArgumentNullException.ThrowIfNull(proportion);
        return proportion.Rate is { } rate && proportion.Interval is { } interval
            ? $"{Percent(rate)}（{Percent(interval.Low)}–{Percent(interval.High)}）"
            : "无结果";
    }

    /// <summary>A change of a share in percentage points, signed: "+2.3 个百分点".</summary>
    public static string Points(double? change)
        => change is { } value ? (value * 100).ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture) + " 个百分点" : "—";
}
