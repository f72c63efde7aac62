using System.CommandLine;
using System.Diagnostics;
using Supervision.Application.Learning;
using Supervision.Learning.Tables;
using Supervision.Learning.Training;

namespace Supervision.Cli.Commands;

/// <summary>`supervision ml train`: measure the whole procedure on a temporal split, then select and train on every inspection and save the model with its metadata.</summary>
internal static class MlTrain
{
    public static Command Create()
    {
        var data = CommonOptions.Data();
        var rules = CommonOptions.Rules();
        var table = MlCommand.Table();
        var roles = new TableRoleOptions();
        var trainer = MlCommand.Trainer();
        var share = MlCommand.TestShare();
        var splitDate = MlCommand.SplitDate();
        var noHoldout = new Option<bool>("--no-holdout")
        {
            Description = "skip the holdout measurement (when `ml evaluate` has already measured the procedure on this data): the model's metadata then records no holdout metrics",
        };
        var output = new Option<string>("--out") { Description = "model zip to write (its metadata goes next to it as .json)", DefaultValueFactory = _ => "out/ml/model.zip" };
        OutputPath.MustBeFile(output);
        var command = new Command("train",
            "Train a violation-risk model on past inspections (features as of the day before each one). A configuration is chosen among fixed candidates on the latest quarter of the inspections (validation AUC) and refitted on all of them. The holdout metrics of a temporal split (selection and training on the earlier part) are measured first and stored in the model's metadata with the data hash, features, trainer, parameters and package versions.")
        {
            data, rules, table, trainer, share, splitDate, noHoldout, output,
        };
        foreach (var option in roles.All)
        {
            command.Options.Add(option);
        }

        command.SetAction(parse => roles.TryRead(parse, out var tableRoles)
            ? Run(parse.GetValue(table), tableRoles, parse.GetValue(data)!, parse.GetValue(rules)!, parse.GetValue(trainer),
                parse.GetValue(splitDate), parse.GetValue(share), parse.GetValue(noHoldout), parse.GetValue(output)!)
            : ExitCodes.Usage);
        return command;
    }

    private static int Run(string? table, TableRoles roles, string dataDir, string rulesDir, TrainerKind trainer, string? splitDate, double share, bool noHoldout, string output)
    {
        var dataset = MlInputs.Load(table, roles, dataDir, rulesDir, out var bundle, out var code);
        if (dataset is null)
        {
            return code;
        }

        RiskModel model;
        var watch = Stopwatch.StartNew();
        try
        {
            var split = noHoldout ? null : MlInputs.Split(dataset, splitDate, share);
            if (split is null && !noHoldout)
            {
                return ExitCodes.Usage;
            }

            var trained = TrainModel.Run(dataset, split, trainer, bundle?.Bundle.ContentHash);
            if (trained.Holdout is { } holdout)
            {
                Console.WriteLine($"holdout from {split!.Boundary:yyyy-MM-dd}: {MlInputs.Row(holdout)}");
            }
            model = trained.Model;
            Console.WriteLine($"chose {trained.Options.Describe()}{(trained.Selection is null ? "" : $" by {trained.Selection.Criterion}: {trained.Selection.ChosenScore.Auc:0.000}")}");
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine(e.Message);
            return ExitCodes.Usage;
        }

        var seconds = watch.Elapsed.TotalSeconds;
        model.Save(output);
        var m = model.Metadata;
        Console.WriteLine($"trained {m.ModelId} on {m.Rows:N0} inspections ({m.Positives:N0} violations, {m.FirstDate:yyyy-MM-dd} … {m.LastDate:yyyy-MM-dd}) in {seconds:0.00} s; {m.Features.Count} features");
        Console.WriteLine($"wrote {output} and {RiskModel.MetadataPath(output)}");
        return code;
    }
}
