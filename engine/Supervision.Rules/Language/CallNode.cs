namespace Supervision.Rules.Language;

/// <summary>A call of one of the language's functions.</summary>
public sealed record CallNode(string Function, IReadOnlyList<Node> Arguments, int Offset) : Node(Offset);
