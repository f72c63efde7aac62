using System.Globalization;
using Supervision.Data.Import;

namespace Supervision.Data.Exports;

/// <summary>
/// Writes a report table as CSV through <see cref="SafeCsvWriter"/>: UTF-8 with a byte order mark (Excel then shows the
/// Chinese headers), records ended by CRLF, fields quoted as RFC 4180 needs.
/// </summary>
/// <remarks>
/// The column kind decides the escaping, as in <see cref="XlsxExport"/>: every text cell starting with = + - @, tab or CR
/// gets a leading apostrophe (so text "-2" is written '-2), while number cells are never escaped, so -0.39 stays a number.
/// Numbers use the invariant culture: integers as digits, doubles in their shortest round-trip form (0.1, not
/// 0.1000000000000000055), decimals as they are; percents as the fraction rounded to at most 4 decimals (0.25 for 25 %, 0.1235 for
/// 12.345 %), not "25%", so that a spreadsheet or a script reads them as numbers; dates as yyyy-MM-dd; null as an
/// empty field. Stateless and thread-safe; the rows are enumerated once and never held.
/// </remarks>
public static class CsvExport
{
    /// <summary>Writes the header and the rows; the stream is left open.</summary>
    /// <exception cref="ArgumentException">The table has no columns, a row has the wrong number of cells, or a cell does not fit its column.</exception>
    public static void Write(Stream stream, ReportTable table)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(table.Columns);
        ArgumentNullException.ThrowIfNull(table.Rows);
        if (table.Columns.Count == 0)
        {
            throw new ArgumentException($"Table '{table.Title}' has no columns.", nameof(table));
        }

        var headers = table.Columns.Select(c => SafeCsvWriter.EscapeFormula(c.Header ?? string.Empty)).ToArray();
        SafeCsvWriter.Write(stream, headers, Lines(table), numbersAsIs: true);
    }

    private static IEnumerable<IReadOnlyList<string?>> Lines(ReportTable table)
    {
        var cells = new object?[table.Columns.Count];
        long number = 0;
        foreach (var row in table.Rows)
        {
            ReportCells.Canonicalise(table, row, ++number, cells);
            var fields = new string?[cells.Length];
            for (var i = 0; i < cells.Length; i++)
            {
                fields[i] = Field(table.Columns[i].Kind, cells[i]);
            }

            yield return fields;
        }
    }

    /// <summary>The text of a canonical cell (text cells are already escaped by <see cref="ReportCells"/>).</summary>
    private static string? Field(ReportCellKind kind, object? cell) => cell switch
    {
        null => null,
        string text => text,
        DateOnly date => ReportCells.IsoDate(date),
        long number => number.ToString(CultureInfo.InvariantCulture),
        double number when kind == ReportCellKind.Percent => Fraction(Math.Round(number, 4, MidpointRounding.AwayFromZero)),
        decimal number when kind == ReportCellKind.Percent => Fraction((double)Math.Round(number, 4, MidpointRounding.AwayFromZero)),
        double number => number.ToString(CultureInfo.InvariantCulture),
        decimal number => number.ToString(CultureInfo.InvariantCulture),
        _ => Convert.ToString(cell, CultureInfo.InvariantCulture),
    };

    /// <summary>At most 4 decimals, no trailing zeros, and never "-0".</summary>
    private static string Fraction(double rounded) => rounded == 0 ? "0" : rounded.ToString("0.####", CultureInfo.InvariantCulture);
}
