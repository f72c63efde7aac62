namespace Supervision.Data.Import;

/// <summary>One accepted row of the safety indicator file.</summary>
/// <param name="Uscc">The enterprise.</param>
/// <param name="Values">
/// One value per declared indicator column, in the order of the declaration: <see cref="double"/> for numbers,
/// integers and booleans (1 or 0), <see cref="DateOnly"/> for dates, <see cref="string"/> for text and enums;
/// null when the cell is empty or the column is absent from the file.
/// </param>
internal sealed record IndicatorRow(string Uscc, object?[] Values);
