namespace Supervision.Data.Import;

/// <summary>One record of a CSV file: its fields, or why CsvHelper could not split it.</summary>
/// <param name="Line">1-based physical line where the record starts.</param>
/// <param name="Fields">Untrimmed field values; empty when <paramref name="MalformedReason"/> is set.</param>
/// <param name="MalformedReason">Why the record is malformed, or null.</param>
internal readonly record struct CsvTableRow(long Line, string[] Fields, string? MalformedReason);
