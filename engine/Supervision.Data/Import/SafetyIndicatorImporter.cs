using System.Globalization;
using Supervision.Model.Indicators;

namespace Supervision.Data.Import;

/// <summary>
/// Imports the wide safety indicator file (safety-indicators.csv): a uscc column and one column per indicator
/// declared by the rule bundle's schema, keyed by uscc.
/// </summary>
internal static class SafetyIndicatorImporter
{
    public static readonly ColumnSpec Uscc = new("uscc", "统一社会信用代码");

    /// <param name="path">The file.</param>
    /// <param name="columns">Declared indicator columns; the values of each row follow their order.</param>
    /// <param name="knownEnterprises">USCCs of the registry; rows of other enterprises are rejected. Null to skip the check.</param>
    /// <param name="otherColumns">Further columns the file may have that are not read (no "unknown column" warning).</param>
    /// <exception cref="ArgumentException">Two declared columns have the same name, or one is named like the uscc column.</exception>
    public static ImportResult<IndicatorRow> Import(
        string path, IReadOnlyList<IndicatorColumn> columns, IReadOnlySet<string>? knownEnterprises = null, IReadOnlyList<string>? otherColumns = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return Import(InputFile.FromPath(path), columns, knownEnterprises, otherColumns);
    }

    /// <summary>Imports the file or a slice of it; see the other overload.</summary>
    public static ImportResult<IndicatorRow> Import(
        InputFile file, IReadOnlyList<IndicatorColumn> columns, IReadOnlySet<string>? knownEnterprises = null, IReadOnlyList<string>? otherColumns = null)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(columns);

        var specs = columns.Select(Spec).ToArray();
        var clash = specs.FirstOrDefault(s => Uscc.Matches(s.Name))
            ?? specs.GroupBy(s => s.Name.Trim(), StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1)?.First();
        if (clash is not null)
        {
            throw new ArgumentException($"Indicator column '{clash.Name}' is declared twice or clashes with the uscc column.", nameof(columns));
        }

        var schema = new TableSchema<IndicatorRow, string>(
            [Uscc, .. specs, .. (otherColumns ?? []).Select(name => new ColumnSpec(name, null, ColumnPresence.Optional, ColumnSpec.SentenceMaxLength, CellForm.Number))],
            row => Map(row, columns, specs),
            indicators => indicators.Uscc,
            Uscc,
            "uscc");
        return TableImporter.Import(file, schema, knownEnterprises);
    }

    // Numbers may be negative; other indicator values may reach an export as text.
    private static CellForm IndicatorForm(IndicatorType type)
        => type is IndicatorType.Number or IndicatorType.Integer ? CellForm.Number : CellForm.Text;

    // A missing column is not a column of empty cells: every enterprise would silently read the same value. Without a
    // declared default that value would be "missing", so the file is refused; with one, every row takes the default
    // and the report says which.
    private static ColumnSpec Spec(IndicatorColumn column)
        => column.Default is null
            ? new ColumnSpec(column.Name, null, ColumnPresence.Required, ColumnSpec.SentenceMaxLength, IndicatorForm(column.Type),
                $"indicator '{column.Name}' declares no default in indicators.yaml, so no row can be scored: every row of the file is rejected")
            : new ColumnSpec(column.Name, null, ColumnPresence.Expected, ColumnSpec.SentenceMaxLength, IndicatorForm(column.Type),
                $"every row takes the default {column.Default} that indicators.yaml declares for '{column.Name}'");

    private static IndicatorRow Map(RowContext row, IReadOnlyList<IndicatorColumn> columns, ColumnSpec[] specs)
    {
        var uscc = row.RequiredUscc(Uscc);
        var values = new object?[columns.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = row.OptionalText(specs[i]) is { } text ? Parse(row, specs[i], columns[i], text) : null;
        }

        return new IndicatorRow(uscc, values);
    }

    private static object? Parse(RowContext row, ColumnSpec spec, IndicatorColumn column, string text)
    {
        switch (column.Type)
        {
            case IndicatorType.Number or IndicatorType.Integer:
                return ParseNumber(row, spec, column, text) is { } number ? Box(number) : null;
            case IndicatorType.Boolean when CellParsers.TryParseBoolean(text, out var flag):
                return Box(flag ? 1.0 : 0.0);
            case IndicatorType.Boolean:
                row.Error(spec, CellParsers.NotABoolean);
                return null;
            case IndicatorType.Date when CellParsers.TryParseDate(text, out var date):
                return date;
            case IndicatorType.Date:
                row.Error(spec, CellParsers.NotADate);
                return null;
            case IndicatorType.Enum:
                var allowed = Allowed(column, text);
                if (allowed is null)
                {
                    row.Error(spec, $"not one of the allowed values: {string.Join(", ", column.AllowedValues)}");
                }

                return allowed;
            default:
                return text;
        }
    }

    // A loop, not FirstOrDefault with a lambda: a lambda capturing `text` would make Parse allocate a closure for every
    // cell it parses, numbers included (seventeen million on a million-enterprise night).
    private static string? Allowed(IndicatorColumn column, string text)
    {
        var values = column.AllowedValues;
        for (var i = 0; i < values.Count; i++)
        {
            if (string.Equals(values[i], text, StringComparison.Ordinal))
            {
                return values[i];
            }
        }

        return null;
    }

    // Most indicator values are small whole numbers (counts, flags, levels): one shared box each instead of a box per
    // cell keeps a million rows of seventeen values from costing a million times seventeen objects. Boxes are immutable.
    private static readonly object[] SmallNumbers = [.. Enumerable.Range(0, 1024).Select(n => (object)(double)n)];

    private static object Box(double number)
        => number >= 0 && number < SmallNumbers.Length && number == Math.Truncate(number) && !double.IsNegative(number)
            ? SmallNumbers[(int)number]
            : number;

    private static double? ParseNumber(RowContext row, ColumnSpec spec, IndicatorColumn column, string text)
    {
        if (!CellParsers.TryParseNumber(text, out var number))
        {
            row.Error(spec, "not a finite number (use '.' as the decimal point, no thousands separator or exponent; NaN and infinities are refused)");
            return null;
        }

        if (column.Type == IndicatorType.Integer && number != Math.Truncate(number))
        {
            row.Error(spec, "not a whole number");
            return null;
        }

        if (column.Type == IndicatorType.Integer && Math.Abs(number) > NumericLimits.MaxExactInteger)
        {
            row.Error(spec, string.Create(CultureInfo.InvariantCulture,
                $"{text} is too large a whole number to be held exactly (at most {NumericLimits.MaxExactInteger} in magnitude)"));
            return null;
        }

        if (column.Min is { } min && number < min)
        {
            row.Error(spec, string.Create(CultureInfo.InvariantCulture, $"{text} is below the minimum {min} (indicators.yaml declares {Range(column)})"));
            return null;
        }

        if (column.Max is { } max && number > max)
        {
            row.Error(spec, string.Create(CultureInfo.InvariantCulture, $"{text} is above the maximum {max} (indicators.yaml declares {Range(column)})"));
            return null;
        }

        return number;
    }

    private static string Range(IndicatorColumn column)
        => string.Create(CultureInfo.InvariantCulture, $"[{column.Min?.ToString(CultureInfo.InvariantCulture) ?? "-∞"}..{column.Max?.ToString(CultureInfo.InvariantCulture) ?? "+∞"}]");
}
