namespace Supervision.Rules.Rulebook;

/// <summary>A table of plain-text cells; every row has as many cells as the header.</summary>
internal sealed record BookTable(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows) : BookBlock;
