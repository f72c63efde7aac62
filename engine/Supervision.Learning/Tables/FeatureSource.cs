using Supervision.Data.Import;

namespace Supervision.Learning.Tables;

/// <summary>Where one feature of a table row comes from: a numeric column, one value of a categorical column, its "other" slot, the history, the baseline.</summary>
internal sealed class FeatureSource
{
    private readonly FeatureSourceKind kind;
    private readonly string? value;
    private readonly IReadOnlySet<string>? known;

    private FeatureSource(FeatureSourceKind kind, string? column, string? value = null, IReadOnlySet<string>? known = null)
    {
        this.kind = kind;
        Column = column;
        this.value = value;
        this.known = known;
    }

    /// <summary>The column read, or null for the history and the baseline.</summary>
    public string? Column { get; }

    public static FeatureSource Derived { get; } = new(FeatureSourceKind.Derived, null);

    public static FeatureSource Baseline { get; } = new(FeatureSourceKind.Baseline, null);

    public static FeatureSource Number(string column) => new(FeatureSourceKind.Number, column);

    public static FeatureSource OneHot(string column, string value) => new(FeatureSourceKind.OneHot, column, value);

    public static FeatureSource Other(string column, IReadOnlySet<string> known) => new(FeatureSourceKind.Other, column, known: known);

    /// <summary>
    /// The feature's value in the row (NaN = missing); a cell that is not a number is an error of the row.
    /// <paramref name="cells"/> holds the row's trimmed text per column read, each column read once per row however
    /// many one-hot features it has.
    /// </summary>
    public float Value(RowContext row, IReadOnlyDictionary<string, ColumnSpec> specs, Dictionary<string, string> cells, double? baseline)
    {
        if (kind == FeatureSourceKind.Derived)
        {
            return float.NaN;
        }

        if (kind == FeatureSourceKind.Baseline)
        {
            return (float)(baseline ?? double.NaN);
        }

        if (!cells.TryGetValue(Column!, out var text))
        {
            text = row.Text(specs[Column!]);
            cells[Column!] = text;
        }

        if (TableCells.IsMissing(text))
        {
            return kind == FeatureSourceKind.Number ? float.NaN : 0f;
        }

        switch (kind)
        {
            case FeatureSourceKind.OneHot:
                return text == value ? 1f : 0f;
            case FeatureSourceKind.Other:
                return known!.Contains(text) ? 0f : 1f;
            default:
                if (TableCells.TryNumber(text, out var number))
                {
                    return (float)number;
                }

                row.Error(specs[Column!], "not a number (write numbers with '.' as the decimal point, exponents allowed; true/false or 1/0; empty or NA when missing)");
                return float.NaN;
        }
    }

    private enum FeatureSourceKind
    {
        Number,
        OneHot,
        Other,
        Derived,
        Baseline,
    }
}
