using System.CommandLine;
using System.Globalization;
using Supervision.Application.Learning;
using Supervision.Learning.Evaluation;
using Supervision.Learning.Features;
using Supervision.Learning.Tables;

namespace Supervision.Cli.Commands;

/// <summary>`supervision ml evaluate`: temporal split, both learners, rule score and random order on the same test period.</summary>
internal static class MlEvaluate
{
    public static Command Create()
    {
        var data = CommonOptions.Data();
        var rules = CommonOptions.Rules();
        var table = MlCommand.Table();
        var roles = new TableRoleOptions();
        var share = MlCommand.TestShare();
        var splitDate = MlCommand.SplitDate();
        var output = new Option<string>("--out") { Description = "directory for report.html, metrics.csv, calibration.csv, importance.csv, predictions.csv (one line per test inspection)", DefaultValueFactory = _ => "out/ml-evaluation" };
        OutputPath.MustBeDirectory(output);
        var features = new Option<string?>("--write-features") { Description = "also write the examples as a feature table CSV (the form --table reads)" };
        var origins = new Option<int>("--origins")
        {
            Description = "also cut the test period into this many consecutive periods and evaluate each with learners chosen and trained on every inspection before it "
                + "(origins.csv, origins-spread.csv: each metric's mean, smallest and largest over the periods); 1 = only the single split",
            DefaultValueFactory = _ => 1,
        };
        var blend = new Option<bool>("--blend")
        {
            Description = "also measure model (blend): the mean of the three learners' calibrated probabilities, equal weights fixed in advance",
        };
        var command = new Command("evaluate",
            "Choose the linear baseline (sdca) and two kinds of boosted trees (fasttree, lightgbm) among fixed candidates by rolling-origin validation inside the earlier inspections, train them on all the earlier inspections and compare them with the rule score and random order on the later ones: AUC, AUPRC, Brier, calibration by decile, lift at 10 % and 20 %, days earlier.")
        {
            data, rules, table, share, splitDate, origins, blend, output, features,
        };
        foreach (var option in roles.All)
        {
            command.Options.Add(option);
        }

        command.SetAction(parse => roles.TryRead(parse, out var tableRoles)
            ? Run(parse.GetValue(table), tableRoles, parse.GetValue(data)!, parse.GetValue(rules)!, parse.GetValue(splitDate), parse.GetValue(share),
                parse.GetValue(origins), parse.GetValue(blend), parse.GetValue(output)!, parse.GetValue(features))
            : ExitCodes.Usage);
        return command;
    }

    private static int Run(string? table, TableRoles roles, string dataDir, string rulesDir, string? splitDate, double share, int origins, bool blend, string output, string? featuresOut)
    {
        var dataset = MlInputs.Load(table, roles, dataDir, rulesDir, out var bundle, out var code);
        if (dataset is null)
        {
            return code;
        }

        if (featuresOut is not null)
        {
            FeatureTableWriter.Write(featuresOut, dataset);
        }

        if (origins < 1)
        {
            Console.Error.WriteLine($"--origins {origins}: give at least 1 (1 = only the single split)");
            return ExitCodes.Usage;
        }

        TemporalSplit? split;
        EvaluationResult result;
        IReadOnlyList<EvaluationResult> periods = [];
        try
        {
            split = MlInputs.Split(dataset, splitDate, share);
            if (split is null)
            {
                return ExitCodes.Usage;
            }

            Console.Error.WriteLine($"training on {split.Train.Examples.Count:N0} inspections before {split.Boundary:yyyy-MM-dd}, testing on {split.Test.Examples.Count:N0} …");
            result = EvaluateModel.Run(split, bundle?.Bundle.ContentHash, blend);
            if (origins > 1)
            {
                Console.Error.WriteLine($"rolling origins: the test period in {origins} periods, each trained on every inspection before it …");
                periods = EvaluateModel.Rolling(dataset, split, origins, bundle?.Bundle.ContentHash, blend);
            }
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine(e.Message);
            return ExitCodes.Usage;
        }

        EvaluateModel.Write(result, output);
        Console.WriteLine($"{result.Origin}: {result.Features} features; train {result.TrainRows:N0} ({result.TrainPositives:N0} violations) before {result.Boundary:yyyy-MM-dd}; test {result.Random.Rows:N0} ({result.Random.Positives:N0} violations)");
        foreach (var metrics in result.AllMetrics)
        {
            Console.WriteLine(MlInputs.Row(metrics));
        }

        foreach (var model in result.Models.Where(m => m.Selection is not null))
        {
            var s = model.Selection!;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{model.Metrics.Scorer}: chose {model.Configuration} on {s.PeriodsFrom.Count} validation periods from {s.ValidationFrom:yyyy-MM-dd} ({s.ValidationRows:N0} training inspections, {s.ValidationPositives:N0} violations): mean AUC {s.ChosenScore.Auc:0.000} ({string.Join(" / ", s.ChosenScore.PeriodAucs.Select(a => a.ToString("0.000", CultureInfo.InvariantCulture)))}) of {s.Candidates.Count} candidates{(s.RuleScoreAuc is { } r ? $", {dataset.Baseline} {r:0.000}" : "")}"));
        }

        foreach (var model in result.Models.Where(m => m.VersusRule is not null))
        {
            var d = model.VersusRule!;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{model.Metrics.Scorer} − {dataset.Baseline}: AUC {d.Difference:+0.000;-0.000} (95 % bootstrap interval {d.Low:+0.000;-0.000} … {d.High:+0.000;-0.000})"));
        }

        if (periods.Count > 0)
        {
            EvaluateModel.WriteRolling(periods, output);
            Console.WriteLine($"rolling origins: {periods.Count} test periods from {string.Join(", ", periods.Select(p => p.Boundary.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))}; mean (smallest … largest) over the periods:");
            foreach (var group in RollingOrigins.Spread(periods).Where(s => s.Metric is "auc" or "days_earlier_mean").GroupBy(s => s.Scorer, StringComparer.Ordinal))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{group.Key,-18} {string.Join("  ", group.Select(s => s.Metric == "auc" ? $"AUC {s.Mean:0.000} ({s.Min:0.000} … {s.Max:0.000})" : $"days earlier {s.Mean:0.0} ({s.Min:0.0} … {s.Max:0.0})"))}"));
            }

            foreach (var scorer in periods[0].Models.Select(m => m.Metrics.Scorer))
            {
                var ahead = periods.Count(p => p.Models.Single(m => m.Metrics.Scorer == scorer).VersusRule is { Low: > 0 });
                if (periods[0].Rule is not null)
                {
                    Console.WriteLine($"{scorer}: ahead of the {dataset.Baseline} (bootstrap interval above 0) in {ahead} of {periods.Count} periods");
                }
            }
        }

        Console.WriteLine($"wrote {Path.Combine(output, "report.html")}, metrics.csv, calibration.csv, importance.csv, predictions.csv{(periods.Count > 0 ? ", origins.csv, origins-spread.csv" : "")}");
        return code;
    }
}
