using System.CommandLine;
using System.Diagnostics;
using Supervision.Application.Alerts;
using Supervision.Application.Scoring;
using Supervision.Data.Import;
using Supervision.Data.Scoring;
using Supervision.Rules.Alerts;
using Supervision.Rules.Scoring;

namespace Supervision.Cli.Commands;

/// <summary>`supervision score`: data + rules + as-of → assessments CSV and a summary table.</summary>
internal static class ScoreCommand
{
    public static Command Create(TimeProvider clock)
    {
        var data = CommonOptions.Data();
        var rules = CommonOptions.Rules();
        var asOf = CommonOptions.AsOf();
        var output = new Option<string>("--out") { Description = "assessments CSV to write", DefaultValueFactory = _ => "out/assessments.csv" };
        OutputPath.MustBeFile(output);
        var mode = new Option<EngineMode>("--mode")
        {
            Description = "memoized (default: NRules once per distinct pattern, checked against compiled conditions) or direct (every enterprise through NRules)",
            DefaultValueFactory = _ => EngineMode.Memoized,
        };
        var previous = PreviousAssessmentsOption.Create();
        var alerts = new Option<string?>("--alerts") { Description = "alert list CSV to write; default: alerts.csv beside --out" };
        OutputPath.MustBeFile(alerts);
        var command = new Command("score",
            "Score every enterprise: safety level, credit class, supervision category, inspection ratio, fired rules; and raise the night's alerts (预警).")
        {
            data, rules, asOf, output, mode, previous, alerts,
        };
        command.SetAction(parse => Run(parse.GetValue(data)!, parse.GetValue(rules)!, parse.GetValue(asOf), parse.GetValue(output)!,
            parse.GetValue(mode), parse.GetValue(previous), parse.GetValue(alerts), clock));
        return command;
    }

    private static int Run(
        string dataDir, string rulesDir, string? asOfText, string output, EngineMode mode, string? previousFile, string? alertsFile, TimeProvider clock)
    {
        if (!CommonOptions.TryAsOf(asOfText, clock, out var asOf))
        {
            return ExitCodes.Usage;
        }

        var bundle = BundleLoading.Load(rulesDir, "nothing was scored");
        if (bundle is null)
        {
            return BundleLoading.FailureCode(rulesDir);
        }

        if (!File.Exists(Path.Combine(dataDir, "enterprises.csv")))
        {
            Console.Error.WriteLine($"'{Path.Combine(dataDir, "enterprises.csv")}' not found: --data must name a directory with enterprises.csv");
            return ExitCodes.MissingInput;
        }

        if (!PreviousAssessmentsOption.TryRead(previousFile, out var previous))
        {
            return ExitCodes.MissingInput;
        }

        var watch = Stopwatch.StartNew();
        var scoring = new ScorePopulation(bundle, new ScoringOptions(mode));
        Console.Error.WriteLine($"reading {dataDir} …");
        var population = scoring.Load(dataDir);
        ImportReportFormatter.Write(Console.Error, population.Reports);
        var rejected = population.Reports.Sum(r => r.Rejected);

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        var summary = new AssessmentSummary(bundle.Bundle.Manifest);
        var total = population.Enterprises.Count;
        var progress = new ProgressLine("scored", total);
        var collector = new RaiseAlerts(bundle).Collector(population, previous, asOf);
        using (var stream = File.Create(output))
        {
            var assessments = scoring.Score(population, asOf)
                .Select(a => progress.Tick(summary.Add(collector.Add(a))));
            AssessmentCsv.Write(stream, assessments, bundle);
        }

        var raised = collector.Complete();
        var alertsPath = alertsFile ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(output))!, AlertCsv.FileName);
        using (var stream = File.Create(alertsPath))
        {
            AlertCsv.Write(stream, raised.Alerts);
        }

        progress.Done();
        Console.WriteLine($"as-of {asOf:yyyy-MM-dd} · bundle {bundle.Bundle.Manifest.Id} {bundle.Bundle.Manifest.Version} · sha256 {bundle.Bundle.ContentHash}");
        Console.WriteLine(summary.Format());
        Console.WriteLine($"wrote {output} in {watch.Elapsed.TotalSeconds:0.0} s "
            + $"({scoring.Engine.Statistics.NRulesCases} NRules cases in {scoring.Engine.Statistics.Sessions} sessions, {scoring.Engine.VerifiedPatterns} verified patterns)");
        Console.WriteLine($"alerts: {raised.Alerts.Count} ({string.Join(", ", AlertVocabulary.LevelsByUrgency.Select(l => $"{l} {raised.Alerts.Count(a => a.Level == l)}"))}), "
            + $"{raised.Alerts.Where(a => a.Lead).Select(a => a.Uscc).Distinct().Count()} case leads; "
            + $"compared with {(previousFile is null ? "no previous assessment" : $"{previous.Count} previous assessments")} → {alertsPath}");
        foreach (var failure in raised.Failures)
        {
            Console.Error.WriteLine($"{failure.Uscc}: {failure.Message}");
        }

        if (summary.Errors > 0)
        {
            Console.Error.WriteLine($"{summary.Errors} enterprises could not be evaluated: see the error column of {output}");
        }

        return rejected > 0 || summary.Errors > 0 || raised.Failures.Count > 0 ? ExitCodes.CompletedWithProblems : ExitCodes.Ok;
    }
}
