namespace Supervision.Data.Import;

/// <summary>Whether a column must appear in the header of a file.</summary>
public enum ColumnPresence
{
    /// <summary>Absent: a file-level error that rejects every row.</summary>
    Required,

    /// <summary>Absent: every value of the column reads as empty.</summary>
    Optional,

    /// <summary>Absent: every value reads as empty, and the file gets a warning.</summary>
    Expected,
}
