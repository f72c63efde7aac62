namespace Supervision.Rules.Language;

/// <summary>Arithmetic, comparison or logical operator with two operands.</summary>
public sealed record BinaryNode(string Operator, Node Left, Node Right, int Offset) : Node(Offset);
