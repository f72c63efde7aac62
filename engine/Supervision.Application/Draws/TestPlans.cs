using Supervision.Draws.Calendar;
using Supervision.Draws.Plans.Testing;
using Supervision.Rules.Bundle;
using Supervision.Rules.Compilation;
using Supervision.Rules.Diagnostics;

namespace Supervision.Application.Draws;

/// <summary>
/// The plan tests of a rules directory (<c>plans/tests/*.yaml</c>), run against its plans, its calendar and the bundle's
/// categories and regimes: what <c>rules test</c> runs after the rule tests, so that a plan change is tested as a rule
/// change is.
/// </summary>
public static class TestPlans
{
    /// <summary>The report, or null when the directory has no plan tests.</summary>
    public static PlanTestReport? Run(CompiledBundle bundle, string rulesDirectory, string calendarFile)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        var plansDirectory = Path.Combine(rulesDirectory, "plans");
        if (!Directory.Exists(Path.Combine(plansDirectory, PlanTestReader.TestsDirectory)))
        {
            return null;
        }

        var diagnostics = new DiagnosticBag();
        var (cases, notRun) = PlanTestReader.Read(plansDirectory, diagnostics);

        // The plans and the calendar are checked on their own: a bad case must not stop the others from running.
        var planProblems = new DiagnosticBag();
        var plans = DrawOnce.CheckInputs(bundle, DrawOnce.DefaultPlanFiles(rulesDirectory), calendarFile, planProblems);
        if (plans is null)
        {
            return new PlanTestReport([.. diagnostics.Sorted(), .. planProblems.Sorted()], [], notRun + cases.Count, []);
        }

        return PlanTestRunner.Run(plans, bundle.Bundle.Manifest.Categories, RegimeEffects.Of(bundle.Bundle.Manifest), WorkingDayCalendar.Load(calendarFile),
            cases, [.. diagnostics.Sorted(), .. planProblems.Sorted()], notRun);
    }
}
