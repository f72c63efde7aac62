using Supervision.Rules.Diagnostics;
using Supervision.Rules.Scoring;

namespace Supervision.Rules.Bundle;

internal static class ManifestReader
{
    public static BundleManifest? Read(YamlMap? map, DiagnosticBag diagnostics)
    {
        if (map is null)
        {
            return null;
        }

        map.RejectUnknownKeys("id", "title", "version", "author", "approver", "safety", "credit", "categories", "regimes", "ratio_floor");
        var safety = map.Map("safety", required: true);
        var credit = map.Map("credit", required: true);
        safety?.RejectUnknownKeys("base_score", "levels");
        credit?.RejectUnknownKeys("base_score", "classes");
        var (regimes, effects) = RegimeReader.Read(map, diagnostics);
        var manifest = new BundleManifest(
            map.Text("id", required: true) ?? "",
            map.Text("title", required: true) ?? "",
            map.Text("version", required: true) ?? "",
            map.Text("author", required: true) ?? "",
            map.Text("approver", required: true) ?? "",
            BaseScores(safety, diagnostics),
            Distinct(safety?.TextList("levels", required: true) ?? [], "levels", safety ?? map, diagnostics),
            BaseScores(credit, diagnostics),
            Distinct(credit?.TextList("classes", required: true) ?? [], "classes", credit ?? map, diagnostics),
            Distinct(map.TextList("categories", required: true), "categories", map, diagnostics),
            regimes)
        {
            RegimeEffects = effects,
        };
        manifest = manifest with { RatioFloor = ReadFloor(map.Map("ratio_floor", required: false), manifest.Categories, diagnostics) };

        // A category or an always-drawn regime names a pool of the draw, a cell of its population.csv, which is written
        // without formula escaping (it is hashed and re-read byte for byte).
        foreach (var (name, key) in manifest.Categories.Select(c => (c, "categories")).Concat(manifest.Regimes.Select(r => (r, "regimes")))
            .Where(n => n.Item1.Length > 0 && "=+-@".Contains(n.Item1[0], StringComparison.Ordinal)))
        {
            diagnostics.Error("SV015", $"{(key == "categories" ? "category" : "regime")} '{name}' may not start with '{name[0]}' (= + - @ make spreadsheets read a cell as a formula)",
                map.ValueLocation(key));
        }

        if (manifest.Regimes.Contains(BundleManifest.RoutineRegime))
        {
            diagnostics.Error("SV011", "'routine' is implicit (no regime rule fired); do not list it", map.ValueLocation("regimes"));
        }

        return manifest;
    }

    /// <summary>
    /// <c>ratio_floor: { minimum: 3%, basis: …, exempt: [{ category: IV, reason: … }] }</c>, every part optional: absent,
    /// the 3 % floor with no exemption.
    /// </summary>
    private static RatioFloor ReadFloor(YamlMap? map, IReadOnlyList<string> categories, DiagnosticBag diagnostics)
    {
        if (map is null)
        {
            return RatioFloor.Default;
        }

        map.RejectUnknownKeys("minimum", "basis", "exempt");
        var minimum = map.Number("minimum") ?? RatioFloor.Default.Minimum;
        if (minimum is < 0 or > 1)
        {
            diagnostics.Error("SV089", $"ratio_floor minimum {minimum} must be a ratio from 0 to 1 (or 0% to 100%)", map.ValueLocation("minimum"));
        }

        var exemptions = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in map.MapList("exempt", required: false))
        {
            entry.RejectUnknownKeys("category", "reason");
            var category = entry.Text("category", required: true);
            // A missing or blank reason is SV005 (required text): an exemption is never silent.
            var reason = entry.Text("reason", required: true)?.Trim();
            if (category is null || reason is null)
            {
                continue;
            }

            if (!categories.Contains(category))
            {
                diagnostics.Error("SV089", $"ratio_floor exempts '{category}', which is not a category ({string.Join(", ", categories)})", entry.ValueLocation("category"));
            }
            else if (!exemptions.TryAdd(category, reason))
            {
                diagnostics.Error("SV089", $"ratio_floor exempts '{category}' twice", entry.ValueLocation("category"));
            }
        }

        return new RatioFloor(minimum, map.Text("basis", required: false) ?? RatioFloor.DefaultBasis, exemptions);
    }

    /// <summary>
    /// base_score is a number, or a list of { value, valid_from, valid_to } whose periods do not overlap (a parameter
    /// changed on a date keeps its old value for earlier as-of dates).
    /// </summary>
    private static List<DatedValue> BaseScores(YamlMap? map, DiagnosticBag diagnostics)
    {
        if (map?.Node("base_score") is not YamlDotNet.RepresentationModel.YamlSequenceNode)
        {
            var score = map?.Number("base_score") ?? ScoreScale.Max;
            CheckScale(score, map?.ValueLocation("base_score"), diagnostics);
            return [new DatedValue(score, Validity.Always)];
        }

        var values = new List<DatedValue>();
        foreach (var entry in map.MapList("base_score", required: true))
        {
            entry.RejectUnknownKeys("value", "valid_from", "valid_to");
            var value = entry.Number("value");
            var validity = ValidityReader.Read(entry.Text("valid_from", required: false), entry.ValueLocation("valid_from"),
                entry.Text("valid_to", required: false), entry.ValueLocation("valid_to"), diagnostics);
            if (value is null)
            {
                diagnostics.Error("SV013", "each base_score entry needs a value", entry.Location);
                continue;
            }

            if (values.FirstOrDefault(v => Overlap(v.Validity, validity)) is { } clash)
            {
                diagnostics.Error("SV013", $"base_score periods overlap ({clash.Validity} and {validity})", entry.Location);
            }

            CheckScale(value.Value, entry.ValueLocation("value"), diagnostics);
            values.Add(new DatedValue(value.Value, validity));
        }

        return values;
    }

    private static void CheckScale(double score, SourceLocation? location, DiagnosticBag diagnostics)
    {
        if (location is { } at && ScoreScale.CheckBaseScore(score) is { } problem)
        {
            diagnostics.Error("SV017", problem, at);
        }
    }

    private static bool Overlap(Validity a, Validity b)
        => (a.From is null || b.To is null || a.From <= b.To) && (b.From is null || a.To is null || b.From <= a.To);

    private static List<string> Distinct(IReadOnlyList<string> values, string key, YamlMap map, DiagnosticBag diagnostics)
    {
        if (values.Count != values.Distinct(StringComparer.Ordinal).Count())
        {
            diagnostics.Error("SV012", $"'{key}' lists a value twice", map.ValueLocation(key));
        }

        return [.. values];
    }
}
