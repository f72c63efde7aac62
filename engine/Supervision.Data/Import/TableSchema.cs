namespace Supervision.Data.Import;

/// <summary>How one kind of file is read: its columns, the mapping of a row, and the key that must be unique.</summary>
/// <typeparam name="T">Row type.</typeparam>
/// <param name="Columns">Columns read.</param>
/// <param name="Map">Maps the current row; its result is discarded when the context has errors.</param>
/// <param name="Key">Key of an accepted row; compared with <see cref="object.Equals(object?)"/> (tuples work).</param>
/// <param name="KeyColumn">Column cited for duplicates, or null for a key of several columns.</param>
/// <param name="KeyDescription">Words for the key in the duplicate message, e.g. "uscc".</param>
internal sealed record TableSchema<T>(
    IReadOnlyList<ColumnSpec> Columns,
    Func<RowContext, T> Map,
    Func<T, object> Key,
    ColumnSpec? KeyColumn,
    string KeyDescription);
