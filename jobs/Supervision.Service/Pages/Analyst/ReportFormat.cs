using System.Globalization;

namespace Supervision.Service.Pages.Analyst;

/// <summary>Numbers on the analysts' pages: counts with thousands separators, shares as percentages with one decimal.</summary>
public static class ReportFormat
{
    public static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    public static string Percent(double share) => (share * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    public static string Score(double? score) => score is { } value ? value.ToString("0.##", CultureInfo.InvariantCulture) : "—";
}
