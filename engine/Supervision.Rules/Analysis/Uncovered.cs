namespace Supervision.Rules.Analysis;

/// <summary>
/// What a set of rows leaves uncovered, as disjoint gap boxes, so that "is this row covered by the union of those
/// rows?" becomes "does it miss every gap?": one sweep per priority level instead of one per row. Beyond
/// <see cref="MaxGaps"/> gap boxes it falls back to a sweep per row.
/// </summary>
internal sealed class Uncovered
{
    public const int MaxGaps = 100_000;

    private readonly IReadOnlyList<IReadOnlyList<CellSet>>? _gaps;

    private Uncovered(IReadOnlyList<IReadOnlyList<CellSet>>? gaps) => _gaps = gaps;

    public static Uncovered Of(IReadOnlyList<Column> columns, IReadOnlyList<Box> boxes)
    {
        var result = GapFinder.Find([.. columns.Select(c => c.Domain)], [.. boxes.Select(b => b.Cells)], MaxGaps, MaxGaps + 1);
        return new Uncovered(result.Total <= MaxGaps ? result.Listed : null);
    }

    /// <summary>Whether <paramref name="boxes"/> (the rows this was made of) together cover every input of <paramref name="box"/>.</summary>
    public bool Masks(Box box, IReadOnlyList<Box> boxes)
        => _gaps is null
            ? GapFinder.Covers(box.Cells, [.. boxes.Where(b => b.Overlaps(box)).Select(b => b.Cells)])
            : !_gaps.Any(gap => box.Cells.Select((c, i) => c.Overlaps(gap[i])).All(overlaps => overlaps));
}
