using Supervision.Application.Draws;
using Supervision.Data.Scoring;
using Supervision.Draws.Calendar;
using Supervision.Rules.Compilation;
using Supervision.Rules.Diagnostics;
using Supervision.Rules.Tolerance;

namespace Supervision.Application.Bundles;

/// <summary>
/// `rules check`, for the CLI and a regulator's review page alike: the bundle's schema, every condition, the decision
/// tables (overlaps, gaps with a counterexample, masked, duplicate and unreachable rows) and the tolerance list, each
/// problem at its file:line:column.
/// </summary>
public static class CheckBundle
{
    /// <summary>Checks the bundle directory <paramref name="directory"/> (which must exist).</summary>
    public static BundleCheck Run(string directory)
    {
        var diagnostics = new DiagnosticBag();
        var bundle = BundleSource.TryCompile(directory, diagnostics);
        var hasList = ToleranceListLoader.Exists(directory);
        var list = hasList ? ToleranceListLoader.Load(directory, diagnostics) : null;
        if (bundle is not null && list is not null)
        {
            // The list's conditions may read only indicators the bundle declares.
            ToleranceListLoader.CheckAgainst(list, [.. new FactBuilder(bundle).SafetyColumns.Select(c => c.Name)], diagnostics);
        }

        if (bundle is not null)
        {
            CheckPlans(bundle, directory, diagnostics);
        }

        var usable = bundle is not null && (!hasList || list is not null) && !diagnostics.HasErrors;
        return new BundleCheck(usable ? bundle : null, usable ? list : null, diagnostics.Sorted());
    }

    /// <summary>
    /// The bundle's plans (<c>plans/*.yaml</c>) against its calendar (<c>calendar/cn-working-days.csv</c>), when both are
    /// there: the plans' own errors, a period the calendar does not hold, and a warning when results deadlines run past it.
    /// </summary>
    private static void CheckPlans(CompiledBundle bundle, string directory, DiagnosticBag diagnostics)
    {
        var planFiles = DrawOnce.DefaultPlanFiles(directory);
        var calendarFile = Path.Combine(directory, "calendar", "cn-working-days.csv");
        if (planFiles.Count == 0 || !File.Exists(calendarFile))
        {
            return;
        }

        var plans = DrawOnce.LoadPlans(bundle, planFiles, diagnostics);
        var calendar = CalendarReader.Read(calendarFile, calendarFile, diagnostics);
        if (plans is not null && calendar is not null && CalendarCoverage.Check(plans, calendar, calendarFile, diagnostics))
        {
            CalendarCoverage.WarnDeadlines(plans, calendar, calendarFile, diagnostics);
        }
    }
}
