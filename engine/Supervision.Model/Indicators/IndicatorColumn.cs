namespace Supervision.Model.Indicators;

/// <summary>How one indicator column of a wide indicator file is typed and bounded.</summary>
/// <param name="Name">Column header (the indicator name).</param>
/// <param name="Type">Value type.</param>
/// <param name="AllowedValues">For <see cref="IndicatorType.Enum"/>: the allowed values; otherwise empty.</param>
/// <param name="Min">Inclusive lower bound for numbers, or null.</param>
/// <param name="Max">Inclusive upper bound for numbers, or null.</param>
public sealed record IndicatorColumn(
    string Name,
    IndicatorType Type,
    IReadOnlyList<string> AllowedValues,
    double? Min,
    double? Max);
