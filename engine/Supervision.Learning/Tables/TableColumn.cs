namespace Supervision.Learning.Tables;

/// <summary>One column of a feature table and what the reader made of it, for the report printed to the user.</summary>
/// <param name="Name">The column's header.</param>
/// <param name="Kind">Its role or feature kind.</param>
/// <param name="Detail">Why, in a few words (e.g. "12 categories + other; 3 rare values in other").</param>
public sealed record TableColumn(string Name, TableColumnKind Kind, string Detail);
