using System.Globalization;
using Supervision.Rules.Bundle;
using Supervision.Rules.Compilation;
using Supervision.Rules.Diagnostics;
using Supervision.Rules.Language;
using YamlDotNet.RepresentationModel;

namespace Supervision.Rules.Testing;

/// <summary>Reads a case's <c>expect:</c> mapping and checks every value against the bundle's vocabularies and ids.</summary>
internal static class ExpectationReader
{
    private static readonly string[] Keys =
    [
        VariableCatalog.SafetyScore, VariableCatalog.SafetyLevel, VariableCatalog.CreditScore, VariableCatalog.CreditClass,
        VariableCatalog.Category, "ratio", "min_count", "exempt", VariableCatalog.Regime, "fired", "not_fired", "error",
    ];

    public static RuleTestExpectation? Read(YamlMap entry, CompiledBundle bundle, DiagnosticBag diagnostics)
    {
        var expect = entry.Map("expect", required: true);
        if (expect is null)
        {
            return null;
        }

        expect.RejectUnknownKeys(Keys);
        var manifest = bundle.Bundle.Manifest;
        var ratio = Output(expect, "ratio", manifest, diagnostics);
        var minCount = Output(expect, "min_count", manifest, diagnostics);
        var exempt = Output(expect, "exempt", manifest, diagnostics);
        var fired = Ids(expect, "fired", bundle, diagnostics);
        var notFired = Ids(expect, "not_fired", bundle, diagnostics);
        var result = new RuleTestExpectation(
            Score(expect, VariableCatalog.SafetyScore, diagnostics),
            Output(expect, VariableCatalog.SafetyLevel, manifest, diagnostics),
            Score(expect, VariableCatalog.CreditScore, diagnostics),
            Output(expect, VariableCatalog.CreditClass, manifest, diagnostics),
            Output(expect, VariableCatalog.Category, manifest, diagnostics),
            ratio is null ? null : TableOutputs.ParseRatio(ratio),
            minCount is null ? null : int.Parse(minCount, CultureInfo.InvariantCulture),
            exempt is null ? null : exempt == "true",
            Regime(expect, manifest, diagnostics),
            fired,
            notFired,
            Error(expect, diagnostics));
        foreach (var id in notFired.Intersect(fired, StringComparer.Ordinal))
        {
            diagnostics.Error("SV086", $"{id} is listed under both fired and not_fired", expect.ValueLocation("not_fired"));
        }

        if (Array.TrueForAll(Keys, k => expect.Node(k) is null))
        {
            diagnostics.Error("SV087", $"expect names nothing to check; use any of {string.Join(", ", Keys)}", expect.Location);
        }
        else if (result.Error is not null && result.ExpectsValues)
        {
            diagnostics.Error("SV087",
                "a case that expects an evaluation error has no score, level, class, category, ratio or regime to check; keep only error, fired and not_fired",
                expect.ValueLocation("error"));
        }

        return result;
    }

    private static double? Score(YamlMap expect, string key, DiagnosticBag diagnostics)
    {
        var score = expect.Number(key);
        if (score is < 0 or > 100)
        {
            diagnostics.Error("SV085", string.Create(CultureInfo.InvariantCulture, $"{key} {score} is outside 0–100, where scores are clamped"),
                expect.ValueLocation(key));
            return null;
        }

        return score;
    }

    private static string? Output(YamlMap expect, string key, BundleManifest manifest, DiagnosticBag diagnostics)
    {
        var value = expect.Text(key, required: false);
        if (value is not null && TableOutputs.Check(key, value, manifest) is { } problem)
        {
            diagnostics.Error("SV085", $"expected {key} '{value}' {problem}", expect.ValueLocation(key));
            return null;
        }

        return value;
    }

    private static string? Regime(YamlMap expect, BundleManifest manifest, DiagnosticBag diagnostics)
    {
        var value = expect.Text(VariableCatalog.Regime, required: false);
        string[] regimes = [.. manifest.Regimes, BundleManifest.RoutineRegime];
        if (value is not null && !regimes.Contains(value))
        {
            diagnostics.Error("SV085", $"expected regime '{value}' must be one of {string.Join(", ", regimes)}", expect.ValueLocation(VariableCatalog.Regime));
            return null;
        }

        return value;
    }

    private static IReadOnlyList<string> Ids(YamlMap expect, string key, CompiledBundle bundle, DiagnosticBag diagnostics)
    {
        var node = expect.Node(key);
        IEnumerable<YamlNode> items = node switch
        {
            null => [],
            YamlSequenceNode sequence => sequence.Children,
            YamlScalarNode scalar when RuleTestReader.IsNull(scalar) => [],
            _ => [node],
        };
        var ids = new List<string>();
        foreach (var item in items)
        {
            var id = (item as YamlScalarNode)?.Value?.Trim();
            if (string.IsNullOrEmpty(id))
            {
                diagnostics.Error("SV086", $"items of '{key}' must be rule or table row ids, e.g. [S-DED-MAJOR-HAZARD, SL-BLUE]", expect.At(item));
            }
            else if (bundle.Find(id) is null)
            {
                diagnostics.Error("SV086", $"the bundle has no rule or table row '{id}'{NameSuggestion.For(id, bundle.Elements.Select(e => e.Id))}",
                    expect.At(item));
            }
            else
            {
                ids.Add(id);
            }
        }

        return ids;
    }

    private static string? Error(YamlMap expect, DiagnosticBag diagnostics)
    {
        switch (expect.Node("error"))
        {
            case null:
            case YamlScalarNode scalar when RuleTestReader.IsNull(scalar):
                return null;
            case YamlScalarNode scalar:
                return scalar.Value!.Trim();
            case var node:
                diagnostics.Error("SV085", "error must be null or a piece of the expected error message", expect.At(node));
                return null;
        }
    }
}
