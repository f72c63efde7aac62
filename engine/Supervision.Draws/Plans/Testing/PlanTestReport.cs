using Supervision.Rules.Diagnostics;

namespace Supervision.Draws.Plans.Testing;

/// <summary>The plan tests of a rules directory: problems reading them, each case's result, and the plans no case draws under.</summary>
public sealed record PlanTestReport(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<PlanTestResult> Results, int NotRun, IReadOnlyList<string> UncoveredPlans)
{
    public int Passed => Results.Count(r => r.Passed);

    public int Failed => Results.Count - Passed;

    public bool AllPassed => Failed == 0 && NotRun == 0 && !Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}
