using Supervision.Rules.Diagnostics;

namespace Supervision.Rules.Explanation;

/// <summary>One part of a condition (or one table cell) evaluated for an enterprise.</summary>
/// <param name="Text">The part as written.</param>
/// <param name="Kind">Atom, logical operator or cell.</param>
/// <param name="Held">True or false; null when it could not be evaluated (see <paramref name="Error"/>).</param>
/// <param name="Error">Why it could not be evaluated, e.g. a missing value without default.</param>
/// <param name="Values">The actual values the part reads, as "name = value".</param>
/// <param name="Children">Operands of and/or/not.</param>
/// <param name="Location">Where the part starts in its file.</param>
internal sealed record TraceNode(
    string Text,
    TraceKind Kind,
    bool? Held,
    string? Error,
    IReadOnlyList<string> Values,
    IReadOnlyList<TraceNode> Children,
    SourceLocation Location)
{
    public bool Failed => Held != true;
}
