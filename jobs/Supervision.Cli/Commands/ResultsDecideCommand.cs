using System.CommandLine;
using Supervision.Application.Results;
using Supervision.Data.Import;
using Supervision.Data.Results;
using Supervision.Rules.Diagnostics;

namespace Supervision.Cli.Commands;

/// <summary>`supervision results decide`: a recommended outcome per finding, the ledger, and the next night's input.</summary>
internal static class ResultsDecideCommand
{
    public static Command Create(TimeProvider clock)
    {
        var draw = ResultsCommand.Draw();
        var results = ResultsCommand.Results();
        var data = CommonOptions.Data();
        var rules = CommonOptions.Rules();
        var asOf = CommonOptions.AsOf();
        asOf.Description = "decision date (yyyy-MM-dd): rectification deadlines after it are pending; default: today in Asia/Shanghai";
        var ledger = new Option<string?>("--ledger") { Description = "first-violation ledger (首次违法台账), read and updated; default: <out>/ledger.csv" };
        var seed = new Option<string?>("--ledger-seed") { Description = "ledger to start from when --ledger does not exist yet (e.g. data-samples/results/ledger-seed.csv)" };
        var output = ResultsCommand.Out();
        var command = new Command("decide",
            "Decide every finding with the tolerance list (rules/tolerance/): outcome, reason, legal bases, the Art. 33 education step; "
            + "update the ledger; write decisions.csv and next-data/ (the input directory with the results appended, for the next scoring).")
        {
            draw, results, data, rules, asOf, ledger, seed, output,
        };
        command.SetAction(parse => Run(parse.GetValue(draw)!, parse.GetValue(results)!, parse.GetValue(data)!, parse.GetValue(rules)!,
            parse.GetValue(asOf), parse.GetValue(ledger), parse.GetValue(seed), parse.GetValue(output)!, clock));
        return command;
    }

    private static int Run(string drawPath, string resultsPath, string dataDir, string rulesDir, string? asOfText, string? ledgerPath, string? seed,
        string output, TimeProvider clock)
    {
        if (!CommonOptions.TryAsOf(asOfText, clock, out var asOf))
        {
            return ExitCodes.Usage;
        }

        if (ResultsCommand.ReadDraw(drawPath, resultsPath) is not { } record)
        {
            return ExitCodes.MissingInput;
        }

        var bundle = BundleLoading.Load(rulesDir, "nothing was decided");
        if (bundle is null && !Directory.Exists(rulesDir))
        {
            return ExitCodes.MissingInput;
        }

        var diagnostics = new DiagnosticBag();
        var decider = DecideResults.LoadDecider(bundle, rulesDir, diagnostics);
        diagnostics.Sorted().ToList().ForEach(d => Console.Error.WriteLine(d));
        if (bundle is null || decider is null)
        {
            Console.Error.WriteLine("the rule bundle or the tolerance list has errors; nothing was decided");
            return ExitCodes.InvalidBundle;
        }

        ledgerPath ??= Path.Combine(output, "ledger.csv");
        if (!File.Exists(ledgerPath) && seed is not null)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(ledgerPath))!);
            File.Copy(seed, ledgerPath);
        }

        var summary = DecideResults.Decide(bundle, decider, dataDir, record, resultsPath, ledgerPath, output, asOf);
        ImportReportFormatter.Write(Console.Error, [summary.Report]);
        var list = decider.List.Settings;
        Console.WriteLine($"tolerance list {list.Id} {list.Version} ({decider.List.Items.Count} items, sha256 {decider.List.ContentHash[..12]}) · decided on {asOf:yyyy-MM-dd}");
        Console.WriteLine($"{summary.Results.Count} result(s), {summary.Decided.Count} finding(s):");
        foreach (var group in summary.Decided.GroupBy(d => d.Decision.Outcome).OrderBy(g => g.Key))
        {
            Console.WriteLine($"  {ResultWords.Of(group.Key),-10} {group.Count(),4}");
        }

        Console.WriteLine($"wrote {output}: decisions.csv, decisions.html, feedback-inspections.csv ({summary.InspectionRows}), feedback-credit-records.csv ({summary.PenaltyRows} penalties, {summary.ListingRows} abnormal-list entries), "
            + $"next-data/ (hidden hazards raised for {summary.HazardEnterprises} enterprise(s)); ledger {ledgerPath}");
        return summary.Report.Rejected > 0 ? ExitCodes.CompletedWithProblems : ExitCodes.Ok;
    }
}
