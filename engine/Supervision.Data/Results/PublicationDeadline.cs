using Supervision.Draws.Calendar;

namespace Supervision.Data.Results;

/// <summary>
/// When results must be published: a number of working days after the inspection (企业信息公示暂行条例 Art. 6; the
/// plan's publication_working_days, 20 by default). Null when the day falls in a year the calendar does not know yet.
/// </summary>
public static class PublicationDeadline
{
    public static DateOnly? Due(WorkingDayCalendar calendar, DateOnly from, int workingDays)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        try
        {
            return calendar.AddWorkingDays(from, workingDays);
        }
        catch (CalendarOutOfRangeException)
        {
            return null;
        }
    }

    /// <summary>Published (or checked) on <paramref name="asOf"/>: overdue when after the due date.</summary>
    public static bool IsOverdue(DateOnly? due, DateOnly asOf) => due is { } d && asOf > d;

    public static string Words(DateOnly? due) => due is { } d ? DecisionCsv.Iso(d) : "超出工作日历（待下一年度节假日安排公布后确定）";
}
