using Supervision.Rules.Compilation;
using Supervision.Rules.Diagnostics;
using Supervision.Rules.Tolerance;

namespace Supervision.Application.Bundles;

/// <summary>What <see cref="CheckBundle"/> found.</summary>
/// <param name="Bundle">The compiled bundle when it can be used; null when any error was found.</param>
/// <param name="ToleranceList">The tolerance list when the bundle has one and it can be used.</param>
/// <param name="Diagnostics">Every problem, errors and warnings, in file and line order.</param>
public sealed record BundleCheck(CompiledBundle? Bundle, ToleranceList? ToleranceList, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>The errors among <see cref="Diagnostics"/>.</summary>
    public int Errors => Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>The warnings among <see cref="Diagnostics"/>.</summary>
    public int Warnings => Diagnostics.Count - Errors;
}
