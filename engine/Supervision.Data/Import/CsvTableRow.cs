namespace Supervision.Data.Import;

/// <summary>One record of a CSV file: its fields, or why it cannot be read.</summary>
/// <param name="Line">1-based physical line where the record starts.</param>
/// <param name="Fields">Untrimmed field values; empty when <paramref name="MalformedReason"/> is set.</param>
/// <param name="MalformedReason">Why the record is malformed (or in another encoding than its file), or null.</param>
/// <param name="MalformedColumn">The header of the column where the problem is, when known.</param>
public readonly record struct CsvTableRow(long Line, string[] Fields, string? MalformedReason, string? MalformedColumn = null);
