namespace Supervision.Rules.Language;

/// <summary>A number (double), text (string) or boolean constant.</summary>
public sealed record LiteralNode(object Value, int Offset) : Node(Offset);
