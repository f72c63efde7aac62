using System.CommandLine;
using Supervision.Learning.Training;

namespace Supervision.Cli.Commands;

/// <summary>`supervision ml train | evaluate | score`: the learned violation risk (docs/learned-risk.md).</summary>
internal static class MlCommand
{
    public static Command Create(TimeProvider clock)
    {
        var command = new Command("ml", "Learned violation risk: train a model on past inspections, evaluate it against the rule score and random order, score enterprises.");
        command.Subcommands.Add(MlTrain.Create());
        command.Subcommands.Add(MlEvaluate.Create());
        command.Subcommands.Add(MlScore.Create(clock));
        return command;
    }

    public static Option<string?> Table() => new("--table")
    {
        Description = "a feature table instead of --data: one row per inspection, an entity, a date, a label and any numeric, boolean or text (categorical) columns as written; "
            + "columns named by --id --entity --date --label --baseline --ignore (defaults: enterprise_id or uscc, inspection_date, label, rule_score); see docs/learned-risk.md",
    };

    public static Option<TrainerKind> Trainer() => new("--trainer")
    {
        Description = "fasttree (boosted trees, Platt-calibrated on held-out rows; default), lightgbm (boosted trees with native categorical splits and early stopping) or sdca (logistic regression)",
        DefaultValueFactory = _ => TrainerKind.FastTree,
    };

    public static Option<double> TestShare() => new("--test-share")
    {
        Description = "share of the latest inspections tested on (the rest, all earlier, is trained on)",
        DefaultValueFactory = _ => 0.3,
    };

    public static Option<string?> SplitDate() => new("--split-date")
    {
        Description = "first test date (yyyy-MM-dd) instead of --test-share",
    };
}
