namespace Supervision.Data.Import;

/// <summary>A problem CsvHelper found at a physical line, in words for the import report.</summary>
public readonly record struct CsvProblem(long Line, string Reason);
