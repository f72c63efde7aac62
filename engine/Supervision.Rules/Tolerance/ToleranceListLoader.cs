using Supervision.Rules.Bundle;
using Supervision.Rules.Diagnostics;

namespace Supervision.Rules.Tolerance;

/// <summary>
/// Loads the tolerance list from rules/tolerance/: tolerance.yaml (settings and sectors) and the list CSV it names.
/// Every problem is a diagnostic with file:line:column (SV300–SV319); null when there is any error.
/// </summary>
public static class ToleranceListLoader
{
    public const string Folder = "tolerance";
    public const string SettingsFile = "tolerance/tolerance.yaml";

    /// <summary>True when the rules directory has a tolerance list (it is optional for scoring and drawing).</summary>
    public static bool Exists(string rulesDirectory) => File.Exists(Path.Combine(rulesDirectory, SettingsFile));

    public static ToleranceList? Load(string rulesDirectory, DiagnosticBag diagnostics)
    {
        ArgumentException.ThrowIfNullOrEmpty(rulesDirectory);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var path = Path.Combine(rulesDirectory, SettingsFile);
        if (!File.Exists(path))
        {
            diagnostics.Error("SV300", "the tolerance list settings file does not exist", SourceLocation.FileOnly(SettingsFile));
            return null;
        }

        var errorsBefore = diagnostics.Items.Count(d => d.Severity == DiagnosticSeverity.Error);
        if (YamlMap.Load(path, SettingsFile, diagnostics) is not { } map)
        {
            return null;
        }

        map.RejectUnknownKeys("id", "title", "version", "author", "approver", "list", "look_back_months", "fatal_accident_years", "sectors",
            "hidden_hazard_violations", "hidden_hazard_indicator");
        var settings = new ToleranceSettings(
            map.Text("id", required: true) ?? "",
            map.Text("title", required: true) ?? "",
            map.Text("version", required: true) ?? "",
            map.Text("author", required: true) ?? "",
            map.Text("approver", required: true) ?? "",
            PositiveInteger(map, "look_back_months", diagnostics),
            PositiveInteger(map, "fatal_accident_years", diagnostics),
            Sectors(map, diagnostics),
            map.TextList("hidden_hazard_violations", required: false),
            map.Text("hidden_hazard_indicator", required: false));
        if (settings.HiddenHazardViolations.Count > 0 && settings.HiddenHazardIndicator is null)
        {
            diagnostics.Error("SV301", "hidden_hazard_violations needs hidden_hazard_indicator (the safety indicator they count in)", map.Location);
        }
        if (settings.Author.Length > 0 && settings.Author == settings.Approver)
        {
            diagnostics.Error("SV301", "the approver must be someone other than the author (four eyes)", map.ValueLocation("approver"));
        }

        var listFile = map.Text("list", required: true) ?? "tolerance-list.csv";
        var items = ToleranceRowReader.Read(Path.Combine(rulesDirectory, Folder, listFile), $"{Folder}/{listFile}", settings, diagnostics);
        var hasErrors = diagnostics.Items.Count(d => d.Severity == DiagnosticSeverity.Error) > errorsBefore;
        return hasErrors ? null : new ToleranceList(settings, items, BundleHasher.Hash(Path.Combine(rulesDirectory, Folder)));
    }

    /// <summary>Checks the list's references into the scoring bundle: the hidden-hazard indicator must be a safety-indicators.csv column.</summary>
    public static void CheckAgainst(ToleranceList list, IReadOnlyCollection<string> safetyIndicators, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(list);
        ArgumentNullException.ThrowIfNull(safetyIndicators);
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (list.Settings.HiddenHazardIndicator is { } indicator && !safetyIndicators.Contains(indicator))
        {
            diagnostics.Error("SV311", $"hidden_hazard_indicator '{indicator}' is not an indicator of safety-indicators.csv in indicators.yaml",
                new SourceLocation(SettingsFile, 0, 0));
        }
    }

    private static int PositiveInteger(YamlMap map, string key, DiagnosticBag diagnostics)
    {
        var value = map.Number(key);
        if (value is null || value < 1 || value != Math.Floor(value.Value))
        {
            diagnostics.Error("SV301", $"'{key}' must be a whole number of at least 1", map.ValueLocation(key));
            return 1;
        }

        return (int)value.Value;
    }

    private static List<SectorSpec> Sectors(YamlMap map, DiagnosticBag diagnostics)
    {
        var sectors = new List<SectorSpec>();
        foreach (var entry in map.MapList("sectors", required: true))
        {
            entry.RejectUnknownKeys("name", "industries", "violations");
            var name = entry.Text("name", required: true);
            var industries = entry.TextList("industries", required: false);
            var violations = entry.TextList("violations", required: false);
            if (name is null)
            {
                continue;
            }

            if (sectors.Exists(s => s.Name == name))
            {
                diagnostics.Error("SV301", $"sector '{name}' is declared twice", entry.ValueLocation("name"));
            }
            else if (industries.Count + violations.Count == 0)
            {
                diagnostics.Error("SV301", $"sector '{name}' needs industry or violation prefixes", entry.Location);
            }

            sectors.Add(new SectorSpec(name, industries, violations));
        }

        return sectors;
    }
}
