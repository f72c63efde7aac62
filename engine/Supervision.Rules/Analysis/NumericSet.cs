namespace Supervision.Rules.Analysis;

/// <summary>
/// An interval of numbers. For integer columns the bounds are normalised to the closed integer range the
/// interval holds ((0..3) becomes [1..2]), so that emptiness, inclusion and splitting count integers only.
/// </summary>
internal sealed class NumericSet : CellSet
{
    private NumericSet(double low, bool lowClosed, double high, bool highClosed, bool integer)
    {
        Low = low;
        LowClosed = lowClosed;
        High = high;
        HighClosed = highClosed;
        Integer = integer;
    }

    public double Low { get; }

    public bool LowClosed { get; }

    public double High { get; }

    public bool HighClosed { get; }

    public bool Integer { get; }

    public bool IsPoint => Low == High && !IsEmpty;

    public override bool IsEmpty => Low > High || (Low == High && !(LowClosed && HighClosed));

    public static NumericSet Of(double low, bool lowClosed, double high, bool highClosed, bool integer)
    {
        if (integer && double.IsFinite(low))
        {
            (low, lowClosed) = (lowClosed ? Math.Ceiling(low) : Math.Floor(low) + 1, true);
        }

        if (integer && double.IsFinite(high))
        {
            (high, highClosed) = (highClosed ? Math.Floor(high) : Math.Ceiling(high) - 1, true);
        }

        return new NumericSet(low, lowClosed && double.IsFinite(low), high, highClosed && double.IsFinite(high), integer);
    }

    public static NumericSet All(bool integer) => Of(double.NegativeInfinity, false, double.PositiveInfinity, false, integer);

    public bool Contains(double value)
        => (LowClosed ? value >= Low : value > Low) && (HighClosed ? value <= High : value < High);

    /// <summary>A value inside the set (the lower bound when it is included), for examples and for splitting.</summary>
    public double Representative()
    {
        if (LowClosed)
        {
            return Low;
        }

        if (HighClosed)
        {
            return High;
        }

        return (double.IsFinite(Low), double.IsFinite(High)) switch
        {
            (true, true) => Low + ((High - Low) / 2),
            (true, false) => Low + 1,
            (false, true) => High - 1,
            _ => 0,
        };
    }

    public override CellSet Intersect(CellSet other)
    {
        var o = (NumericSet)other;
        var (low, lowClosed) = Low > o.Low ? (Low, LowClosed) : o.Low > Low ? (o.Low, o.LowClosed) : (Low, LowClosed && o.LowClosed);
        var (high, highClosed) = High < o.High ? (High, HighClosed) : o.High < High ? (o.High, o.HighClosed) : (High, HighClosed && o.HighClosed);
        return new NumericSet(low, lowClosed, high, highClosed, Integer);
    }

    public override bool Overlaps(CellSet other)
    {
        var o = (NumericSet)other;
        var (low, lowClosed) = Low > o.Low ? (Low, LowClosed) : o.Low > Low ? (o.Low, o.LowClosed) : (Low, LowClosed && o.LowClosed);
        var (high, highClosed) = High < o.High ? (High, HighClosed) : o.High < High ? (o.High, o.HighClosed) : (High, HighClosed && o.HighClosed);
        return low < high || (low == high && lowClosed && highClosed);
    }

    public override bool IsSubsetOf(CellSet other)
    {
        var o = (NumericSet)other;
        return IsEmpty || (!o.IsEmpty
            && (o.Low < Low || (o.Low == Low && (o.LowClosed || !LowClosed)))
            && (o.High > High || (o.High == High && (o.HighClosed || !HighClosed))));
    }

    public override IReadOnlyList<Piece> Split(IReadOnlyList<CellSet> cells)
    {
        var bounds = new SortedSet<double>();
        foreach (var cell in cells.Select(c => (NumericSet)c.Intersect(this)).Where(c => !c.IsEmpty))
        {
            AddFinite(bounds, cell.Low);
            AddFinite(bounds, cell.High);
        }

        AddFinite(bounds, Low);
        AddFinite(bounds, High);
        var pieces = new List<Piece>();
        foreach (var elementary in Elementary([.. bounds]).Select(e => (NumericSet)e.Intersect(this)).Where(e => !e.IsEmpty))
        {
            var point = elementary.Representative();
            var covering = Enumerable.Range(0, cells.Count).Where(i => ((NumericSet)cells[i]).Contains(point)).ToList();
            if (pieces.Count > 0 && pieces[^1].Covering.SequenceEqual(covering))
            {
                var previous = (NumericSet)pieces[^1].Set;
                pieces[^1] = pieces[^1] with
                {
                    Set = new NumericSet(previous.Low, previous.LowClosed, elementary.High, elementary.HighClosed, Integer),
                };
            }
            else
            {
                pieces.Add(new Piece(elementary, covering));
            }
        }

        return pieces;
    }

    /// <summary>A sweep over the cells sorted by lower bound: O(n log n), where splitting would be O(n²).</summary>
    public override IEnumerable<CellSet> Uncovered(IReadOnlyList<CellSet> cells)
    {
        // Everything before the cursor is covered; the cursor is the first value not yet known to be (closed: included).
        var (cursor, closed) = (Low, LowClosed);
        var sorted = cells.Select(c => (NumericSet)c.Intersect(this)).Where(c => !c.IsEmpty)
            .OrderBy(c => c.Low).ThenBy(c => c.LowClosed ? 0 : 1);
        foreach (var cell in sorted)
        {
            if (Before(cursor, closed, cell.Low, cell.LowClosed))
            {
                var gap = Of(cursor, closed, cell.Low, !cell.LowClosed, Integer);
                if (!gap.IsEmpty)
                {
                    yield return gap;
                }
            }

            if (Before(cursor, closed, cell.High, !cell.HighClosed))
            {
                (cursor, closed) = (cell.High, !cell.HighClosed);
            }
        }

        var last = Of(cursor, closed, High, HighClosed, Integer);
        if (!last.IsEmpty)
        {
            yield return last;
        }
    }

    public override string ToString()
        => $"{(LowClosed ? '[' : '(')}{Low}..{High}{(HighClosed ? ']' : ')')}";

    private IEnumerable<NumericSet> Elementary(List<double> points)
    {
        if (points.Count == 0)
        {
            yield return this;
            yield break;
        }

        yield return Of(double.NegativeInfinity, false, points[0], false, Integer);
        for (var k = 0; k < points.Count; k++)
        {
            yield return Of(points[k], true, points[k], true, Integer);
            var next = k + 1 < points.Count ? points[k + 1] : double.PositiveInfinity;
            yield return Of(points[k], false, next, false, Integer);
        }
    }

    /// <summary>Whether position (a, closed a) comes before (b, closed b), where an open position lies just after its value.</summary>
    private static bool Before(double a, bool aClosed, double b, bool bClosed) => a < b || (a == b && aClosed && !bClosed);

    private static void AddFinite(SortedSet<double> bounds, double value)
    {
        if (double.IsFinite(value))
        {
            bounds.Add(value);
        }
    }
}
