using System.Globalization;
using Supervision.Rules.Diagnostics;

namespace Supervision.Rules.Tolerance;

/// <summary>The cells of one list row, read by column name; every bad cell becomes a diagnostic at its line and column.</summary>
internal sealed class ToleranceCells(string file, int line, string[] cells, DiagnosticBag diagnostics)
{
    public bool Ok { get; private set; } = true;

    public DiagnosticBag Diagnostics => diagnostics;

    public SourceLocation At(string column) => new(file, line, Index(column) + 1);

    public string Text(string column) => cells[Index(column)];

    public string Required(string column)
    {
        var text = Text(column);
        if (text.Length == 0)
        {
            Error("SV304", column, "a value is required (every row carries its violation, legal bases and education step)");
        }

        return text;
    }

    /// <summary>The ';'-separated values of a cell; '-' or empty is the empty list.</summary>
    public IReadOnlyList<string> List(string column)
        => Text(column) is "" or "-" ? [] : [.. Text(column).Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];

    public bool Boolean(string column)
    {
        switch (Text(column))
        {
            case "true":
                return true;
            case "false":
                return false;
            default:
                Error("SV306", column, $"'{Text(column)}' must be true or false");
                return false;
        }
    }

    public T? Choice<T>(string column, IReadOnlyDictionary<string, T> choices, bool allowNone)
        where T : struct
    {
        var text = Text(column);
        if (allowNone && text is "" or "-")
        {
            return null;
        }

        if (choices.TryGetValue(text, out var value))
        {
            return value;
        }

        Error("SV306", column, $"'{text}' is not one of: {string.Join(", ", choices.Keys)}{(allowNone ? ", -" : "")}");
        return null;
    }

    public decimal? Decimal(string column)
    {
        var text = Text(column);
        if (text is "" or "-")
        {
            return null;
        }

        if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) && value >= 0)
        {
            return value;
        }

        Error("SV307", column, $"'{text}' is not a number ≥ 0");
        return null;
    }

    public void Error(string code, string column, string message)
    {
        diagnostics.Error(code, $"row {cells[0]}, column {column}: {message}", At(column));
        Ok = false;
    }

    private static int Index(string column)
    {
        var index = ToleranceRowReader.Header.ToList().IndexOf(column);
        return index >= 0 ? index : throw new ArgumentOutOfRangeException(nameof(column), column, "not a tolerance list column");
    }
}
