using System.Text.RegularExpressions;
using Supervision.Rules.Diagnostics;
using Supervision.Rules.Lists;
using Supervision.Rules.Scoring;
using YamlDotNet.Core;

namespace Supervision.Rules.Bundle;

internal static partial class RuleReader
{
    public static IReadOnlyList<RuleSpec> Read(YamlMap map, BundleManifest manifest, DiagnosticBag diagnostics)
    {
        map.RejectUnknownKeys("evaluation", "rules");
        var kindText = map.Text("evaluation", required: true);
        if (kindText is null)
        {
            return [];
        }

        if (!Enum.TryParse<EvaluationKind>(kindText, ignoreCase: true, out var kind) || int.TryParse(kindText, out _))
        {
            diagnostics.Error("SV030", $"evaluation must be safety, credit, regime, list or alert, found '{kindText}'", map.ValueLocation("evaluation"));
            return [];
        }

        var rules = new List<RuleSpec>();
        foreach (var entry in map.MapList("rules", required: true))
        {
            if (ReadOne(entry, kind, manifest, diagnostics) is { } rule)
            {
                rules.Add(rule);
            }
        }

        return rules;
    }

    private static RuleSpec? ReadOne(YamlMap entry, EvaluationKind kind, BundleManifest manifest, DiagnosticBag diagnostics)
    {
        string[] effects = kind switch
        {
            EvaluationKind.Safety => ["points", "level"],
            EvaluationKind.Credit => ["points", "class"],
            EvaluationKind.List => ["list", "action", "on"],
            EvaluationKind.Alert => ["alert", "level"],
            _ => ["regime", "category", "ratio", "exempt"],
        };
        entry.RejectUnknownKeys([.. new[] { "id", "title", "when", "basis", "valid_from", "valid_to" }, .. effects]);
        var id = entry.Text("id", required: true);
        var title = entry.Text("title", required: true) ?? "";
        var basis = entry.Text("basis", required: true) ?? "";
        var when = entry.Scalar("when", required: true);
        if (id is null || when is null)
        {
            return null;
        }

        if (!IdPattern().IsMatch(id))
        {
            diagnostics.Error("SV031", $"rule id '{id}' may contain only letters, digits, '-' and '_'", entry.ValueLocation("id"));
        }

        // Quoted scalars start one column before their text.
        var quoted = when.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted ? 1 : 0;
        var whenLocation = entry.At(when).Offset(quoted);
        var points = entry.Number("points");
        if (points is { } value && ScoreScale.CheckPoints(value) is { } pointsProblem)
        {
            diagnostics.Error("SV036", pointsProblem, entry.ValueLocation("points"));
        }

        string? grade = null, regime = null, category = null;
        double? ratio = null;
        bool? exempt = null;
        ListEffect? listEffect = null;
        Alerts.AlertEffect? alertEffect = null;
        switch (kind)
        {
            case EvaluationKind.List:
                listEffect = ListRuleReader.ReadEffect(entry, diagnostics);
                break;
            case EvaluationKind.Alert:
                alertEffect = Alerts.AlertRuleReader.ReadEffect(entry, diagnostics);
                break;
            case EvaluationKind.Safety:
                grade = OneOf(entry, "level", manifest.SafetyLevels, diagnostics);
                break;
            case EvaluationKind.Credit:
                grade = OneOf(entry, "class", manifest.CreditClasses, diagnostics);
                break;
            default:
                regime = OneOf(entry, "regime", manifest.Regimes, diagnostics);
                category = OneOf(entry, "category", manifest.Categories, diagnostics);
                ratio = entry.Number("ratio");
                if (ratio is < 0 or > 1)
                {
                    diagnostics.Error("SV032", $"ratio {ratio} must be between 0 and 1 (or 0% and 100%)", entry.ValueLocation("ratio"));
                }

                exempt = entry.Text("exempt", required: false) switch
                {
                    null => null,
                    "true" => true,
                    "false" => false,
                    var other => Invalid(other),
                };
                RatioExemption.Check($"rule {id}", ratio, exempt == true, "exempt: true", entry.ValueLocation(ratio == 0 ? "ratio" : "exempt"), diagnostics);
                if (entry.Node("regime") is null)
                {
                    diagnostics.Error("SV033", "a regime rule must name its regime", entry.Location);
                }

                break;
        }

        if (kind is not (EvaluationKind.Regime or EvaluationKind.List or EvaluationKind.Alert) && (points is null) == (grade is null) && entry.Node(effects[1]) is null)
        {
            diagnostics.Error("SV033", $"a {kind.ToString().ToLowerInvariant()} rule needs exactly one effect: points or {effects[1]}", entry.Location);
        }
        else if (points is not null && entry.Node(effects[1]) is not null)
        {
            diagnostics.Error("SV033", $"a rule has either points or {effects[1]}, not both", entry.Location);
        }

        var validity = ValidityReader.Read(entry.Text("valid_from", required: false), entry.ValueLocation("valid_from"),
            entry.Text("valid_to", required: false), entry.ValueLocation("valid_to"), diagnostics);
        return new RuleSpec(id, title, kind, when.Value ?? "", whenLocation, points, grade, regime, category, ratio, basis, entry.Location, validity, exempt, listEffect, alertEffect);

        bool? Invalid(string text)
        {
            diagnostics.Error("SV032", $"exempt must be true or false, found '{text}'", entry.ValueLocation("exempt"));
            return null;
        }
    }

    private static string? OneOf(YamlMap entry, string key, IReadOnlyList<string> allowed, DiagnosticBag diagnostics)
    {
        var value = entry.Text(key, required: false);
        if (value is not null && !allowed.Contains(value))
        {
            diagnostics.Error("SV034", $"{key} '{value}' is not declared in bundle.yaml ({string.Join(", ", allowed)})", entry.ValueLocation(key));
            return null;
        }

        return value;
    }

    [GeneratedRegex("^[A-Za-z0-9_-]+$")]
    private static partial Regex IdPattern();
}
