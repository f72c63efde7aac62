namespace Supervision.Rules.Analysis;

/// <summary>
/// The values one table cell admits inside its column's domain: one side of a row's hyperrectangle
/// (Calvanese et al., "Semantics and Analysis of DMN Decision Tables"). Immutable.
/// </summary>
internal abstract class CellSet
{
    public abstract bool IsEmpty { get; }

    public abstract CellSet Intersect(CellSet other);

    public abstract bool IsSubsetOf(CellSet other);

    /// <summary>
    /// Splits this set into the coarsest pieces on which each of <paramref name="cells"/> is either wholly in or
    /// wholly out; each piece lists the indices of the cells that contain it. Numeric pieces are intervals in
    /// ascending order; adjacent intervals covered by the same cells are merged.
    /// </summary>
    public abstract IReadOnlyList<Piece> Split(IReadOnlyList<CellSet> cells);

    /// <summary>The parts of this set that none of <paramref name="cells"/> contains.</summary>
    public virtual IEnumerable<CellSet> Uncovered(IReadOnlyList<CellSet> cells)
        => Split(cells).Where(p => p.Covering.Count == 0).Select(p => p.Set);

    /// <summary>Whether the sets share a value; overridden to avoid building the intersection in the pairwise checks.</summary>
    public virtual bool Overlaps(CellSet other) => !Intersect(other).IsEmpty;
}
