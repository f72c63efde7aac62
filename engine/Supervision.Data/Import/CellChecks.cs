using Supervision.Model.Text;

namespace Supervision.Data.Import;

/// <summary>
/// The checks every cell of a column an importer reads gets before it is mapped, in one place for every importer:
/// no control or bidirectional formatting character (<see cref="UnsafeCharacters"/>), no more than the column's
/// <see cref="ColumnSpec.MaxLength"/>, and for text no leading formula character.
/// </summary>
internal static class CellChecks
{
    /// <summary>Characters that make a spreadsheet read a cell as a formula (OWASP CSV injection).</summary>
    public const string FormulaStarts = "=+-@";

    /// <summary>Why the trimmed cell is refused, or null when it passes.</summary>
    public static string? Problem(ReadOnlySpan<char> cell, ColumnSpec column)
    {
        ArgumentNullException.ThrowIfNull(column);
        if (UnsafeCharacters.IndexOf(cell) is var at and >= 0)
        {
            return $"control or bidirectional formatting character {UnsafeCharacters.Describe(cell[at])} at character {at + 1} of the cell; "
                + "such characters are not allowed in any cell (they change what a terminal or an editor shows)";
        }

        if (cell.Length > column.MaxLength)
        {
            return $"the cell holds {cell.Length} characters, more than the column's limit of {column.MaxLength}";
        }

        return column.Form == CellForm.Text ? FormulaProblem(cell) : null;
    }

    /// <summary>Why a text value that starts like a formula is refused, or null.</summary>
    public static string? FormulaProblem(ReadOnlySpan<char> value)
        => value.Length > 0 && FormulaStarts.Contains(value[0], StringComparison.Ordinal)
            ? $"a text value may not start with '{value[0]}' (= + - @ make spreadsheets read the cell as a formula)"
            : null;
}
