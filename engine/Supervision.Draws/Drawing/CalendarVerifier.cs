using Supervision.Draws.Calendar;
using Supervision.Draws.Record;

namespace Supervision.Draws.Drawing;

/// <summary>
/// Checks a draw record's working days against the working-day calendar it names, so that no working day can be
/// removed from (or added to) a record that then recomputes consistently: the calendar is the one hashed in the record,
/// and every plan's <c>working_days</c> are exactly the calendar's working days from their first one to the end of the
/// last year it knows, starting on the first working day a window may start: the later of the period's first day and
/// the plan's notice lead after the draw date (so that no leading working day can be removed either).
/// </summary>
public static class CalendarVerifier
{
    /// <summary>The problems found; none when the record's working days are the calendar's.</summary>
    public static IReadOnlyList<string> Verify(DrawRecord record, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(calendar);
        var problems = new List<string>();
        if (calendar.ContentHash != record.CalendarHash)
        {
            problems.Add($"calendar: SHA-256 is {calendar.ContentHash}, the record names {record.CalendarHash}");
            return problems;
        }

        var lastKnown = new DateOnly(calendar.KnownYears.Max(), 12, 31);
        foreach (var plan in record.Plans)
        {
            if (plan.WorkingDays.Count == 0)
            {
                problems.Add($"plan {plan.Id}: no working day");
                continue;
            }

            var first = plan.WorkingDays[0];
            if (first < plan.PeriodFrom || first < record.AsOf || first > plan.PeriodTo)
            {
                problems.Add($"plan {plan.Id}: its working days start on {first:yyyy-MM-dd}, outside its period {plan.PeriodFrom:yyyy-MM-dd}–{plan.PeriodTo:yyyy-MM-dd} "
                    + $"or before the draw date {record.AsOf:yyyy-MM-dd}");
                continue;
            }

            DateOnly windowStart;
            try
            {
                windowStart = DrawRunner.WindowStart(plan.PeriodFrom, plan.NoticeLead, calendar, record.AsOf);
            }
            catch (CalendarOutOfRangeException e)
            {
                problems.Add($"plan {plan.Id}: {e.Message}");
                continue;
            }

            var windowDays = calendar.WorkingDays(windowStart, lastKnown);
            var firstWindowDay = windowDays.Count > 0 ? windowDays[0] : default;
            if (first != firstWindowDay)
            {
                problems.Add($"plan {plan.Id}: its working days start on {first:yyyy-MM-dd}, but the calendar, the draw date {record.AsOf:yyyy-MM-dd} and a notice lead "
                    + $"of {plan.NoticeLead} working day(s) put the first window day on {firstWindowDay:yyyy-MM-dd}");
                continue;
            }

            var expected = calendar.WorkingDays(first, lastKnown);
            var missing = expected.Except(plan.WorkingDays).ToList();
            var extra = plan.WorkingDays.Except(expected).ToList();
            if (missing.Count > 0 || extra.Count > 0 || !expected.SequenceEqual(plan.WorkingDays))
            {
                problems.Add($"plan {plan.Id}: working days differ from the calendar's"
                    + (missing.Count > 0 ? $"; missing {string.Join(", ", missing.Take(5).Select(d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)))}" : "")
                    + (extra.Count > 0 ? $"; not working days {string.Join(", ", extra.Take(5).Select(d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)))}" : ""));
            }
        }

        return problems;
    }
}
