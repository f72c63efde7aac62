using Supervision.Rules.Bundle;
using Supervision.Rules.Diagnostics;
using Supervision.Rules.Language;

namespace Supervision.Rules.Analysis;

/// <summary>
/// Static analysis of a bundle's decision tables over their declared column domains: each row is a hyperrectangle
/// (Calvanese et al., BPM 2016). Reports unreachable rows, overlaps (errors under unique), masked, duplicate and
/// redundant rows (priority), gaps with a counterexample and the row that closes them, and ratio sanity. Codes
/// SV060–SV069 (<see cref="AnalysisCodes"/>).
/// </summary>
/// <remarks>
/// Run it on a bundle that loaded without errors (rows with bad cells are dropped while loading, and analysing
/// what is left would report phantom gaps). Stateless and thread-safe. Pairwise checks are O(rows² · columns).
/// </remarks>
public static class TableAnalyzer
{
    /// <summary>At most this many findings of one code are listed per table; the rest are counted.</summary>
    public const int MaxListed = 10;

    public static void Analyze(RuleBundle bundle, VariableCatalog catalog, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(diagnostics);
        foreach (var table in bundle.Tables)
        {
            if (table.Rows.All(r => r.Validity.IsAlways))
            {
                Analyze(table, bundle, catalog, diagnostics);
            }
            else
            {
                AnalyzeByPeriod(table, bundle, catalog, diagnostics);
            }
        }
    }

    /// <summary>
    /// A table whose rows carry validity dates is analysed once per period in which the same rows are in force, so that
    /// a row replaced on a date does not overlap its successor; findings name the periods they hold in.
    /// </summary>
    private static void AnalyzeByPeriod(TableSpec table, RuleBundle bundle, VariableCatalog catalog, DiagnosticBag diagnostics)
    {
        var starts = table.Rows.SelectMany(r => new[] { r.Validity.From, r.Validity.To?.AddDays(1) })
            .OfType<DateOnly>().Append(DateOnly.MinValue).Distinct().Order().ToList();
        var findings = new List<(Diagnostic Diagnostic, string Period)>();
        for (var i = 0; i < starts.Count; i++)
        {
            var from = starts[i];
            DateOnly? to = i + 1 < starts.Count ? starts[i + 1].AddDays(-1) : null;
            var period = new Validity(from == DateOnly.MinValue ? null : from, to).ToString();
            var bag = new DiagnosticBag();
            Analyze(table with { Rows = [.. table.Rows.Where(r => r.Validity.Contains(from))] }, bundle, catalog, bag);
            findings.AddRange(bag.Items.Select(d => (d, period)));
        }

        foreach (var group in findings.GroupBy(f => f.Diagnostic))
        {
            var periods = group.Select(f => f.Period).ToList();
            var diagnostic = group.Key;
            var message = periods.Count == starts.Count ? diagnostic.Message : $"{diagnostic.Message} (for as-of dates {string.Join("; ", periods)})";
            if (diagnostic.Severity == DiagnosticSeverity.Error)
            {
                diagnostics.Error(diagnostic.Code, message, diagnostic.Location);
            }
            else
            {
                diagnostics.Warning(diagnostic.Code, message, diagnostic.Location);
            }
        }
    }

    internal static void Analyze(TableSpec table, RuleBundle bundle, VariableCatalog catalog, DiagnosticBag diagnostics)
    {
        var report = new TableReport(table, diagnostics);
        var columns = table.Inputs.Select((input, i) => Column.For(input, i, catalog, bundle.Indicators)).ToList();
        var boxes = table.Rows.Select(r => new Box(r, [.. columns.Select(c => c.Cell(r.Tests[c.Index]))])).ToList();
        var reachable = Reachable(columns, boxes, report);
        if (table.HitPolicy == HitPolicy.Unique)
        {
            OverlapCheck.Run(columns, reachable, report);
        }
        else
        {
            PriorityCheck.Run(columns, reachable, bundle.Manifest, report);
        }

        GapCheck.Run(columns, reachable, report);
        RatioCheck.Run(report);
        report.Close();
    }

    private static List<Box> Reachable(IReadOnlyList<Column> columns, List<Box> boxes, TableReport report)
    {
        var reachable = new List<Box>(boxes.Count);
        foreach (var box in boxes)
        {
            var empty = box.EmptyColumn();
            if (empty < 0)
            {
                reachable.Add(box);
                continue;
            }

            var column = columns[empty];
            report.Warning(AnalysisCodes.Unreachable,
                $"row {box.Row.Id} can never match: its {column.Name} cell '{box.Row.Tests[empty].Text}' admits no value of "
                + $"{column.Name} ({RegionText.Domain(column)}); fix the cell or delete the row",
                box.Row.Location with { Column = column.Field });
        }

        return reachable;
    }
}
