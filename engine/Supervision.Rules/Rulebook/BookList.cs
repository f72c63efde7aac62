namespace Supervision.Rules.Rulebook;

/// <summary>A bulleted list of plain-text items.</summary>
internal sealed record BookList(IReadOnlyList<string> Items) : BookBlock;
