using System.Globalization;
using Supervision.Jobs;

namespace Supervision.Service;

/// <summary>Times on pages: in Asia/Shanghai, as <c>yyyy-MM-dd HH:mm</c>, whatever the server's own time zone.</summary>
public static class Shanghai
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById(NightlySchedule.TimeZoneId);

    /// <summary>The day <paramref name="instant"/> falls on in Asia/Shanghai.</summary>
    public static DateOnly Today(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);

    public static string Format(DateTimeOffset instant)
        => TimeZoneInfo.ConvertTime(instant, Zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
