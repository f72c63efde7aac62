using System.CommandLine;
using System.Diagnostics;
using Supervision.Application.WhatIf;
using Supervision.Data.Import;
using Supervision.Data.WhatIf;

namespace Supervision.Cli.Commands;

/// <summary>`supervision rules diff`: what a candidate bundle would change on a population, before it is published.</summary>
internal static class RulesDiffCommand
{
    public static Command Create(TimeProvider clock)
    {
        var baseRules = new Option<string>("--base") { Description = "rule bundle in force: a bundle directory, or a publication store (its current bundle)", Required = true };
        var candidate = new Option<string>("--candidate") { Description = "candidate rule bundle directory", Required = true };
        var data = CommonOptions.Data();
        var asOf = CommonOptions.AsOf();
        var output = new Option<string>("--out")
        {
            Description = $"directory to write {DiffHtml.File}, {DiffCsv.ChangesFile} and {DiffCsv.TransitionsFile} into",
            DefaultValueFactory = _ => "out/rules-diff",
        };
        OutputPath.MustBeDirectory(output);
        var limit = new Option<int>("--html-limit")
        {
            Description = $"changed enterprises explained side by side in {DiffHtml.File} ({DiffCsv.ChangesFile} always lists all)",
            DefaultValueFactory = _ => RulesDiff.DefaultExplanationLimit,
        };
        var command = new Command("diff",
            "What-if: score the same population under a base and a candidate bundle and report the category transition matrix, "
            + "expected inspections and inspector workload per category, the rules that fire differently, and every enterprise whose "
            + $"outcome changed with both explanations ({DiffHtml.File}, {DiffCsv.ChangesFile}, {DiffCsv.TransitionsFile}).")
        {
            baseRules, candidate, data, asOf, output, limit,
        };
        command.SetAction(parse => Run(parse.GetValue(baseRules)!, parse.GetValue(candidate)!, parse.GetValue(data)!, parse.GetValue(asOf),
            parse.GetValue(output)!, parse.GetValue(limit), clock));
        return command;
    }

    private static int Run(string baseDir, string candidateDir, string dataDir, string? asOfText, string output, int limit, TimeProvider clock)
    {
        if (!CommonOptions.TryAsOf(asOfText, clock, out var asOf))
        {
            return ExitCodes.Usage;
        }

        if (limit < 0)
        {
            Console.Error.WriteLine("--html-limit must be 0 or more");
            return ExitCodes.Usage;
        }

        var watch = Stopwatch.StartNew();
        // Compile both even when one fails, so that every problem is printed at once.
        var bundles = new[] { baseDir, candidateDir }.Select(dir => BundleLoading.Load(dir, "nothing was compared")).ToArray();
        if (bundles[0] is not { } baseBundle || bundles[1] is not { } candidateBundle)
        {
            return Math.Max(BundleLoading.FailureCode(baseDir), BundleLoading.FailureCode(candidateDir));
        }

        if (!File.Exists(Path.Combine(dataDir, PopulationLoader.EnterprisesFile)))
        {
            Console.Error.WriteLine($"'{Path.Combine(dataDir, PopulationLoader.EnterprisesFile)}' not found: --data must name a directory with enterprises.csv");
            return ExitCodes.MissingInput;
        }

        var diff = new DiffRules(baseBundle, candidateBundle);
        Console.Error.WriteLine($"reading {dataDir} …");
        var population = diff.Load(dataDir, out var conflict);
        if (population is null)
        {
            Console.Error.WriteLine($"{conflict}; nothing was compared");
            return ExitCodes.InvalidBundle;
        }

        ImportReportFormatter.Write(Console.Error, population.Reports);
        var report = diff.Run(population, asOf, limit, new ConsoleProgress("scored under both bundles", population.Enterprises.Count));
        Console.Error.WriteLine();
        DiffRules.Write(report, dataDir, output);
        var html = Path.Combine(output, DiffHtml.File);
        Console.Write(DiffText.Format(report));
        Console.WriteLine($"wrote {html}, {DiffCsv.ChangesFile} ({report.Changed.Count} changed enterprises) and {DiffCsv.TransitionsFile} "
            + $"in {watch.Elapsed.TotalSeconds:0.0} s");
        if (report.BaseErrors + report.CandidateErrors > 0)
        {
            Console.Error.WriteLine($"{report.BaseErrors} enterprise(s) could not be evaluated under the base bundle and {report.CandidateErrors} under the "
                + $"candidate: see the error row and column of {DiffCsv.TransitionsFile} (and {DiffCsv.ChangesFile} where only one side failed)");
        }

        var problems = population.Reports.Sum(r => r.Rejected) + report.BaseErrors + report.CandidateErrors;
        return problems > 0 ? ExitCodes.CompletedWithProblems : ExitCodes.Ok;
    }
}
