using Supervision.Rules.Diagnostics;

namespace Supervision.Rules.Testing;

/// <summary>What a run of a bundle's rule tests found.</summary>
/// <param name="Diagnostics">Problems in the test files, sorted by file, line and column.</param>
/// <param name="Results">One result per case that ran, in file then case order.</param>
/// <param name="NotRun">Cases that could not run because of an error in their file.</param>
/// <param name="Coverage">Rules and table rows exercised, and those that were not.</param>
public sealed record RuleTestReport(
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<RuleTestResult> Results,
    int NotRun,
    RuleCoverage Coverage)
{
    public int Passed => Results.Count(r => r.Passed);

    public int Failed => Results.Count - Passed;

    /// <summary>True when the test files have no errors and every case ran and passed.</summary>
    public bool AllPassed => Failed == 0 && NotRun == 0 && !Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}
