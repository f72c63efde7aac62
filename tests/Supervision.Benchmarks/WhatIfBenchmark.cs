using System.Diagnostics;
using System.Globalization;
using Supervision.Application.WhatIf;
using Supervision.Data.WhatIf;
using Supervision.Rules.Compilation;
using Supervision.Rules.Diagnostics;
using Supervision.Synthetic;

namespace Supervision.Benchmarks;

/// <summary>
/// `--whatif N`: what `rules diff` does on a generated population of N enterprises (seed 7), against a candidate that
/// raises category IV's ratio and moves blue/B enterprises from III to II — import, scoring under both bundles, the
/// comparison with explanations, the files — first in a fresh process, then warm. The baseline in the same run is the
/// bundle in force compared with itself (the same import and two scorings, nothing moved).
/// </summary>
internal static class WhatIfBenchmark
{
    public static string Run(int count, string rules)
    {
        var root = Path.Combine(Path.GetTempPath(), "supervision-whatif-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var asOf = new DateOnly(2026, 11, 27);
            var baseBundle = Compile(rules);
            var data = Path.Combine(root, "data");
            SyntheticWriter.Write(data, SyntheticOptions.ForBundle(count, 7, asOf, baseBundle.Bundle), null);
            var candidate = Candidate(rules, Path.Combine(root, "candidate"));
            var candidateBundle = Compile(candidate);

            // The first comparison is what `rules diff` costs in a fresh process (the code not compiled yet); the service's
            // what-if page runs warm, as the last row does.
            string[] rows =
            [
                Measure("candidate, first in the process (as `rules diff`)", new DiffRules(baseBundle, candidateBundle), data, asOf, Path.Combine(root, "cold")),
                Measure("bundle in force against itself (baseline)", new DiffRules(baseBundle, baseBundle), data, asOf, Path.Combine(root, "self")),
                Measure("candidate, warm (as the web workspace)", new DiffRules(baseBundle, candidateBundle), data, asOf, Path.Combine(root, "warm")),
            ];
            return string.Join('\n', rows);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static string Measure(string variant, DiffRules diff, string data, DateOnly asOf, string output)
    {
        var watch = Stopwatch.StartNew();
        var population = diff.Load(data, out var conflict) ?? throw new InvalidOperationException(conflict);
        var load = watch.Elapsed.TotalSeconds;
        watch.Restart();
        var report = diff.Run(population, asOf, RulesDiff.DefaultExplanationLimit);
        var run = watch.Elapsed.TotalSeconds;
        watch.Restart();
        DiffRules.Write(report, data, output);
        var write = watch.Elapsed.TotalSeconds;
        var total = load + run + write;
        var peak = Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024.0;
        return string.Create(CultureInfo.InvariantCulture,
            $"| {variant} | {population.Enterprises.Count:N0} | {load:0.00} | {run:0.00} | {write:0.00} | {total:0.00} | {report.Changed.Count:N0} changed | {peak:N0} |");
    }

    private static CompiledBundle Compile(string directory)
        => BundleSource.TryCompile(directory, new DiagnosticBag()) ?? throw new InvalidOperationException($"the bundle in {directory} has errors");

    /// <summary>A copy of the rules with category IV's ratio raised and blue/B enterprises moved from III to II.</summary>
    private static string Candidate(string rules, string directory)
    {
        foreach (var file in Directory.EnumerateFiles(rules, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(directory, Path.GetRelativePath(rules, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        Replace(Path.Combine(directory, "tables", "ratios.csv"), "RT-IV,IV,3%", "RT-IV,IV,4%");
        Replace(Path.Combine(directory, "tables", "matrix.csv"), "M-BLUE-B,蓝,B,III", "M-BLUE-B,蓝,B,II");
        return directory;
    }

    private static void Replace(string path, string from, string to)
    {
        var text = File.ReadAllText(path);
        if (!text.Contains(from, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{path} does not contain '{from}'");
        }

        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
    }
}
