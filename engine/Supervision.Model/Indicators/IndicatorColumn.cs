namespace Supervision.Model.Indicators;

/// <summary>How one indicator column of a wide indicator file is typed and bounded.</summary>
/// <param name="Name">Column header (the indicator name).</param>
/// <param name="Type">Value type.</param>
/// <param name="AllowedValues">For <see cref="IndicatorType.Enum"/>: the allowed values; otherwise empty.</param>
/// <param name="Min">Inclusive lower bound for numbers, or null.</param>
/// <param name="Max">Inclusive upper bound for numbers, or null.</param>
/// <param name="Default">
/// The schema's default as written, or null. A file without the column is refused when there is none (every row would
/// read as missing); with one, the file is read and warned that every row takes it.
/// </param>
public sealed record IndicatorColumn(
    string Name,
    IndicatorType Type,
    IReadOnlyList<string> AllowedValues,
    double? Min,
    double? Max,
    string? Default = null);
