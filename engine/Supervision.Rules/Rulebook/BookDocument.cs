namespace Supervision.Rules.Rulebook;

/// <summary>The rulebook as a renderer-neutral sequence of blocks.</summary>
internal sealed record BookDocument(string Title, IReadOnlyList<BookBlock> Blocks);
