using Supervision.Application.Bundles;
using Supervision.Draws.Calendar;
using Supervision.Rules.Compilation;
using Supervision.Rules.Diagnostics;

namespace Supervision.Application.Draws;

/// <summary>
/// The plans and the working-day calendar in force, checked as a night would check them on <see cref="Today"/>: each
/// plan's diagnostics at file:line, its results deadline, and the warnings that must reach the regulators weeks ahead — a
/// calendar that ends within <see cref="CalendarWarningDays"/> days (the State Council publishes next year's holidays and
/// make-up days in the autumn; they go in through a reviewed change), a plan whose period or results deadline runs past it.
/// </summary>
/// <param name="Today">The day the plans are judged on (Asia/Shanghai).</param>
/// <param name="CalendarFile">The calendar file.</param>
/// <param name="LastKnownDay">The calendar's last day (31 December of its last year), or null when it cannot be read.</param>
/// <param name="CalendarWarning">The calendar's own warning, or null.</param>
/// <param name="Plans">Each plan with its deadline and warnings.</param>
/// <param name="Diagnostics">The plans' and the calendar's problems, as a night would report them.</param>
public sealed record PlansOverview(
    DateOnly Today, string CalendarFile, DateOnly? LastKnownDay, string? CalendarWarning, IReadOnlyList<PlanStatus> Plans, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>How long before its end the calendar is said to run out: eight weeks.</summary>
    public const int CalendarWarningDays = 56;

    /// <summary>Reads and checks the plans and calendar of the bundle in force in <paramref name="rules"/> (a bundle directory or a store).</summary>
    public static PlansOverview Of(string rules, string? calendarFile, DateOnly today)
    {
        var directory = BundlePublisher.Resolve(rules);
        var calendarPath = calendarFile ?? Path.Combine(directory, "calendar", "cn-working-days.csv");
        var diagnostics = new DiagnosticBag();
        // The bundle's own warnings are the rules check's business; here only whether it compiles matters (its categories).
        var bundle = BundleSource.TryCompile(directory, new DiagnosticBag());
        var calendar = CalendarReader.Read(calendarPath, Path.GetFileName(Path.GetDirectoryName(calendarPath)) + "/" + Path.GetFileName(calendarPath), diagnostics);
        if (bundle is null || calendar is null)
        {
            if (bundle is null)
            {
                diagnostics.Error("SV234", "the bundle in force does not compile: run rules check on it", SourceLocation.FileOnly("bundle.yaml"));
            }

            return new PlansOverview(today, calendarPath, null, null, [], diagnostics.Sorted());
        }

        var plans = DrawOnce.LoadPlans(bundle, DrawOnce.DefaultPlanFiles(directory), diagnostics) ?? [];
        if (plans.Count > 0)
        {
            CalendarCoverage.Check(plans, calendar, "calendar/cn-working-days.csv", diagnostics);
            CalendarCoverage.WarnDeadlines(plans, calendar, "calendar/cn-working-days.csv", diagnostics);
        }

        var lastKnown = new DateOnly(calendar.KnownYears.Max(), 12, 31);
        var daysLeft = lastKnown.DayNumber - today.DayNumber;
        var calendarWarning = daysLeft <= CalendarWarningDays
            ? $"工作日日历只到 {lastKnown:yyyy-MM-dd}（还有 {Math.Max(daysLeft, 0)} 天）：请在国务院办公厅公布 {lastKnown.Year + 1} 年节假日安排后，把节假日和调休上班日加入 calendar/cn-working-days.csv，作为规则变更提交审核。"
            : null;
        var statuses = new List<PlanStatus>();
        foreach (var plan in plans)
        {
            var warnings = new List<string>();
            DateOnly? due = null;
            try
            {
                due = calendar.AddWorkingDays(plan.PeriodTo, plan.PublicationWorkingDays);
            }
            catch (CalendarOutOfRangeException)
            {
                warnings.Add($"结果公示期限（期间结束后 {plan.PublicationWorkingDays} 个工作日）超出工作日日历（到 {lastKnown:yyyy-MM-dd}）：抽取时无法计算公示期限，请先补充下一年的日历。");
            }

            if (plan.PeriodTo > lastKnown)
            {
                warnings.Add($"检查期间结束于 {plan.PeriodTo:yyyy-MM-dd}，超出工作日日历（到 {lastKnown:yyyy-MM-dd}）：该计划无法抽取。");
            }

            if (plan.PeriodTo < today)
            {
                warnings.Add($"检查期间已于 {plan.PeriodTo:yyyy-MM-dd} 结束：可以撤下该计划或提交下一期计划。");
            }

            statuses.Add(new PlanStatus(plan, due, warnings));
        }

        return new PlansOverview(today, calendarPath, lastKnown, calendarWarning, statuses, diagnostics.Sorted());
    }
}
