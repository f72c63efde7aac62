namespace Supervision.Rules.Language;

/// <summary>A node of a parsed condition; <see cref="Offset"/> is where its text starts.</summary>
public abstract record Node(int Offset);
