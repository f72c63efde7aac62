using CsvHelper;

namespace Supervision.Data.Import;

/// <summary>
/// Writes CSV exports that analysts open in Excel: UTF-8 with a byte order mark (so Excel shows Chinese text),
/// and cells that start like a formula (= + - @, tab, CR) escaped with a leading apostrophe (OWASP CSV injection).
/// </summary>
public static class SafeCsvWriter
{
    public static CsvWriterOptions Options { get; } = CsvWriterOptions.Default with
    {
        Separator = ',',
        WriteByteOrderMark = true,
        Injection = CsvInjection.Escape,
    };

    /// <summary>The same, for numeric exports: a cell that is a plain number (such as -0.39) is written as it is, not escaped.</summary>
    public static CsvWriterOptions NumericOptions { get; } = Options with { Injection = CsvInjection.None };

    /// <param name="path">The file to write.</param>
    /// <param name="headers">The header row.</param>
    /// <param name="rows">The rows, each with as many cells as headers.</param>
    /// <param name="numbersAsIs">True for tables of measurements: negative numbers stay numbers; other formula-like cells are still escaped.</param>
    public static void Write(string path, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string?>> rows, bool numbersAsIs = false)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var stream = File.Create(path);
        Write(stream, headers, numbersAsIs ? rows.Select(EscapeText) : rows, numbersAsIs ? NumericOptions : Options);
    }

    /// <summary>Appends rows to an existing export (no header, no byte order mark), e.g. feedback rows to a copied input file.</summary>
    public static void Append(string path, IEnumerable<IReadOnlyList<string?>> rows)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(rows);
        using var stream = new FileStream(path, FileMode.Append, FileAccess.Write);
        using var writer = CsvWriter.Create(stream, Options with { WriteByteOrderMark = false }, leaveOpen: true);
        foreach (var row in rows)
        {
            WriteRecord(writer, row);
        }

        writer.Flush();
    }

    /// <summary>Writes rows only (no header, no byte order mark) to a stream positioned after existing records; left open.</summary>
    public static void Append(Stream stream, IEnumerable<IReadOnlyList<string?>> rows)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(rows);
        using var writer = CsvWriter.Create(stream, Options with { WriteByteOrderMark = false }, leaveOpen: true);
        foreach (var row in rows)
        {
            WriteRecord(writer, row);
        }

        writer.Flush();
    }

    /// <summary>Writes the header and the rows; the stream is left open.</summary>
    /// <exception cref="ArgumentException">A row has not as many cells as there are headers.</exception>
    public static void Write(Stream stream, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string?>> rows)
        => Write(stream, headers, rows, Options);

    /// <summary>Writes the header and the rows; the stream is left open.</summary>
    /// <param name="stream">The stream to write to.</param>
    /// <param name="headers">The header row.</param>
    /// <param name="rows">The rows, each with as many cells as headers.</param>
    /// <param name="numbersAsIs">True for tables of measurements: negative numbers stay numbers; other formula-like cells are still escaped.</param>
    /// <exception cref="ArgumentException">A row has not as many cells as there are headers.</exception>
    public static void Write(Stream stream, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string?>> rows, bool numbersAsIs)
    {
        ArgumentNullException.ThrowIfNull(rows);
        Write(stream, headers, numbersAsIs ? rows.Select(EscapeText) : rows, numbersAsIs ? NumericOptions : Options);
    }

    /// <summary>
    /// The same escape for a cell known to be text, whatever it looks like: a leading = + - @, tab or CR gets an apostrophe,
    /// so that a spreadsheet can never take it for a formula. Exports that know a column's kind (report tables) use this.
    /// </summary>
    internal static string EscapeFormula(string cell) => StartsLikeFormula(cell) ? "'" + cell : cell;

    private static void Write(Stream stream, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string?>> rows, CsvWriterOptions options)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentOutOfRangeException.ThrowIfZero(headers.Count);

        using var writer = CsvWriter.Create(stream, options, leaveOpen: true);
        WriteRecord(writer, headers);
        var number = 0;
        foreach (var row in rows)
        {
            number++;
            if (row.Count != headers.Count)
            {
                throw new ArgumentException($"Row {number} has {row.Count} cells, the header has {headers.Count}.", nameof(rows));
            }

            WriteRecord(writer, row);
        }

        writer.Flush();
    }

    private static bool StartsLikeFormula(string cell) => cell.Length > 0 && FormulaStarts.Contains(cell[0], StringComparison.Ordinal);

    /// <summary>The first characters that make Excel or WPS read a cell as a formula (OWASP CSV injection).</summary>
    private const string FormulaStarts = "=+-@\t\r";

    private static string?[] EscapeText(IReadOnlyList<string?> cells) => [.. cells.Select(cell =>
        cell is not null && StartsLikeFormula(cell)
            && !double.TryParse(cell, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _)
            ? "'" + cell
            : cell)];

    private static void WriteRecord(CsvWriter writer, IReadOnlyList<string?> cells)
    {
        foreach (var cell in cells)
        {
            writer.WriteField(cell);
        }

        writer.EndRecord();
    }
}
