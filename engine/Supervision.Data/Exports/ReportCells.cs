using System.Globalization;
using Supervision.Data.Import;

namespace Supervision.Data.Exports;

/// <summary>
/// Brings a cell to the one value its column's kind allows, for both the xlsx and the CSV export: escaped string (Text),
/// long (Integer), double or decimal (Decimal, Percent), <see cref="DateOnly"/> (Date), or null.
/// </summary>
/// <remarks>
/// A value that does not fit its column (text in a number column, a fraction in an integer column) is a bug in the
/// query that feeds the report, so it throws with the table, row and column rather than writing a wrong cell.
/// Non-finite doubles (NaN, infinities) become empty cells: a spreadsheet cannot hold them as numbers, and a
/// ratio over nothing reads best as blank.
/// </remarks>
internal static class ReportCells
{
    /// <summary>Fills <paramref name="cells"/> with the canonical values of <paramref name="row"/>.</summary>
    /// <exception cref="ArgumentException">The row has the wrong number of cells, or a cell does not fit its column.</exception>
    public static void Canonicalise(ReportTable table, IReadOnlyList<object?> row, long rowNumber, object?[] cells)
    {
        if (row is null || row.Count != table.Columns.Count)
        {
            throw new ArgumentException(
                $"Table '{table.Title}', row {rowNumber}: {row?.Count ?? 0} cells, but {table.Columns.Count} columns.", nameof(row));
        }

        for (var i = 0; i < cells.Length; i++)
        {
            var column = table.Columns[i];
            var cell = Canonical(column.Kind, row[i]);
            cells[i] = ReferenceEquals(cell, Misfit)
                ? throw new ArgumentException(
                    $"Table '{table.Title}', row {rowNumber}, column '{column.Header}': {row[i]} ({row[i]!.GetType().Name}) does not fit a {column.Kind} column.",
                    nameof(row))
                : cell;
        }
    }

    /// <summary>Returned for a value that does not fit its column; null means an empty cell.</summary>
    private static readonly object Misfit = new();

    /// <summary>The canonical value, null for an empty cell, or <see cref="Misfit"/>.</summary>
    private static object? Canonical(ReportCellKind kind, object? value) => value switch
    {
        null or DBNull => null,
        _ => kind switch
        {
            ReportCellKind.Text => Text(value),
            ReportCellKind.Integer => Integer(value),
            ReportCellKind.Decimal or ReportCellKind.Percent => Number(value),
            ReportCellKind.Date => Date(value),
            _ => Misfit,
        },
    };

    private static string Text(object value) => SafeCsvWriter.EscapeFormula(value switch
    {
        string text => text,
        DateOnly date => IsoDate(date),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    });

    private static object? Integer(object value) => value switch
    {
        long number => number,
        int number => (long)number,
        short number => (long)number,
        byte number => (long)number,
        decimal number when decimal.Truncate(number) == number && number is >= long.MinValue and <= long.MaxValue => (long)number,
        double number when double.IsFinite(number) && Math.Truncate(number) == number && Math.Abs(number) < 9.2e18 => (long)number,
        double number when !double.IsFinite(number) => null,
        _ => Misfit,
    };

    private static object? Number(object value) => value switch
    {
        double number => double.IsFinite(number) ? number : null,
        decimal number => number,
        float number => float.IsFinite(number) ? (double)number : null,
        long number => (decimal)number,
        int number => (decimal)number,
        short number => (decimal)number,
        byte number => (decimal)number,
        _ => Misfit,
    };

    private static object? Date(object value) => value switch
    {
        DateOnly date => date,
        DateTime dateTime => DateOnly.FromDateTime(dateTime),
        _ => Misfit,
    };

    /// <summary>ISO 8601, the one date form that reads the same in every locale.</summary>
    public static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
