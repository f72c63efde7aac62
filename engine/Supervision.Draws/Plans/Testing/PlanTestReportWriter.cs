namespace Supervision.Draws.Plans.Testing;

/// <summary>Writes a plan test report as <c>rules test</c> prints it, after the rule tests.</summary>
public static class PlanTestReportWriter
{
    public static void Write(TextWriter writer, PlanTestReport report)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(report);
        writer.WriteLine();
        foreach (var diagnostic in report.Diagnostics)
        {
            writer.WriteLine(diagnostic);
        }

        foreach (var result in report.Results)
        {
            writer.WriteLine($"{result.Location}: {(result.Passed ? "PASS" : "FAIL")} {result.PlanId} {result.Name}");
            if (!result.Passed)
            {
                writer.WriteLine($"    {string.Join("; ", result.Differences)}");
            }
        }

        var notRun = report.NotRun > 0 ? $", {report.NotRun} not run (see the errors above)" : "";
        writer.WriteLine();
        writer.WriteLine($"{report.Results.Count + report.NotRun} plan cases: {report.Passed} passed, {report.Failed} failed{notRun}");
        if (report.UncoveredPlans.Count > 0)
        {
            writer.WriteLine("plans no case draws under:");
            foreach (var plan in report.UncoveredPlans)
            {
                writer.WriteLine($"  {plan}");
            }
        }
    }
}
