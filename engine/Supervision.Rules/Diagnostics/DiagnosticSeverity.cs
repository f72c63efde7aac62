namespace Supervision.Rules.Diagnostics;

public enum DiagnosticSeverity
{
    Warning,
    Error,
}
