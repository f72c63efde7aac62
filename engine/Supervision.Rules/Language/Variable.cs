using Supervision.Model.Indicators;

namespace Supervision.Rules.Language;

/// <summary>A name a condition or table column can read: an indicator or a pipeline output.</summary>
/// <param name="Name">Identifier.</param>
/// <param name="Declared">Declared indicator type (integer and enum keep their distinction for checks).</param>
/// <param name="Values">Allowed values of enums.</param>
/// <param name="AvailableFrom">First phase that can read it.</param>
/// <param name="Slot">Index in <c>DecisionFact.Numbers</c> (number, boolean, date) or <c>DecisionFact.Texts</c> (text, enum).</param>
/// <param name="Description">Plain-language meaning, for explanations.</param>
/// <param name="Min">Inclusive lower bound of a number (declared in indicators.yaml, or the score's scale), or null.</param>
/// <param name="Max">Inclusive upper bound of a number, or null.</param>
public sealed record Variable(
    string Name,
    IndicatorType Declared,
    IReadOnlyList<string> Values,
    int AvailableFrom,
    int Slot,
    string Description,
    double? Min = null,
    double? Max = null)
{
    public VariableType Type => Declared switch
    {
        IndicatorType.Number or IndicatorType.Integer => VariableType.Number,
        IndicatorType.Boolean => VariableType.Boolean,
        IndicatorType.Date => VariableType.Date,
        _ => VariableType.Text,
    };

    public bool IsNumericSlot => Type is VariableType.Number or VariableType.Boolean or VariableType.Date;
}
