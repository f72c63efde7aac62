using Cronos;

namespace Supervision.Jobs;

/// <summary>
/// The nightly schedule: a five-field cron expression read in Asia/Shanghai (UTC+8, no daylight saving time), by
/// default <c>30 2 * * *</c>, 02:30 every night. The long-lived server registers it as a Hangfire recurring job with
/// that time zone; the run-once mode only validates it.
/// </summary>
public static class NightlySchedule
{
    public const string DefaultCron = "30 2 * * *";

    public const string TimeZoneId = "Asia/Shanghai";

    /// <summary>The next occurrence after <paramref name="now"/>, in Shanghai time; false with a reason when the expression is invalid.</summary>
    public static bool TryNext(string cron, DateTimeOffset now, out DateTimeOffset next, out string error)
    {
        ArgumentNullException.ThrowIfNull(cron);
        next = default;
        error = "";
        CronExpression expression;
        try
        {
            expression = CronExpression.Parse(cron, CronFormat.Standard);
        }
        catch (CronFormatException e)
        {
            error = e.Message.TrimEnd('.');
            return false;
        }

        var zone = TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId);
        var occurrence = expression.GetNextOccurrence(now, zone);
        if (occurrence is null)
        {
            error = "the expression never fires";
            return false;
        }

        next = occurrence.Value;
        return true;
    }
}
