namespace Supervision.Rules.Language;

/// <summary>A reference to an indicator or pipeline variable.</summary>
public sealed record NameNode(string Name, int Offset) : Node(Offset);
