namespace Supervision.Data.Exports;

/// <summary>A table to export: one worksheet of a workbook, or one CSV file.</summary>
/// <param name="Title">The worksheet name (sanitised to Excel's rules when written).</param>
/// <param name="Columns">The columns, in order.</param>
/// <param name="Rows">
/// The rows, each with one cell per column: string, int or long, double, decimal, <see cref="DateOnly"/> or null.
/// A percent cell holds a fraction (0.25 is 25 %).
/// </param>
/// <remarks>
/// <see cref="Rows"/> is enumerated once, lazily, while the export is written, so it may stream a million rows
/// from a database cursor; the exporters never hold more than one row.
/// </remarks>
public sealed record ReportTable(string Title, IReadOnlyList<ReportColumn> Columns, IEnumerable<IReadOnlyList<object?>> Rows);
