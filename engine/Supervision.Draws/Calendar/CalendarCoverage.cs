using Supervision.Draws.Plans;
using Supervision.Rules.Diagnostics;

namespace Supervision.Draws.Calendar;

/// <summary>
/// Checks before a draw that the calendar covers every plan's period and that each period has a working day, so
/// that a missing year is reported with the file to edit instead of surfacing halfway through the draw.
/// </summary>
public static class CalendarCoverage
{
    /// <param name="plans">The plans of the draw.</param>
    /// <param name="calendar">The working-day calendar.</param>
    /// <param name="file">How diagnostics name the calendar file.</param>
    /// <param name="diagnostics">Where problems go.</param>
    /// <returns>Whether the draw can use the calendar for these plans.</returns>
    public static bool Check(IReadOnlyList<InspectionPlan> plans, WorkingDayCalendar calendar, string file, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(plans);
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var ok = true;
        foreach (var plan in plans)
        {
            var missing = Enumerable.Range(plan.PeriodFrom.Year, plan.PeriodTo.Year - plan.PeriodFrom.Year + 1)
                .Where(year => !calendar.KnownYears.Contains(year)).ToList();
            if (missing.Count > 0)
            {
                diagnostics.Error("SV227",
                    $"plan {plan.Id} ({plan.File}) runs {plan.PeriodFrom:yyyy-MM-dd}–{plan.PeriodTo:yyyy-MM-dd}, but the calendar does not hold "
                    + $"{string.Join(", ", missing)} (it knows {string.Join(", ", calendar.KnownYears)}); add that year's State Council holiday schedule",
                    new SourceLocation(file, 1, 1));
                ok = false;
            }
            else if (calendar.WorkingDays(plan.PeriodFrom, plan.PeriodTo).Count == 0)
            {
                diagnostics.Error("SV215", $"plan {plan.Id}: its period {plan.PeriodFrom:yyyy-MM-dd}–{plan.PeriodTo:yyyy-MM-dd} has no working day",
                    SourceLocation.FileOnly(plan.File));
                ok = false;
            }
        }

        return ok;
    }
}
