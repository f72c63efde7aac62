namespace Supervision.Data.Import;

/// <summary>How one kind of file is read: its columns, the mapping of a row, and the key that must be unique.</summary>
/// <typeparam name="T">Row type.</typeparam>
/// <typeparam name="TKey">
/// Key type, compared with its default equality (tuples work). Typed rather than <see cref="object"/>: a boxed key per
/// row was five million small objects a night for the credit records alone, held until their import ended.
/// </typeparam>
/// <param name="Columns">Columns read.</param>
/// <param name="Map">Maps the current row; its result is discarded when the context has errors.</param>
/// <param name="Key">Key of an accepted row.</param>
/// <param name="KeyColumn">Column cited for duplicates, or null for a key of several columns.</param>
/// <param name="KeyDescription">Words for the key in the duplicate message, e.g. "uscc".</param>
public sealed record TableSchema<T, TKey>(
    IReadOnlyList<ColumnSpec> Columns,
    Func<RowContext, T> Map,
    Func<T, TKey> Key,
    ColumnSpec? KeyColumn,
    string KeyDescription)
    where TKey : notnull;
