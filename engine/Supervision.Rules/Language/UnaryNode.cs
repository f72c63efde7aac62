namespace Supervision.Rules.Language;

/// <summary>'not x' or '-x'.</summary>
public sealed record UnaryNode(string Operator, Node Operand, int Offset) : Node(Offset);
