namespace Supervision.Rules.Rulebook;

/// <summary>A paragraph of plain text.</summary>
internal sealed record BookParagraph(string Text) : BookBlock;
