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

    /// <summary>
    /// Whether every plan drawn on <paramref name="asOf"/> has a working day left for its windows: from the later of its
    /// period's first day and its notice lead after the draw date, to the end of its period (SV228 when not; SV227 when
    /// the calendar does not reach the first day a window may start).
    /// </summary>
    public static bool CheckWindows(IReadOnlyList<InspectionPlan> plans, WorkingDayCalendar calendar, DateOnly asOf, string file, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(plans);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var ok = true;
        foreach (var plan in plans)
        {
            try
            {
                var start = Drawing.DrawRunner.WindowStart(plan, calendar, asOf);
                if (start > plan.PeriodTo || calendar.WorkingDays(start, plan.PeriodTo).Count == 0)
                {
                    diagnostics.Error("SV228",
                        $"plan {plan.Id} drawn on {asOf:yyyy-MM-dd}: no working day is left for its windows between {start:yyyy-MM-dd} (the draw date plus "
                        + $"{plan.NoticeLeadWorkingDays} working day(s) of notice) and the end of its period {plan.PeriodTo:yyyy-MM-dd}",
                        SourceLocation.FileOnly(plan.File));
                    ok = false;
                }
            }
            catch (CalendarOutOfRangeException e)
            {
                diagnostics.Error("SV227", $"plan {plan.Id} drawn on {asOf:yyyy-MM-dd}: {e.Message}", new SourceLocation(file, 1, 1));
                ok = false;
            }
        }

        return ok;
    }

    /// <summary>
    /// Warnings for <c>rules check</c>: a plan whose results deadlines (its last window's end plus its publication working
    /// days) run past the last year the calendar knows, so that those deadlines cannot be fixed yet (SV229).
    /// </summary>
    public static void WarnDeadlines(IReadOnlyList<InspectionPlan> plans, WorkingDayCalendar calendar, string file, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(plans);
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var lastKnown = new DateOnly(calendar.KnownYears.Max(), 12, 31);
        foreach (var plan in plans.Where(p => p.PeriodTo <= lastKnown))
        {
            var known = calendar.WorkingDays(plan.PeriodTo.AddDays(1) > lastKnown ? lastKnown : plan.PeriodTo.AddDays(1), lastKnown).Count(d => d > plan.PeriodTo);
            if (known < plan.PublicationWorkingDays)
            {
                diagnostics.Warning("SV229",
                    $"plan {plan.Id}: results are due {plan.PublicationWorkingDays} working days after a window ends, but the calendar ({file}) ends on "
                    + $"{lastKnown:yyyy-MM-dd}, {known} working day(s) after the period; deadlines of the later windows read \"to be fixed\" until the "
                    + $"State Council's {lastKnown.Year + 1} schedule is added",
                    SourceLocation.FileOnly(plan.File));
            }
        }
    }
}
