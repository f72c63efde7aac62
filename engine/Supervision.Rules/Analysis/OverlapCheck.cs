namespace Supervision.Rules.Analysis;

/// <summary>
/// Hit policy unique: every pair of rows whose hyperrectangles intersect is an error, because the engine would
/// find two matching rows for any input in the intersection. O(rows² · columns), fine for hundreds of rows.
/// </summary>
internal static class OverlapCheck
{
    public static void Run(IReadOnlyList<Column> columns, IReadOnlyList<Box> boxes, TableReport report)
    {
        for (var j = 1; j < boxes.Count; j++)
        {
            for (var i = 0; i < j; i++)
            {
                var (a, b) = (boxes[i], boxes[j]);
                if (!a.Overlaps(b))
                {
                    continue;
                }

                report.Error(AnalysisCodes.Overlap, () => Message(columns, a, b), b.Row.Location);
            }
        }
    }

    private static string Message(IReadOnlyList<Column> columns, Box a, Box b)
    {
        var (aInB, bInA) = (a.IsInside(b), b.IsInside(a));
        var what = (aInB, bInA) switch
        {
            (true, true) => $"rows {a.Describe()} and {b.Describe()} have the same inputs"
                + (a.Row.Outputs.SequenceEqual(b.Row.Outputs, StringComparer.Ordinal) ? " and the same outputs (a duplicate: delete one)" : " but different outputs"),
            (false, true) => $"row {b.Describe()} lies entirely inside row {a.Describe()}",
            (true, false) => $"row {a.Describe()} lies entirely inside row {b.Describe()}",
            _ => $"rows {a.Describe()} and {b.Describe()} overlap",
        };
        return $"{what}: both match e.g. {RegionText.Example(columns, a.Intersect(b))}; "
            + "under hit policy unique exactly one row may match each input, so narrow one of them";
    }
}
