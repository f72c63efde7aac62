using System.Globalization;
using Supervision.Jobs;

namespace Supervision.Service;

/// <summary>Times on pages: in Asia/Shanghai, as <c>yyyy-MM-dd HH:mm</c>, whatever the server's own time zone.</summary>
public static class Shanghai
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById(NightlySchedule.TimeZoneId);

    public static string Format(DateTimeOffset instant)
        => TimeZoneInfo.ConvertTime(instant, Zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
