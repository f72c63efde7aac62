using Supervision.Rules.Bundle;

namespace Supervision.Rules.Analysis;

/// <summary>
/// Hit policy priority: overlaps are allowed, the row whose first output comes first wins. Warns about rows that
/// can never win (masked: higher-priority rows together cover every input they match), duplicates and redundant
/// rows; overlapping rows of equal priority with different outputs are an error, since row order would decide.
/// </summary>
internal static class PriorityCheck
{
    private const int MaxNamed = 5;

    public static void Run(IReadOnlyList<Column> columns, IReadOnlyList<Box> boxes, BundleManifest manifest, TableReport report)
    {
        var ranks = boxes.Select(b => PriorityRank.Of(report.Table, b.Row, manifest)).ToList();
        for (var j = 1; j < boxes.Count; j++)
        {
            for (var i = 0; i < j; i++)
            {
                if (ranks[i] == ranks[j] && boxes[i].Overlaps(boxes[j]))
                {
                    Pair(columns, boxes[i], boxes[j], report);
                }
            }
        }

        var uncoveredByRank = new Dictionary<double, Uncovered>();
        for (var r = 0; r < boxes.Count; r++)
        {
            var box = boxes[r];
            var higher = boxes.Where((b, i) => ranks[i] < ranks[r]).ToList();
            if (higher.Count == 0 || !higher.Any(h => h.Overlaps(box)))
            {
                continue;
            }

            if (!uncoveredByRank.TryGetValue(ranks[r], out var uncovered))
            {
                uncovered = Uncovered.Of(columns, higher);
                uncoveredByRank.Add(ranks[r], uncovered);
            }

            if (uncovered.Masks(box, higher))
            {
                report.Warning(AnalysisCodes.Masked, () => Masked(box, higher.Where(h => h.Overlaps(box)).ToList(), report), box.Row.Location);
            }
        }
    }

    private static string Masked(Box box, List<Box> higher, TableReport report)
    {
        var names = string.Join(", ", higher.Take(MaxNamed).Select(h => h.Describe())) + (higher.Count > MaxNamed ? ", …" : "");
        return $"row {box.Describe()} is never chosen: every input it matches is also matched by a row whose "
            + $"{report.Table.Outputs[0]} comes first under hit policy priority ({names}); delete it or narrow those rows";
    }

    private static void Pair(IReadOnlyList<Column> columns, Box a, Box b, TableReport report)
    {
        if (!a.Row.Outputs.SequenceEqual(b.Row.Outputs, StringComparer.Ordinal))
        {
            report.Error(AnalysisCodes.Ambiguous, () =>
                $"rows {a.Describe()} and {b.Describe()} both match e.g. {RegionText.Example(columns, a.Intersect(b))} with the same priority "
                + $"({report.Table.Outputs[0]}={a.Row.Outputs[0]}) but different outputs, so row order would decide; make them disjoint or give them the same outputs",
                b.Row.Location);
            return;
        }

        var (aInB, bInA) = (a.IsInside(b), b.IsInside(a));
        if (aInB && bInA)
        {
            report.Warning(AnalysisCodes.Duplicate,
                $"rows {a.Describe()} and {b.Describe()} have the same inputs and the same outputs; delete one", b.Row.Location);
        }
        else if (aInB || bInA)
        {
            var (inner, outer) = aInB ? (a, b) : (b, a);
            report.Warning(AnalysisCodes.Subsumed,
                $"row {inner.Describe()} is redundant: it lies entirely inside row {outer.Describe()}, which has the same outputs; delete it",
                inner.Row.Location);
        }
    }
}
