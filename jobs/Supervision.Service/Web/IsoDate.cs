using System.Globalization;

namespace Supervision.Service;

/// <summary>Days on pages as ISO dates (<c>yyyy-MM-dd</c>), whatever the culture: the form the notices and files use.</summary>
public static class IsoDate
{
    public static string Format(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A window of days, first to last inclusive.</summary>
    public static string Window(DateOnly from, DateOnly to) => $"{Format(from)} 至 {Format(to)}";
}
