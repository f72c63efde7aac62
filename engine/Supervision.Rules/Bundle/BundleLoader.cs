using Supervision.Rules.Diagnostics;
using Supervision.Rules.Language;

namespace Supervision.Rules.Bundle;

/// <summary>
/// Reads a bundle directory into a <see cref="RuleBundle"/>. Every problem becomes a diagnostic with file:line:column;
/// the result is null when a part is too broken to go on. Conditions are parsed later, by the compiler.
/// </summary>
public static class BundleLoader
{
    public const string ManifestFile = "bundle.yaml";
    public const string IndicatorsFile = "indicators.yaml";
    public const string TablesFile = "tables/tables.yaml";

    public static RuleBundle? Load(string directory, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (!Directory.Exists(directory))
        {
            diagnostics.Error("SV000", $"rule bundle directory '{directory}' does not exist", SourceLocation.FileOnly(directory));
            return null;
        }

        var manifest = ManifestReader.Read(Open(directory, ManifestFile, diagnostics), diagnostics);
        var indicators = IndicatorReader.Read(Open(directory, IndicatorsFile, diagnostics), diagnostics);
        if (manifest is null)
        {
            return null;
        }

        var catalog = new VariableCatalog(manifest, indicators);
        var rules = new List<RuleSpec>();
        foreach (var file in RuleFiles(directory))
        {
            if (YamlMap.Load(Path.Combine(directory, file), file, diagnostics) is { } map)
            {
                rules.AddRange(RuleReader.Read(map, manifest, diagnostics));
            }
        }

        var tables = TableReader.Read(directory, Open(directory, TablesFile, diagnostics), catalog, manifest, diagnostics);
        CheckUniqueIds(rules, tables, diagnostics);
        return new RuleBundle(directory, manifest, indicators, rules, tables, BundleHasher.Hash(directory));
    }

    /// <summary>Rule files: every .yaml file except the manifest, the schema, the table declarations and rule tests.</summary>
    public static IReadOnlyList<string> RuleFiles(string directory)
        => [.. BundleHasher.Files(directory)
            .Select(f => f.Relative)
            .Where(r => r.EndsWith(".yaml", StringComparison.Ordinal)
                && r is not (ManifestFile or IndicatorsFile or TablesFile))];

    private static YamlMap? Open(string directory, string file, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(directory, file);
        if (!File.Exists(path))
        {
            diagnostics.Error("SV009", $"the bundle has no {file}", SourceLocation.FileOnly(file));
            return null;
        }

        return YamlMap.Load(path, file, diagnostics);
    }

    private static void CheckUniqueIds(List<RuleSpec> rules, IReadOnlyList<TableSpec> tables, DiagnosticBag diagnostics)
    {
        var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        var all = rules.Select(r => (r.Id, r.Location))
            .Concat(tables.SelectMany(t => t.Rows.Select(r => (r.Id, r.Location))));
        foreach (var (id, location) in all)
        {
            if (!seen.TryAdd(id, location))
            {
                diagnostics.Error("SV010", $"id '{id}' is already used at {seen[id]}; ids must be unique in the bundle", location);
            }
        }
    }
}
