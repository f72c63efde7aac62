namespace Supervision.Rules.Diagnostics;

/// <summary>A problem found in a rule bundle, reported at the file, line and column it comes from.</summary>
/// <param name="Severity">Errors stop the bundle from being used; warnings do not.</param>
/// <param name="Code">Stable code, e.g. SV101, so that regulators can look it up in docs/rule-language.md.</param>
/// <param name="Message">What is wrong and, where possible, how to fix it.</param>
/// <param name="Location">Where.</param>
public sealed record Diagnostic(DiagnosticSeverity Severity, string Code, string Message, SourceLocation Location)
{
    public override string ToString()
        => $"{Location}: {(Severity == DiagnosticSeverity.Error ? "error" : "warning")} {Code}: {Message}";
}
