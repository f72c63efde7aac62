using Supervision.Rules.Diagnostics;

namespace Supervision.Rules.Bundle;

internal static class ManifestReader
{
    public static BundleManifest? Read(YamlMap? map, DiagnosticBag diagnostics)
    {
        if (map is null)
        {
            return null;
        }

        map.RejectUnknownKeys("id", "title", "version", "author", "approver", "safety", "credit", "categories", "regimes");
        var safety = map.Map("safety", required: true);
        var credit = map.Map("credit", required: true);
        safety?.RejectUnknownKeys("base_score", "levels");
        credit?.RejectUnknownKeys("base_score", "classes");
        var manifest = new BundleManifest(
            map.Text("id", required: true) ?? "",
            map.Text("title", required: true) ?? "",
            map.Text("version", required: true) ?? "",
            map.Text("author", required: true) ?? "",
            map.Text("approver", required: true) ?? "",
            safety?.Number("base_score") ?? 100,
            Distinct(safety?.TextList("levels", required: true) ?? [], "levels", safety ?? map, diagnostics),
            credit?.Number("base_score") ?? 100,
            Distinct(credit?.TextList("classes", required: true) ?? [], "classes", credit ?? map, diagnostics),
            Distinct(map.TextList("categories", required: true), "categories", map, diagnostics),
            Distinct(map.TextList("regimes", required: false), "regimes", map, diagnostics));
        if (manifest.Regimes.Contains(BundleManifest.RoutineRegime))
        {
            diagnostics.Error("SV011", "'routine' is implicit (no regime rule fired); do not list it", map.ValueLocation("regimes"));
        }

        return manifest;
    }

    private static List<string> Distinct(IReadOnlyList<string> values, string key, YamlMap map, DiagnosticBag diagnostics)
    {
        if (values.Count != values.Distinct(StringComparer.Ordinal).Count())
        {
            diagnostics.Error("SV012", $"'{key}' lists a value twice", map.ValueLocation(key));
        }

        return [.. values];
    }
}
