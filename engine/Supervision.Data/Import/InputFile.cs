namespace Supervision.Data.Import;

/// <summary>
/// A CSV input to import: the path it is reported under and how to open it — the file itself, or the slice of it that
/// one chunk of a nightly run reads (<see cref="Slices.InputSliceSource"/>).
/// </summary>
/// <param name="Path">The file's path, as every issue reports it.</param>
/// <param name="Open">Opens the records to read; each call reads them afresh.</param>
public sealed record InputFile(string Path, Func<CsvTable> Open)
{
    /// <summary>
    /// Keys (of the importer's uniqueness check) already used on earlier lines of the file outside this slice, with
    /// their first line: a row repeating one is rejected as a duplicate, as in the whole file.
    /// </summary>
    public IReadOnlyDictionary<string, long>? EarlierKeys { get; init; }

    /// <summary>How many records the input holds at most, when known (a slice knows its lines): sizes the importer's tables.</summary>
    public int? RecordsAtMost { get; init; }

    public static InputFile FromPath(string path) => new(path, () => CsvTable.Open(path));
}
