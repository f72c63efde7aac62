using Supervision.Model.Indicators;
using Supervision.Rules.Diagnostics;

namespace Supervision.Rules.Bundle;

/// <summary>One entry of indicators.yaml.</summary>
/// <param name="Name">Identifier used in conditions.</param>
/// <param name="Type">Value type.</param>
/// <param name="Values">Allowed values for enums.</param>
/// <param name="Min">Inclusive lower bound for numbers.</param>
/// <param name="Max">Inclusive upper bound for numbers.</param>
/// <param name="Default">Value used when the data has none, as written in the schema; null = no default.</param>
/// <param name="Description">Plain-language meaning.</param>
/// <param name="Source">File the value is read from, when it is not derived.</param>
/// <param name="Derive">Aggregation over event records, when derived.</param>
/// <param name="Location">Where the entry is declared.</param>
public sealed record IndicatorDefinition(
    string Name,
    IndicatorType Type,
    IReadOnlyList<string> Values,
    double? Min,
    double? Max,
    string? Default,
    string Description,
    string? Source,
    DeriveSpec? Derive,
    SourceLocation Location)
{
    public IndicatorColumn ToColumn() => new(Name, Type, Values, Min, Max, Default);
}
