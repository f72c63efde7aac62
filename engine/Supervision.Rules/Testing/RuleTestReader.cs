using System.Globalization;
using Supervision.Rules.Bundle;
using Supervision.Rules.Compilation;
using Supervision.Rules.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Supervision.Rules.Testing;

/// <summary>
/// Reads every <c>tests/**/*.yaml</c> file of a bundle into cases. A file may set <c>as_of</c> and <c>given</c> for all
/// its cases; a case's own values override them name by name. A case with any error is reported and not run.
/// </summary>
internal static class RuleTestReader
{
    public static (IReadOnlyList<RuleTestCase> Cases, int NotRun) Read(CompiledBundle bundle, DiagnosticBag diagnostics)
    {
        var directory = bundle.Bundle.Directory;
        var root = Path.Combine(directory, RuleTestRunner.TestsDirectory);
        var files = Directory.Exists(root)
            ? Directory.EnumerateFiles(root, "*.yaml", SearchOption.AllDirectories)
                .Select(full => (Relative: Path.GetRelativePath(directory, full).Replace('\\', '/'), Full: full))
                .OrderBy(f => f.Relative, StringComparer.Ordinal)
                .ToList()
            : [];
        var cases = new List<RuleTestCase>();
        var notRun = 0;
        foreach (var (relative, full) in files)
        {
            if (YamlMap.Load(full, relative, diagnostics) is { } map)
            {
                notRun += ReadFile(map, bundle, diagnostics, cases);
            }
        }

        if (cases.Count == 0 && notRun == 0 && !diagnostics.HasErrors)
        {
            diagnostics.Warning("SV080", "the bundle has no rule tests; write them in tests/*.yaml (docs/rule-language.md, \"Rule tests\")",
                SourceLocation.FileOnly(RuleTestRunner.TestsDirectory + "/"));
        }

        return (cases, notRun);
    }

    /// <summary>A plain <c>null</c>, <c>~</c> or empty value: "no value".</summary>
    public static bool IsNull(YamlScalarNode scalar)
        => scalar.Style == ScalarStyle.Plain && scalar.Value?.Trim() is null or "" or "~" or "null" or "Null" or "NULL";

    /// <summary>Adds the file's valid cases; returns how many cases it has that cannot run.</summary>
    private static int ReadFile(YamlMap map, CompiledBundle bundle, DiagnosticBag diagnostics, List<RuleTestCase> cases)
    {
        var before = Errors(diagnostics);
        map.RejectUnknownKeys("as_of", "given", "cases");
        var fileAsOf = AsOf(map, diagnostics);
        var fileGiven = GivenReader.Read(map, bundle.Bundle, diagnostics);
        var fileBroken = Errors(diagnostics) > before;
        var entries = map.MapList("cases", required: true);
        if (entries.Count == 0 && map.Node("cases") is YamlSequenceNode)
        {
            diagnostics.Warning("SV080", "this file has no cases", map.ValueLocation("cases"));
        }

        var names = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        var notRun = 0;
        foreach (var entry in entries)
        {
            var start = Errors(diagnostics);
            entry.RejectUnknownKeys("name", "as_of", "given", "listings", "penalties", "night", "expect");
            var name = entry.Text("name", required: true);
            var location = new SourceLocation(map.File, entry.Location.Line, 0);
            if (name is not null && !names.TryAdd(name, location))
            {
                diagnostics.Error("SV081", $"another case of this file is named '{name}' ({names[name]}); give each case its own name", entry.ValueLocation("name"));
            }

            var asOf = AsOf(entry, diagnostics) ?? fileAsOf;
            if (asOf is null && entry.Node("as_of") is null)
            {
                diagnostics.Error("SV082", "the case has no as_of date (yyyy-MM-dd), and its file sets none", entry.Location);
            }

            var given = new Dictionary<string, object?>(fileGiven, StringComparer.Ordinal);
            foreach (var (key, value) in GivenReader.Read(entry, bundle.Bundle, diagnostics))
            {
                given[key] = value;
            }

            var listings = ListingsReader.Read(entry, diagnostics);
            var night = NightReader.Read(entry, bundle.Bundle.Manifest, asOf, diagnostics);
            var expect = ExpectationReader.Read(entry, bundle, diagnostics);
            if (fileBroken || Errors(diagnostics) > start || name is null || asOf is null || expect is null)
            {
                notRun++;
                continue;
            }

            cases.Add(new RuleTestCase(name, location, asOf.Value, given, expect, listings) { Night = night });
        }

        return notRun;
    }

    private static DateOnly? AsOf(YamlMap map, DiagnosticBag diagnostics)
    {
        var text = map.Text("as_of", required: false);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        diagnostics.Error("SV082", $"as_of must be a date yyyy-MM-dd, found '{text}'", map.ValueLocation("as_of"));
        return null;
    }

    private static int Errors(DiagnosticBag diagnostics) => diagnostics.Items.Count(d => d.Severity == DiagnosticSeverity.Error);
}
