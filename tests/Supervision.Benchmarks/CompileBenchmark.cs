using System.Diagnostics;
using System.Globalization;
using System.Text;
using Supervision.Rules.Compilation;
using Supervision.Rules.Diagnostics;

namespace Supervision.Benchmarks;

/// <summary>
/// Compile time of a large bundle: the shipped bundle plus generated safety rules up to N rules, with varied conditions
/// (so that NRules cannot share every node). Also checks that one broken rule is reported at its source line.
/// </summary>
internal static class CompileBenchmark
{
    private static readonly string[] Indicators =
    [
        "lec_max", "major_hazard_sources", "general_hidden_hazards_open", "emergency_drills_12m", "years_without_accident",
        "uncertified_special_workers", "fatal_accidents_3y", "impact_incidents_3y",
    ];

    public static string Run(int rules, string shippedRules)
    {
        var directory = Directory.CreateTempSubdirectory("supervision-compile-").FullName;
        foreach (var file in Directory.EnumerateFiles(shippedRules, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(directory, Path.GetRelativePath(shippedRules, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var text = new StringBuilder("evaluation: safety\nrules:\n");
        var shipped = 43;
        for (var i = 0; i < rules - shipped; i++)
        {
            var a = Indicators[i % Indicators.Length];
            var b = Indicators[(i / Indicators.Length) % Indicators.Length];
            text.Append(CultureInfo.InvariantCulture,
                $"  - id: G-{i:D4}\n    title: 生成规则 {i}\n    when: {a} >= {i % 37} and {b} < {1000 + i}\n    points: -0.01\n    basis: 基准测试\n");
        }

        File.WriteAllText(Path.Combine(directory, "evaluation", "generated.yaml"), text.ToString());
        var watch = Stopwatch.StartNew();
        var bundle = BundleSource.Compile(directory);
        var cold = watch.Elapsed.TotalSeconds;
        watch.Restart();
        BundleSource.Compile(directory);
        var warm = watch.Elapsed.TotalSeconds;

        // One broken rule among them: reported at its line, the rest untouched.
        File.AppendAllText(Path.Combine(directory, "evaluation", "generated.yaml"),
            "  - id: G-BROKEN\n    title: 坏规则\n    when: lec_max >= 'x'\n    points: -1\n    basis: 基准测试\n");
        var diagnostics = new DiagnosticBag();
        BundleSource.TryCompile(directory, diagnostics);
        Directory.Delete(directory, recursive: true);
        return string.Create(CultureInfo.InvariantCulture,
            $"| compile | {bundle.Bundle.Rules.Count} rules + {bundle.Bundle.Tables.Sum(t => t.Rows.Count)} table rows | cold {cold:0.000} s, warm {warm:0.000} s | broken rule: {string.Join("; ", diagnostics.Items)} |");
    }
}
