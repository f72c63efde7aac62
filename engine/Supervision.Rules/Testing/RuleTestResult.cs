using Supervision.Rules.Diagnostics;

namespace Supervision.Rules.Testing;

/// <summary>The result of one rule test case.</summary>
/// <param name="Name">The case's name.</param>
/// <param name="Location">File and line of the case.</param>
/// <param name="Differences">Every way the outcome differs from the expectations; empty when the case passed.</param>
/// <param name="Fired">Ids of the rules and table rows that fired, in phase then bundle order.</param>
/// <param name="Error">The evaluation error, if the case's evaluation failed.</param>
public sealed record RuleTestResult(
    string Name,
    SourceLocation Location,
    IReadOnlyList<string> Differences,
    IReadOnlyList<string> Fired,
    string? Error)
{
    public bool Passed => Differences.Count == 0;
}
