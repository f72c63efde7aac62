namespace Supervision.Data.Import;

/// <summary>What a column holds, for the checks every cell gets before its importer reads it.</summary>
public enum CellForm
{
    /// <summary>
    /// Text that may reach a CSV written for people (names, codes, lists, dates, choices): a value that starts like a
    /// spreadsheet formula (= + - @) is refused, so that no export nor the draw's population snapshot holds one.
    /// </summary>
    Text,

    /// <summary>A number: a leading sign is allowed.</summary>
    Number,
}
