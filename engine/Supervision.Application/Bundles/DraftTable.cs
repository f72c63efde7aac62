namespace Supervision.Application.Bundles;

/// <summary>A CSV file of a change draft as a grid.</summary>
/// <param name="File">Relative to the bundle directory.</param>
/// <param name="Header">The header's cells (column order is the file's, and is kept).</param>
/// <param name="Rows">The data rows' cells.</param>
public sealed record DraftTable(string File, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows);
