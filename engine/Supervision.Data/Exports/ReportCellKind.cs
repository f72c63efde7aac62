namespace Supervision.Data.Exports;

/// <summary>
/// What a report column holds, which decides how a cell is written: the kind, not the value's runtime type, decides
/// whether a cell is text (and so escaped against formula injection) or a number, so that "-2" in a text column can
/// never turn into a number or a formula and -2 in a number column stays a number.
/// </summary>
public enum ReportCellKind
{
    /// <summary>Text, written as a string cell; a leading = + - @, tab or CR gets an apostrophe.</summary>
    Text,

    /// <summary>A whole number (int or long, or an integral decimal or double).</summary>
    Integer,

    /// <summary>A number (double, decimal or an integer), written as it is.</summary>
    Decimal,

    /// <summary>A fraction (0.25 is 25 %): a numeric cell with a percent format in xlsx, the fraction in CSV.</summary>
    Percent,

    /// <summary>A calendar date (<see cref="DateOnly"/>, or the date of a <see cref="DateTime"/>).</summary>
    Date,
}
