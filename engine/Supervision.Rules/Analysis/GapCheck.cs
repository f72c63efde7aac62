using Supervision.Rules.Diagnostics;

namespace Supervision.Rules.Analysis;

/// <summary>
/// Completeness over the declared domains: every uncovered region is an error with a counterexample and the row
/// that would close it, in the manner of SAP BRFplus' gap check. Tables with a text column without declared
/// values get one warning instead, as in Drools: no domain, no completeness claim.
/// </summary>
internal static class GapCheck
{
    public static void Run(IReadOnlyList<Column> columns, IReadOnlyList<Box> boxes, TableReport report)
    {
        var unprovable = columns.Where(c => !c.Provable).ToList();
        if (unprovable.Count > 0)
        {
            var names = string.Join(", ", unprovable.Select(c => c.Name));
            report.Warning(AnalysisCodes.Unprovable,
                $"column(s) {names}: text without declared values, so gaps cannot be proven and the table is not checked for completeness "
                + "(overlaps still are); declare the indicator as an enum with its values to have it checked",
                unprovable[0].Location);
            return;
        }

        var domain = columns.Select(c => c.Domain).ToList();
        var result = GapFinder.Find(domain, [.. boxes.Select(b => b.Cells)], TableAnalyzer.MaxListed);
        foreach (var gap in result.Listed)
        {
            var region = columns.All(c => c.Domain.IsSubsetOf(gap[c.Index])) ? "any input" : RegionText.Region(columns, gap);
            var suggestion = string.Join(",", ["<id>", .. columns.Select(c => RegionText.Cell(c, gap[c.Index])),
                .. report.Table.Outputs.Select(o => $"<{o}>"), "<basis>"]);
            var (location, nearest) = Nearest(columns, boxes, gap, report.Table.File);
            report.Error(AnalysisCodes.Gap, $"no row matches {region}; add a row such as {suggestion}{nearest}", location);
        }

        report.Unlisted(AnalysisCodes.Gap, result.Total - result.Listed.Count);
    }

    /// <summary>
    /// The row that differs from the gap in one column only (preferring the last column, then a row whose interval
    /// touches the gap): the place a regulator most likely has to widen or copy.
    /// </summary>
    private static (SourceLocation Location, string Text) Nearest(IReadOnlyList<Column> columns, IReadOnlyList<Box> boxes, IReadOnlyList<CellSet> gap, string file)
    {
        var candidates =
            from box in boxes
            let misses = columns.Where(c => !box.Cells[c.Index].Overlaps(gap[c.Index])).ToList()
            where misses.Count == 1
            let column = misses[0]
            orderby column.Index descending, Touches(box.Cells[column.Index], gap[column.Index]) ? 0 : 1
            select (Box: box, Column: column);
        foreach (var (box, column) in candidates.Take(1))
        {
            return (box.Row.Location with { Column = column.Field },
                $" (nearest row: {box.Row.Id}, line {box.Row.Location.Line}, which differs only in {column.Name})");
        }

        return (new SourceLocation(file, 1, 0), "");
    }

    private static bool Touches(CellSet cell, CellSet gap)
        => cell is NumericSet c && gap is NumericSet g && (c.Low == g.High || c.High == g.Low);
}
