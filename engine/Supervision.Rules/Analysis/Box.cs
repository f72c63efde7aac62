using Supervision.Rules.Bundle;

namespace Supervision.Rules.Analysis;

/// <summary>A table row as a hyperrectangle: one cell set per input column.</summary>
internal sealed class Box(TableRow row, IReadOnlyList<CellSet> cells)
{
    public TableRow Row { get; } = row;

    public IReadOnlyList<CellSet> Cells { get; } = cells;

    /// <summary>Index of the first column whose cell admits no value, or -1 when the row can match.</summary>
    public int EmptyColumn()
    {
        for (var i = 0; i < Cells.Count; i++)
        {
            if (Cells[i].IsEmpty)
            {
                return i;
            }
        }

        return -1;
    }

    public bool Overlaps(Box other)
    {
        for (var i = 0; i < Cells.Count; i++)
        {
            if (!Cells[i].Overlaps(other.Cells[i]))
            {
                return false;
            }
        }

        return true;
    }

    public IReadOnlyList<CellSet> Intersect(Box other) => [.. Cells.Select((c, i) => c.Intersect(other.Cells[i]))];

    public bool IsInside(Box other) => Cells.Select((c, i) => c.IsSubsetOf(other.Cells[i])).All(inside => inside);

    public string Describe() => $"{Row.Id} (line {Row.Location.Line})";
}
