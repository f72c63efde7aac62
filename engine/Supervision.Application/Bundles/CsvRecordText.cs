namespace Supervision.Application.Bundles;

/// <summary>One record of a CSV file as written: its cells and its exact text (without the line break).</summary>
/// <param name="Cells">The cells, unquoted.</param>
/// <param name="Raw">The record's text in the file, kept so that a row left alone is written back byte for byte.</param>
public sealed record CsvRecordText(IReadOnlyList<string> Cells, string Raw);
