namespace Supervision.Rules.Language;

/// <summary>A lexical token with its 0-based offset in the condition text.</summary>
public sealed record Token(TokenKind Kind, string Text, int Offset);
