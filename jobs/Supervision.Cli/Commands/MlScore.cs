using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Supervision.Application.Learning;
using Supervision.Learning.Scoring;
using Supervision.Learning.Tables;
using Supervision.Learning.Training;

namespace Supervision.Cli.Commands;

/// <summary>`supervision ml score`: a saved model's probability and top reasons for each enterprise → learned-risk.csv.</summary>
internal static class MlScore
{
    public static Command Create(TimeProvider clock)
    {
        var model = new Option<string>("--model") { Description = "model zip written by `ml train`", DefaultValueFactory = _ => "out/ml/model.zip" };
        var data = CommonOptions.Data();
        var rules = CommonOptions.Rules();
        var asOf = CommonOptions.AsOf();
        var table = MlCommand.Table();
        var roles = new TableRoleOptions();
        var reasons = new Option<int>("--reasons") { Description = "top contributing features written per enterprise", DefaultValueFactory = _ => 3 };
        var output = new Option<string>("--out") { Description = "CSV to write (uscc, learned_violation_risk = the probability, model_id, reasons; with --table: row_id, entity_id, inspection_date, learned_violation_risk, rank, model_id, reasons); put it in the --data directory of `score` to use it in rules", DefaultValueFactory = _ => "out/" + LearnedRiskCsv.FileName };
        OutputPath.MustBeFile(output);
        var command = new Command("score",
            "Score every registered enterprise as of a date (or the rows of --table) with a saved model: the probability that an inspection finds a violation, and the features that contributed most.")
        {
            model, data, rules, asOf, table, reasons, output,
        };
        foreach (var option in roles.All.Where(o => o != roles.Ignore && o != roles.Categorical && o != roles.NoHistory))
        {
            command.Options.Add(option);
        }

        command.SetAction(parse => roles.TryRead(parse, out var tableRoles)
            ? Run(parse.GetValue(model)!, parse.GetValue(table), tableRoles, parse.GetValue(data)!, parse.GetValue(rules)!,
                parse.GetValue(asOf), parse.GetValue(reasons), parse.GetValue(output)!, clock)
            : ExitCodes.Usage);
        return command;
    }

    private static int Run(string modelPath, string? table, TableRoles roles, string dataDir, string rulesDir, string? asOfText, int reasons, string output, TimeProvider clock)
    {
        if (!CommonOptions.TryAsOf(asOfText, clock, out var asOf))
        {
            return ExitCodes.Usage;
        }

        RiskModel model;
        try
        {
            model = RiskModel.Load(modelPath);
        }
        catch (FileNotFoundException e)
        {
            Console.Error.WriteLine(e.Message);
            return ExitCodes.MissingInput;
        }

        IReadOnlyList<LearnedRisk> risks;
        int code;
        if (table is not null)
        {
            var watch = Stopwatch.StartNew();
            var dataset = MlInputs.LoadTable(table, roles, requireLabel: false, model.Metadata.Features, out code);
            if (dataset is null)
            {
                return code;
            }

            var read = watch.Elapsed.TotalSeconds;
            risks = ScoreLearnedRisk.Table(model, dataset, reasons);
            var scored = watch.Elapsed.TotalSeconds;
            ScoreLearnedRisk.WriteTable(output, risks);
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"read {dataset.Examples.Count:N0} rows in {read:0.0} s, scored{(reasons > 0 ? $" and explained ({reasons} reasons)" : "")} in {scored - read:0.0} s, wrote in {watch.Elapsed.TotalSeconds - scored:0.0} s"));
            Console.WriteLine($"scored {risks.Count:N0} rows of {table} with {model.Metadata.ModelId} "
                + $"(mean probability {(risks.Count == 0 ? 0 : risks.Average(r => r.Probability)):0.000}); wrote {output}");
            return code;
        }

        var population = MlInputs.LoadPopulation(dataDir, rulesDir, out var bundle, out code);
        if (population is null)
        {
            return code;
        }

        try
        {
            risks = ScoreLearnedRisk.Population(model, population, bundle!, asOf, reasons);
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine($"the model {model.Metadata.ModelId} does not fit the bundle: {e.Message}");
            return ExitCodes.InvalidBundle;
        }

        ScoreLearnedRisk.Write(output, risks);
        Console.WriteLine($"scored {risks.Count:N0} enterprises as of {asOf:yyyy-MM-dd} with {model.Metadata.ModelId} "
            + $"(mean probability {(risks.Count == 0 ? 0 : risks.Average(r => r.Probability)):0.000}); wrote {output}");
        return code;
    }
}
