namespace Supervision.Rules.Language;

/// <summary>'x in [a, b]' or 'x not in [a, b]'.</summary>
public sealed record InNode(Node Operand, IReadOnlyList<LiteralNode> Values, bool Negated, int Offset) : Node(Offset);
