namespace Supervision.Rules.Analysis;

/// <summary>A piece of a column's domain and the cells (by index) that contain all of it.</summary>
internal sealed record Piece(CellSet Set, IReadOnlyList<int> Covering);
