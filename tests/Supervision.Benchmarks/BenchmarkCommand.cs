using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Supervision.Rules.Compilation;

namespace Supervision.Benchmarks;

/// <summary>
/// Usage: Supervision.Benchmarks [--count N] [--direct-count M] [--seed S] [--as-of yyyy-MM-dd] [--rules DIR] [--report FILE];
/// or Supervision.Benchmarks --draw INSPECTORS --count N for the draw benchmark;
/// or Supervision.Benchmarks --ml N [--data DIR] for the training time of the learned violation risk;
/// or Supervision.Benchmarks --table-analysis for the decision-table analysis of 500-row tables;
/// or Supervision.Benchmarks --alerts [--count N] for the list lifecycle and the night's alerts against the scoring (issue 21);
/// or Supervision.Benchmarks --export N [--format xlsx|csv] for the report exports (issue 20);
/// or Supervision.Benchmarks --import N [--connection CS] for the enterprise import against psql \copy;
/// or Supervision.Benchmarks --web N [--inspectors M] [--accounts A] [--connection CS] [--database NAME] [--seconds S]
/// [--requests R] [--warmup W] [--clients 1,4] [--report FILE] for the latency of the web pages on N enterprises (issue 19).
/// or Supervision.Benchmarks --reports N [--connection CS] [--database NAME] [--reuse true] [--seconds S] [--requests R] [--warmup W]
/// [--clients 1,4] [--skip pages,exports,verify] [--report FILE] for the analysts' reports on two runs of N assessments (issue 20).
/// Runs each variant in a child process (generation baseline, hand-written C#, our engine memoized and direct,
/// Microsoft RulesEngine), checks that they agree, and prints a Markdown table of times, ratios and peak memory.
/// </summary>
internal static class BenchmarkCommand
{
    public static int Run(string[] args)
    {
        var options = Options(args);
        var count = int.Parse(options.GetValueOrDefault("--count", "1000000"), CultureInfo.InvariantCulture);
        var seed = long.Parse(options.GetValueOrDefault("--seed", "7"), CultureInfo.InvariantCulture);
        var asOf = DateOnly.ParseExact(options.GetValueOrDefault("--as-of", "2026-11-27"), "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var rules = options.GetValueOrDefault("--rules", "rules");
        if (options.TryGetValue("--compile", out var ruleCount))
        {
            Console.WriteLine(CompileBenchmark.Run(int.Parse(ruleCount, CultureInfo.InvariantCulture), rules));
            return 0;
        }

        if (options.TryGetValue("--export", out var exportRows))
        {
            Console.WriteLine("| format | rows | columns | write s | file MiB | peak working set MiB | GC |");
            Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | --- |");
            Console.WriteLine(ExportBenchmark.Run(int.Parse(exportRows, CultureInfo.InvariantCulture), options.GetValueOrDefault("--format", "xlsx")));
            return 0;
        }

        if (options.TryGetValue("--import", out var importRows))
        {
            var connection = options.GetValueOrDefault("--connection") ?? Environment.GetEnvironmentVariable("SUPERVISION_DB")
                ?? throw new ArgumentException("--import needs --connection or SUPERVISION_DB");
            Console.WriteLine("| import | rows | best of 3 | rows/s | speed relative to psql \\copy |");
            Console.WriteLine("| --- | ---: | ---: | ---: | ---: |");
            Console.WriteLine(ImportBenchmark.RunAsync(int.Parse(importRows, CultureInfo.InvariantCulture), connection).GetAwaiter().GetResult());
            return 0;
        }

        if (options.TryGetValue("--web", out var webEnterprises))
        {
            return Web.WebCommand.Run(options, int.Parse(webEnterprises, CultureInfo.InvariantCulture), seed, rules);
        }

        if (options.TryGetValue("--reports", out var reportEnterprises))
        {
            return Reports.ReportsCommand.Run(options, int.Parse(reportEnterprises, CultureInfo.InvariantCulture), seed, rules);
        }

        if (args.Contains("--table-analysis"))
        {
            Console.WriteLine("| table | analysis (median of 5) | ratio to the shipped tables |");
            Console.WriteLine("| --- | ---: | ---: |");
            Console.WriteLine(TableAnalysisBenchmark.Run(rules));
            return 0;
        }

        if (args.Contains("--alerts"))
        {
            Console.WriteLine(AlertBenchmark.Run(count, seed, asOf, BundleSource.Compile(rules)));
            return 0;
        }

        if (options.TryGetValue("--load", out var directory))
        {
            Console.WriteLine("| file | size | import s | rows/s | ratio to reading the bytes | heap kept MiB |");
            Console.WriteLine("| --- | --- | ---: | ---: | ---: | ---: |");
            Console.WriteLine(LoadBenchmark.Run(directory, rules));
            return 0;
        }

        if (options.TryGetValue("--ml", out var inspections))
        {
            Console.WriteLine("| learner | inspections | features | examples | train s | ratio to sdca | score 1,000,000 rows s | working set MiB |");
            Console.WriteLine("| --- | ---: | ---: | --- | ---: | ---: | ---: | ---: |");
            Console.WriteLine(MlBenchmark.Run(int.Parse(inspections, CultureInfo.InvariantCulture), options.GetValueOrDefault("--data"), rules));
            return 0;
        }

        if (options.TryGetValue("--whatif", out var whatIfCount))
        {
            Console.WriteLine("| variant | enterprises | import s | scoring and comparison s | files s | total s | result | peak MiB (process) |");
            Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | --- | ---: |");
            Console.WriteLine(WhatIfBenchmark.Run(int.Parse(whatIfCount, CultureInfo.InvariantCulture), rules));
            return 0;
        }

        if (options.TryGetValue("--draw", out var inspectors))
        {
            Console.WriteLine("| variant | size | draw s | of which GC pauses s | result | verification | peak MiB through the draw | peak MiB with the verification |");
            Console.WriteLine("| --- | --- | ---: | ---: | --- | --- | ---: | ---: |");
            Console.WriteLine(DrawBenchmark.Run(count, int.Parse(inspectors, CultureInfo.InvariantCulture), rules));
            return 0;
        }

        if (options.TryGetValue("--variant", out var variant))
        {
            var result = Variant.Run(variant, count, seed, asOf, BundleSource.Compile(rules));
            Console.WriteLine(JsonSerializer.Serialize(result));
            return 0;
        }

        var directCount = int.Parse(options.GetValueOrDefault("--direct-count", Math.Min(count, 100_000).ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);
        var runs = new List<VariantResult>();
        foreach (var (name, n) in new[] { ("generate", count), ("handwritten", count), ("memoized", count), ("rulesengine", count), ("direct", directCount), ("memoized", directCount) })
        {
            Console.Error.WriteLine($"running {name} on {n:N0} enterprises …");
            runs.Add(Child(name, n, seed, asOf, rules));
        }

        var report = Report(runs, count, directCount);
        Console.WriteLine(report);
        if (options.TryGetValue("--report", out var file))
        {
            File.WriteAllText(file, report);
        }

        return Agree(runs) ? 0 : 1;
    }

    private static VariantResult Child(string variant, int count, long seed, DateOnly asOf, string rules)
    {
        var self = Environment.ProcessPath!;
        var info = new ProcessStartInfo(self)
        {
            RedirectStandardOutput = true,
            ArgumentList = { "--variant", variant, "--count", count.ToString(CultureInfo.InvariantCulture), "--seed", seed.ToString(CultureInfo.InvariantCulture),
                "--as-of", asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "--rules", rules },
        };
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var line = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Last();
        return JsonSerializer.Deserialize<VariantResult>(line)!;
    }

    private static bool Agree(List<VariantResult> runs)
    {
        var ok = true;
        foreach (var group in runs.Where(r => r.Variant != "generate").GroupBy(r => r.Count))
        {
            if (group.Select(r => r.CategoryChecksum).Distinct().Count() != 1
                || group.Where(r => r.FullChecksum.Length > 0).Select(r => r.FullChecksum).Distinct().Count() > 1)
            {
                Console.Error.WriteLine($"DISAGREEMENT on {group.Key:N0} enterprises: " + string.Join(", ", group.Select(r => $"{r.Variant} {r.CategoryChecksum}/{r.FullChecksum}")));
                ok = false;
            }
        }

        return ok;
    }

    private static string Report(List<VariantResult> runs, int count, int directCount)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}. Seed-generated population, streamed in chunks of {Variant.Chunk:N0}; every variant on all cores; scoring timed apart from generation.");
        text.AppendLine();
        text.AppendLine("| variant | enterprises | scoring s | enterprises/s | vs RulesEngine | vs hand-written | generation s | peak MiB (process) | notes |");
        text.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
        foreach (var run in runs.Where(r => r.Variant != "generate"))
        {
            var re = runs.FirstOrDefault(r => r.Variant == "rulesengine" && r.Count == run.Count);
            var hand = runs.FirstOrDefault(r => r.Variant == "handwritten" && r.Count == run.Count);
            string Ratio(VariantResult? other) => other is null ? "–" : (other.ScoringSeconds / run.ScoringSeconds).ToString("0.00×", CultureInfo.InvariantCulture);
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {run.Variant} | {run.Count:N0} | {run.ScoringSeconds:0.00} | {run.Count / run.ScoringSeconds:N0} | {Ratio(re)} | {Ratio(hand)} | {run.GenerationSeconds:0.0} | {run.PeakMegabytes:N0} | {run.Note} |");
        }

        foreach (var generation in runs.Where(r => r.Variant == "generate"))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| generation only (baseline) | {generation.Count:N0} | – | – | – | – | {generation.GenerationSeconds:0.0} | {generation.PeakMegabytes:N0} | |");
        }

        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"\"vs X\" = X's scoring time / this variant's (above 1: faster than X). Direct mode runs on {directCount:N0} enterprises, everything else on {count:N0}.");
        text.AppendLine(Agree(runs)
            ? "All variants agreed on every enterprise's category and ratio (order-sensitive checksums); the engines also on scores, levels, classes and regimes."
            : "THE VARIANTS DISAGREED: see stderr.");
        return text.ToString();
    }

    private static Dictionary<string, string> Options(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            options[args[i]] = args[i + 1];
        }

        return options;
    }
}
