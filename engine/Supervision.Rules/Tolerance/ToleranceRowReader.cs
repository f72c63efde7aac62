using CsvHelper;
using Supervision.Rules.Bundle;
using Supervision.Rules.Diagnostics;

namespace Supervision.Rules.Tolerance;

/// <summary>Reads the rows of the tolerance list CSV, one diagnostic per bad cell at its line and column.</summary>
internal static class ToleranceRowReader
{
    public static readonly IReadOnlyList<string> Header =
    [
        "item_no", "violation_code", "violation", "department", "penalty_basis", "exemption_basis", "outcome", "mandatory",
        "first_violation", "max_harm", "corrected", "quantity_max", "quantity_unit", "exclusions", "education", "follow_up",
        "counts_as_violation", "industries", "valid_from", "valid_to",
    ];

    public static IReadOnlyList<ToleranceItem> Read(string path, string file, ToleranceSettings settings, DiagnosticBag diagnostics)
    {
        var items = new List<ToleranceItem>();
        if (!File.Exists(path))
        {
            diagnostics.Error("SV300", $"the tolerance list {file} does not exist", SourceLocation.FileOnly(file));
            return items;
        }

        try
        {
            using var reader = CsvReader.FromFile(path, StrictCsv.Options);
            var headers = reader.Headers.Select(h => h.Trim().TrimStart('\uFEFF')).ToList();
            if (!headers.SequenceEqual(Header, StringComparer.Ordinal))
            {
                diagnostics.Error("SV302", $"header must be: {string.Join(",", Header)}", new SourceLocation(file, 1, 1));
                return items;
            }

            var firstLine = new Dictionary<string, int>(StringComparer.Ordinal);
            while (reader.Read())
            {
                var line = (int)reader.LineNumber;
                var cells = Enumerable.Range(0, Header.Count).Select(i => reader.GetString(i).Trim()).ToArray();
                var row = new ToleranceCells(file, line, cells, diagnostics);
                if (ToleranceItemParser.Parse(row, settings) is not { } item)
                {
                    continue;
                }

                if (firstLine.TryGetValue(item.ItemNo, out var first))
                {
                    diagnostics.Error("SV305", $"item_no {item.ItemNo} is used twice (first on line {first})", new SourceLocation(file, line, 1));
                    continue;
                }

                firstLine.Add(item.ItemNo, line);
                items.Add(item);
            }
        }
        catch (CsvFormatException e)
        {
            diagnostics.Error("SV303", $"malformed CSV: {e.Message}", new SourceLocation(file, (int)e.LineNumber, 0));
        }

        return items;
    }
}
