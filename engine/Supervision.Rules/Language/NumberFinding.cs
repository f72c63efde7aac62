using Supervision.Rules.Diagnostics;

namespace Supervision.Rules.Language;

/// <summary>A problem <see cref="NumberCheck"/> found at a 0-based offset of a condition's text.</summary>
/// <param name="Code">The SV code.</param>
/// <param name="Severity">Error (the bundle is refused) or warning.</param>
/// <param name="Message">What is wrong and what to write instead.</param>
/// <param name="Offset">Where in the condition.</param>
public sealed record NumberFinding(string Code, DiagnosticSeverity Severity, string Message, int Offset);
