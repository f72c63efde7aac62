namespace Supervision.Data.Exports;

/// <summary>One column of a report table.</summary>
/// <param name="Header">The display header analysts read, in Chinese (such as 统一社会信用代码).</param>
/// <param name="Kind">What the column holds; it decides the cell type and the escaping.</param>
public sealed record ReportColumn(string Header, ReportCellKind Kind);
