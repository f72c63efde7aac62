using CsvHelper;

namespace Supervision.Rules.Bundle;

/// <summary>How the bundle's CSV files (decision tables, the tolerance list) are read: comma-separated, line numbers kept for diagnostics, and a malformed or ragged row an error, never skipped.</summary>
public static class StrictCsv
{
    /// <summary>Comma-separated, line numbers kept, malformed or ragged rows thrown.</summary>
    public static CsvReaderOptions Options { get; } = CsvReaderOptions.Default with
    {
        Separator = ',',
        TrackLineNumbers = true,
        FieldCountMismatch = CsvFieldCountHandling.Throw,
        MalformedData = CsvMalformedDataHandling.Throw,
    };
}
