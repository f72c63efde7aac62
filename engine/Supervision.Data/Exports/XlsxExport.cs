using System.Globalization;
using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;

namespace Supervision.Data.Exports;

/// <summary>
/// Writes report tables as an Excel workbook (.xlsx), one worksheet per table, with MiniExcel, streaming: rows go from
/// the table's enumerable into the zip entry as they are read, so a million-row table never sits in memory.
/// </summary>
/// <remarks>
/// <para>
/// Cells: text is a string cell (never a formula; a leading = + - @, tab or CR gets an apostrophe, as in
/// <see cref="Import.SafeCsvWriter"/>); integers and decimals are numeric cells in the General format; percents are
/// numeric fractions shown with the format 0.00%; dates are real date cells (Excel serial numbers) shown as yyyy-mm-dd,
/// except dates before 1900, which Excel cannot hold and which are written as ISO yyyy-MM-dd text. Null is an empty cell.
/// Doubles that are NaN or infinite are empty cells (a spreadsheet has no such numbers).
/// </para>
/// <para>
/// MiniExcel writes a character beyond the BMP (a surrogate pair, such as the CJK Extension B characters in some
/// enterprise names) as the two ECMA-376 escapes _xD840__xDC00_, and a literal "_x0041_" as "_x005F_x0041_"; Excel
/// decodes both back to the original text, while a raw XML or openpyxl reader sees the escapes.
/// </para>
/// <para>
/// MiniExcel is run with FastMode off: fast mode opens the zip in update mode, which keeps every entry in memory until
/// the end. The target stream therefore needs no seeking, but it receives a few synchronous writes when the zip is
/// closed; for an HTTP response, write to a temporary file first or allow synchronous IO.
/// Stateless and thread-safe; each call enumerates each table's rows once.
/// </para>
/// </remarks>
public static class XlsxExport
{
    /// <summary>The Excel format of percent cells (a fraction of 0.25 shows as 25.00%).</summary>
    public const string PercentFormat = "0.00%";

    /// <summary>The Excel format of date cells: ISO order, whatever the reader's locale.</summary>
    public const string DateFormat = "yyyy-mm-dd";

    private static readonly DateOnly FirstExcelDate = new(1900, 1, 1);

    /// <summary>Writes the workbook; the stream is left open.</summary>
    /// <param name="stream">Where the .xlsx goes; it need not be seekable.</param>
    /// <param name="sheets">The tables, one worksheet each, in order; their titles become sheet names (sanitised, made unique).</param>
    /// <param name="cancellationToken">Checked before each row.</param>
    /// <exception cref="ArgumentException">A table has no columns, a row has the wrong number of cells, or a cell does not fit its column.</exception>
    public static async Task WriteAsync(Stream stream, IReadOnlyList<ReportTable> sheets, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sheets);
        ArgumentOutOfRangeException.ThrowIfZero(sheets.Count);
        foreach (var table in sheets)
        {
            ArgumentNullException.ThrowIfNull(table, nameof(sheets));
            ArgumentNullException.ThrowIfNull(table.Columns, nameof(sheets));
            ArgumentNullException.ThrowIfNull(table.Rows, nameof(sheets));
            if (table.Columns.Count == 0)
            {
                throw new ArgumentException($"Table '{table.Title}' has no columns.", nameof(sheets));
            }
        }

        var names = SheetNames.For(sheets.Select(s => s.Title));
        var readers = sheets.Select((table, i) => new ReportTableReader(table, i, ToExcelCell, cancellationToken)).ToList();
        try
        {
            // Insertion order is the sheet order: MiniExcel enumerates the dictionary.
            var workbook = new Dictionary<string, object>(StringComparer.Ordinal);
            for (var i = 0; i < readers.Count; i++)
            {
                workbook.Add(names[i], readers[i]);
            }

            await stream.SaveAsAsync(workbook, printHeader: true, excelType: ExcelType.XLSX,
                configuration: Configuration(sheets), cancellationToken: cancellationToken);
        }
        finally
        {
            foreach (var reader in readers)
            {
                await reader.DisposeAsync();
            }
        }
    }

    private static OpenXmlConfiguration Configuration(IReadOnlyList<ReportTable> sheets) => new()
    {
        FastMode = false,
        EnableAutoWidth = false,
        // Any other culture makes MiniExcel write numbers and dates as text.
        Culture = CultureInfo.InvariantCulture,
        EnableWriteNullValueCell = true,
        EnableConvertByteArray = false,
        AutoFilter = true,
        DynamicColumns = [.. sheets.SelectMany((table, sheet) => table.Columns.Select((column, i) => Column(sheet, i, column)))],
    };

    private static DynamicExcelColumn Column(int sheet, int index, ReportColumn column) => new(ReportTableReader.Key(sheet, index))
    {
        Name = SafeHeader(column.Header),
        // Value, never Formula: MiniExcel writes <f> only for a column typed Formula, so no cell can become one.
        Type = ColumnType.Value,
        Width = column.Kind switch
        {
            ReportCellKind.Text => Math.Clamp(WidthOf(column.Header), 12, 40),
            _ => Math.Max(12, WidthOf(column.Header)),
        },
        Format = column.Kind switch
        {
            ReportCellKind.Percent => PercentFormat,
            ReportCellKind.Date => DateFormat,
            _ => null,
        },
    };

    private static string SafeHeader(string? header) => Import.SafeCsvWriter.EscapeFormula(header ?? string.Empty);

    /// <summary>Column width in Excel's character units: a CJK character is about two.</summary>
    private static double WidthOf(string? header) => 2 + (header ?? string.Empty).Sum(c => c > 0x2E80 ? 2.2 : 1.1);

    /// <summary>The last step before MiniExcel: a date Excel cannot hold becomes ISO text.</summary>
    private static object? ToExcelCell(object? cell) => cell is DateOnly date && date < FirstExcelDate ? ReportCells.IsoDate(date) : cell;
}
