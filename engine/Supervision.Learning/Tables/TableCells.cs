using System.Globalization;

namespace Supervision.Learning.Tables;

/// <summary>
/// How a feature table's cells are read, as R, pandas and spreadsheets write them: numbers in any invariant form
/// (<c>9e-05</c>, <c>-1.5</c>, <c>1.0</c>), booleans, dates as ISO dates or date-times, and the usual spellings of a
/// missing value, which is missing, never an error.
/// </summary>
public static class TableCells
{
    /// <summary>
    /// The spellings of a missing value besides the empty cell (case-insensitive). Infinite values (R's <c>Inf</c>,
    /// pandas' <c>inf</c>) are missing too: no learner can use them, and a row is not lost for one.
    /// </summary>
    public static readonly IReadOnlyList<string> MissingSpellings = ["NA", "N/A", "NaN", "null", "None", "#N/A", "Inf", "-Inf", "+Inf", "Infinity", "-Infinity"];

    private static readonly HashSet<string> Missing = new(MissingSpellings, StringComparer.OrdinalIgnoreCase);

    /// <summary>True when the trimmed cell says "no value".</summary>
    public static bool IsMissing(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        // Most cells are numbers: a leading digit or point rules every spelling out without a lookup.
        return text.Length == 0 || (!char.IsAsciiDigit(text[0]) && text[0] != '.' && text.Length <= 9 && Missing.Contains(text));
    }

    /// <summary>A finite number in invariant form (sign, decimal point, exponent), or a boolean as 1/0.</summary>
    public static bool TryNumber(string text, out double value)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value))
        {
            return true;
        }

        if (TryBoolean(text, out var flag))
        {
            value = flag ? 1 : 0;
            return true;
        }

        value = double.NaN;
        return false;
    }

    /// <summary>true/false, 1/0 (also 1.0/0.0), yes/no, y/n, t/f, 是/否 — case-insensitive.</summary>
    public static bool TryBoolean(string text, out bool value)
    {
        ArgumentNullException.ThrowIfNull(text);
        switch (text.ToLowerInvariant())
        {
            case "true" or "t" or "yes" or "y" or "1" or "是":
                value = true;
                return true;
            case "false" or "f" or "no" or "n" or "0" or "否":
                value = false;
                return true;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number is 0 or 1)
        {
            value = number == 1;
            return true;
        }

        value = false;
        return false;
    }

    /// <summary>
    /// yyyy-MM-dd, yyyy/MM/dd or yyyyMMdd, optionally followed by a time (<c>2015-03-12T00:00:00</c>,
    /// <c>2015-03-12 08:30:00</c>), whose date is taken. Day-first and month-first forms are refused: they are ambiguous.
    /// </summary>
    public static bool TryDate(string text, out DateOnly value)
    {
        ArgumentNullException.ThrowIfNull(text);
        var date = text.Length > 10 && (text[10] == 'T' || text[10] == ' ') ? text[..10] : text;
        if (date.Length != text.Length && !TimeIsValid(text[11..]))
        {
            value = default;
            return false;
        }

        return DateOnly.TryParseExact(date, ["yyyy-MM-dd", "yyyy/MM/dd", "yyyyMMdd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
    }

    private static bool TimeIsValid(string time)
        => DateTimeOffset.TryParse("2000-01-01T" + time, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _);
}
