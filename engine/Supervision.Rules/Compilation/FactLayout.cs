using System.Globalization;
using Supervision.Model.Indicators;
using Supervision.Rules.Bundle;
using Supervision.Rules.Language;
using Supervision.Rules.Scoring;

namespace Supervision.Rules.Compilation;

/// <summary>
/// Builds <see cref="DecisionFact"/>s for a bundle: slots start at the schema's defaults (or missing), and
/// <see cref="Set(double[], string?[], string, object?)"/> writes a typed value into its slot.
/// </summary>
public sealed class FactLayout
{
    private readonly double[] _defaultNumbers;
    private readonly string?[] _defaultTexts;

    public FactLayout(VariableCatalog catalog, IEnumerable<IndicatorDefinition> indicators)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        Catalog = catalog;
        _defaultNumbers = Enumerable.Repeat(double.NaN, catalog.NumberSlots).ToArray();
        _defaultTexts = new string?[catalog.TextSlots];
        foreach (var indicator in indicators.Where(i => i.Default is not null))
        {
            var variable = catalog.Get(indicator.Name);
            if (variable.IsNumericSlot)
            {
                _defaultNumbers[variable.Slot] = ParseNumber(indicator.Type, indicator.Default!);
            }
            else
            {
                _defaultTexts[variable.Slot] = indicator.Default;
            }
        }
    }

    public VariableCatalog Catalog { get; }

    /// <summary>New slot arrays holding the defaults.</summary>
    public (double[] Numbers, string?[] Texts) NewSlots() => ((double[])_defaultNumbers.Clone(), (string?[])_defaultTexts.Clone());

    /// <summary>Writes a value; null leaves the default in place. Values are double, bool, DateOnly or string.</summary>
    public void Set(double[] numbers, string?[] texts, string name, object? value)
    {
        ArgumentNullException.ThrowIfNull(numbers);
        ArgumentNullException.ThrowIfNull(texts);
        if (value is null)
        {
            return;
        }

        var variable = Catalog.Get(name);
        if (variable.IsNumericSlot)
        {
            numbers[variable.Slot] = value switch
            {
                double d => d,
                int i => i,
                decimal m => (double)m,
                bool b => b ? 1 : 0,
                DateOnly date => date.DayNumber,
                _ => throw new ArgumentException($"{name} takes a number, not {value.GetType().Name}", nameof(value)),
            };
        }
        else
        {
            texts[variable.Slot] = value as string ?? throw new ArgumentException($"{name} takes text", nameof(value));
        }
    }

    /// <summary>Puts the schema's default (or missing) back into a slot.</summary>
    public void Reset(double[] numbers, string?[] texts, string name)
    {
        ArgumentNullException.ThrowIfNull(numbers);
        ArgumentNullException.ThrowIfNull(texts);
        var variable = Catalog.Get(name);
        if (variable.IsNumericSlot)
        {
            numbers[variable.Slot] = _defaultNumbers[variable.Slot];
        }
        else
        {
            texts[variable.Slot] = _defaultTexts[variable.Slot];
        }
    }

    /// <summary>Reads a slot back as text for explanations ("missing" when absent).</summary>
    public static string Format(Variable variable, DecisionFact fact)
    {
        ArgumentNullException.ThrowIfNull(variable);
        ArgumentNullException.ThrowIfNull(fact);
        if (!variable.IsNumericSlot)
        {
            return fact.Texts[variable.Slot] ?? "missing";
        }

        var value = fact.Numbers[variable.Slot];
        return double.IsNaN(value) ? "missing" : variable.Type switch
        {
            VariableType.Boolean => value != 0 ? "true" : "false",
            VariableType.Date => DateOnly.FromDayNumber((int)value).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            _ => value.ToString("0.####", CultureInfo.InvariantCulture),
        };
    }

    private static double ParseNumber(IndicatorType type, string text) => type switch
    {
        IndicatorType.Boolean => text == "true" ? 1 : 0,
        IndicatorType.Date => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture).DayNumber,
        _ => double.Parse(text, CultureInfo.InvariantCulture),
    };
}
