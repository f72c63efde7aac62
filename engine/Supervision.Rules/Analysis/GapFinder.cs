namespace Supervision.Rules.Analysis;

/// <summary>
/// Finds the parts of a region that no box covers, by the recursive elementary-interval sweep of Calvanese et al.
/// (and Drools' DMNDTAnalyser.findGaps): split the first column into pieces on which every box is wholly in or
/// out, keep for each piece the boxes that cover it, recurse on the next column; a piece no box covers is a gap
/// spanning the whole region in the remaining columns.
/// </summary>
internal sealed class GapFinder
{
    private readonly IReadOnlyList<CellSet> _region;
    private readonly int _keep;
    private readonly int _stopAfter;
    private readonly List<IReadOnlyList<CellSet>> _gaps = [];
    private int _total;

    private GapFinder(IReadOnlyList<CellSet> region, int keep, int stopAfter)
    {
        _region = region;
        _keep = keep;
        _stopAfter = stopAfter;
    }

    /// <summary>
    /// The uncovered parts of <paramref name="region"/>, as disjoint boxes whose union is exactly what no box covers:
    /// at most <paramref name="keep"/> listed, and counted up to <paramref name="stopAfter"/> (then the search stops).
    /// </summary>
    public static GapResult Find(IReadOnlyList<CellSet> region, IReadOnlyList<IReadOnlyList<CellSet>> boxes, int keep, int stopAfter = int.MaxValue)
        => Run(region, boxes, keep, stopAfter);

    /// <summary>Whether the boxes together cover every value of <paramref name="region"/>; stops at the first gap.</summary>
    public static bool Covers(IReadOnlyList<CellSet> region, IReadOnlyList<IReadOnlyList<CellSet>> boxes)
        => Run(region, boxes, 0, 1).Total == 0;

    private static GapResult Run(IReadOnlyList<CellSet> region, IReadOnlyList<IReadOnlyList<CellSet>> boxes, int keep, int stopAfter)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(keep);
        var finder = new GapFinder(region, keep, stopAfter);
        finder.Sweep(0, new CellSet[region.Count], boxes);
        return new GapResult(finder._gaps, finder._total);
    }

    private void Sweep(int column, CellSet[] prefix, IReadOnlyList<IReadOnlyList<CellSet>> boxes)
    {
        if (_total >= _stopAfter)
        {
            return;
        }

        if (boxes.Count == 0)
        {
            Gap(prefix, column, null);
            return;
        }

        if (column == _region.Count)
        {
            return;
        }

        var cells = boxes.Select(b => b[column]).ToList();
        if (column == _region.Count - 1)
        {
            // The last column needs no covering sets, only what no box reaches: a cheaper sweep.
            foreach (var uncovered in _region[column].Uncovered(cells))
            {
                Gap(prefix, column, uncovered);
            }

            return;
        }

        foreach (var piece in _region[column].Split(cells))
        {
            prefix[column] = piece.Set;
            Sweep(column + 1, prefix, [.. piece.Covering.Select(i => boxes[i])]);
        }
    }

    /// <summary>Records the gap: the prefix up to <paramref name="column"/>, then <paramref name="last"/> or the region.</summary>
    private void Gap(CellSet[] prefix, int column, CellSet? last)
    {
        if (_total >= _stopAfter)
        {
            return;
        }

        _total++;
        if (_gaps.Count < _keep)
        {
            _gaps.Add([.. prefix.Take(column), .. _region.Skip(column).Select((set, i) => i == 0 ? last ?? set : set)]);
        }
    }
}
