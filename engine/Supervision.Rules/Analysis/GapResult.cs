namespace Supervision.Rules.Analysis;

/// <summary>Uncovered regions found by <see cref="GapFinder"/>: the first few, and how many there are in all.</summary>
internal sealed record GapResult(IReadOnlyList<IReadOnlyList<CellSet>> Listed, int Total);
