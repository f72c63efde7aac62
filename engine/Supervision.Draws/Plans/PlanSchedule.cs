using Cronos;

namespace Supervision.Draws.Plans;

/// <summary>
/// A plan's <c>schedule</c>: a five-field cron expression (minute hour day-of-month month day-of-week) read on the
/// calendar of Asia/Shanghai. The nightly run uses its days: an approval-verification plan is drawn on the nights its
/// schedule names (its intake is the working days before), so that a weekly plan draws each approval once.
/// </summary>
public static class PlanSchedule
{
    /// <summary>The expression, or null when <paramref name="cron"/> is not a five-field cron expression.</summary>
    public static CronExpression? Parse(string cron)
    {
        ArgumentNullException.ThrowIfNull(cron);
        try
        {
            return CronExpression.Parse(cron.Trim(), CronFormat.Standard);
        }
        catch (CronFormatException)
        {
            return null;
        }
    }

    /// <summary>True when <paramref name="cron"/> fires at some time of <paramref name="date"/> (false when it is not a cron expression).</summary>
    public static bool FiresOn(string cron, DateOnly date)
    {
        if (Parse(cron) is not { } expression)
        {
            return false;
        }

        // The day's wall-clock times, read as UTC: only the date matters here, not the zone.
        var start = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        return expression.GetNextOccurrence(start, inclusive: true) is { } next && next < start.AddDays(1);
    }
}
