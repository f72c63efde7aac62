using Supervision.Rules.Diagnostics;
using Supervision.Rules.Language;
using YamlDotNet.RepresentationModel;

namespace Supervision.Rules.Bundle;

/// <summary>
/// Reads <c>regimes:</c> of bundle.yaml: a list, highest precedence first, whose items are a known regime's name or a
/// mapping <c>{ name, draw }</c>. Every regime ends with a draw effect, or the bundle is refused (SV014) at the item.
/// </summary>
internal static class RegimeReader
{
    public static (List<string> Names, Dictionary<string, RegimeDrawEffect> Effects) Read(YamlMap map, DiagnosticBag diagnostics)
    {
        var names = new List<string>();
        var effects = new Dictionary<string, RegimeDrawEffect>(StringComparer.Ordinal);
        var node = map.Node("regimes");
        if (node is null)
        {
            return (names, effects);
        }

        if (node is not YamlSequenceNode sequence)
        {
            diagnostics.Error("SV007", "'regimes' must be a list such as [blacklist, dormant]", map.At(node));
            return (names, effects);
        }

        foreach (var item in sequence.Children)
        {
            var (name, effect) = item switch
            {
                YamlScalarNode { Value: { Length: > 0 } text } => Known(text.Trim(), map.At(item), diagnostics),
                YamlMappingNode entry => Declared(new YamlMap(entry, map.File, diagnostics), diagnostics),
                _ => Invalid(map.At(item), diagnostics),
            };
            if (name is null)
            {
                continue;
            }

            if (!effects.TryAdd(name, effect ?? RegimeDrawEffect.Routine))
            {
                diagnostics.Error("SV012", $"'regimes' lists '{name}' twice", map.At(item));
                continue;
            }

            names.Add(name);
        }

        return (names, effects);
    }

    private static (string?, RegimeDrawEffect?) Known(string name, SourceLocation location, DiagnosticBag diagnostics)
    {
        if (RegimeCatalog.Known.TryGetValue(name, out var effect))
        {
            return (name, effect);
        }

        diagnostics.Error("SV014", $"regime '{name}' has no draw effect: the draw knows {string.Join(", ", RegimeCatalog.Known.Keys)}"
            + NameSuggestion.For(name, RegimeCatalog.Known.Keys) + $"; for another regime declare what it does, e.g. - {{ name: {name}, draw: when_triggered }} "
            + $"(draw: {string.Join(" | ", RegimeCatalog.EffectWords.Keys)})", location);
        return (name, null);
    }

    private static (string?, RegimeDrawEffect?) Declared(YamlMap entry, DiagnosticBag diagnostics)
    {
        entry.RejectUnknownKeys("name", "draw");
        var name = entry.Text("name", required: true);
        var word = entry.Text("draw", required: true);
        if (name is null || word is null)
        {
            return (name, null);
        }

        if (RegimeCatalog.EffectWords.TryGetValue(word, out var effect))
        {
            return (name, effect);
        }

        diagnostics.Error("SV014", $"draw '{word}' of regime '{name}' is not an effect the draw knows; use {string.Join(", ", RegimeCatalog.EffectWords.Keys)}",
            entry.ValueLocation("draw"));
        return (name, null);
    }

    private static (string?, RegimeDrawEffect?) Invalid(SourceLocation location, DiagnosticBag diagnostics)
    {
        diagnostics.Error("SV007", "items of 'regimes' must be a regime's name or { name: …, draw: … }", location);
        return (null, null);
    }
}
