using System.Globalization;
using Supervision.Model.Indicators;
using Supervision.Rules.Bundle;
using Supervision.Rules.Diagnostics;
using Supervision.Rules.Language;
using YamlDotNet.RepresentationModel;

namespace Supervision.Rules.Testing;

/// <summary>
/// Reads a <c>given:</c> mapping of indicator values, typed by the bundle's schema: numbers, true/false, dates
/// yyyy-MM-dd, enum values and text. Unknown names, engine-computed names and values of the wrong type or outside the
/// domain become diagnostics at the key or value.
/// </summary>
internal static class GivenReader
{
    /// <summary>The values given under <paramref name="owner"/>'s <c>given</c> key; null values mean "no value in the data".</summary>
    public static Dictionary<string, object?> Read(YamlMap owner, RuleBundle bundle, DiagnosticBag diagnostics)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        var node = owner.Node("given");
        if (node is null || (node is YamlScalarNode scalar && RuleTestReader.IsNull(scalar)))
        {
            return values;
        }

        if (node is not YamlMappingNode mapping)
        {
            diagnostics.Error("SV008", "'given' must be a mapping of indicator names to values (name: value)", owner.At(node));
            return values;
        }

        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var name = (keyNode as YamlScalarNode)?.Value ?? "";
            var indicator = bundle.Indicators.FirstOrDefault(i => i.Name == name);
            if (indicator is null)
            {
                diagnostics.Error("SV083", VariableCatalog.IsPipelineName(name)
                    ? $"'{name}' is computed by the engine and cannot be given; give the indicators it is computed from, and check it under expect"
                    : $"unknown indicator '{name}'{NameSuggestion.For(name, bundle.Indicators.Select(i => i.Name))}; given takes the names declared in indicators.yaml",
                    owner.At(keyNode));
                continue;
            }

            if (Convert(indicator, valueNode, out var value) is { } problem)
            {
                diagnostics.Error("SV084", $"{name} takes {Describe(indicator)}: {problem}", owner.At(valueNode));
                continue;
            }

            values[name] = value;
        }

        return values;
    }

    /// <summary>Null when the node is a valid value of the indicator (set in <paramref name="value"/>), otherwise the reason.</summary>
    private static string? Convert(IndicatorDefinition indicator, YamlNode node, out object? value)
    {
        value = null;
        if (node is not YamlScalarNode scalar)
        {
            return "found a list or mapping, expected a single value";
        }

        if (RuleTestReader.IsNull(scalar))
        {
            return null;
        }

        var text = scalar.Value!.Trim();
        if (indicator.Type == IndicatorType.Number && text.EndsWith('%')
            && double.TryParse(text[..^1], NumberStyles.Float, CultureInfo.InvariantCulture, out var percent))
        {
            text = (percent / 100).ToString("R", CultureInfo.InvariantCulture);
        }

        if (indicator.Type is IndicatorType.Number or IndicatorType.Integer
            && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && !double.IsFinite(number))
        {
            return $"found '{scalar.Value}', which is not a finite number";
        }

        if (IndicatorReader.CheckValue(text, indicator.Type, indicator.Values, indicator.Min, indicator.Max) is { } problem)
        {
            return problem.StartsWith("use ", StringComparison.Ordinal) ? $"found '{scalar.Value}'" : $"found '{scalar.Value}', which is {problem}";
        }

        value = indicator.Type switch
        {
            IndicatorType.Number or IndicatorType.Integer => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
            IndicatorType.Boolean => text == "true",
            IndicatorType.Date => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            _ => text,
        };
        return null;
    }

    private static string Describe(IndicatorDefinition indicator)
    {
        var range = (indicator.Min, indicator.Max) switch
        {
            ({ } min, { } max) => string.Create(CultureInfo.InvariantCulture, $" from {min} to {max}"),
            ({ } min, null) => string.Create(CultureInfo.InvariantCulture, $" ≥ {min}"),
            (null, { } max) => string.Create(CultureInfo.InvariantCulture, $" ≤ {max}"),
            _ => "",
        };
        return indicator.Type switch
        {
            IndicatorType.Number => "a number" + range,
            IndicatorType.Integer => "a whole number" + range,
            IndicatorType.Boolean => "true or false",
            IndicatorType.Date => "a date yyyy-MM-dd",
            IndicatorType.Enum => $"one of {string.Join(", ", indicator.Values)}",
            _ => "text",
        };
    }
}
