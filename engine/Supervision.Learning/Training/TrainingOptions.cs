namespace Supervision.Learning.Training;

/// <summary>Learner settings; every one is recorded in the model's metadata.</summary>
/// <param name="Trainer">Which learner.</param>
/// <param name="Seed">Seed of the ML.NET context and the trainers: the same data and options give the same model.</param>
/// <param name="Trees">Boosted trees: number of trees.</param>
/// <param name="Leaves">Boosted trees: leaves per tree.</param>
/// <param name="MinLeafExamples">Boosted trees: fewest examples in a leaf (guards against learning single enterprises).</param>
/// <param name="LearningRate">Boosted trees: shrinkage.</param>
/// <param name="CalibrationShare">Share of the training rows, the latest ones, kept out to fit the Platt calibrator.</param>
/// <param name="L2">Linear model: L2 regularisation.</param>
/// <param name="L1">Linear model: L1 regularisation; null lets SDCA choose it.</param>
/// <param name="Features">Which features the learner reads.</param>
/// <param name="EarlyStoppingRounds">
/// LightGBM: during selection, stop adding trees when the validation period's log-loss has not improved for this many
/// rounds (at most <paramref name="Trees"/>), and refit with the number of trees found; null = exactly <paramref name="Trees"/>.
/// </param>
public sealed record TrainingOptions(
    TrainerKind Trainer = TrainerKind.FastTree,
    int Seed = 20261127,
    int Trees = 100,
    int Leaves = 8,
    int MinLeafExamples = 20,
    double LearningRate = 0.05,
    double CalibrationShare = 0.2,
    float L2 = 1f,
    float? L1 = null,
    FeatureSet Features = FeatureSet.All,
    int? EarlyStoppingRounds = null)
{
    /// <summary>The settings that apply to <see cref="Trainer"/>, as recorded in metadata.</summary>
    public IReadOnlyDictionary<string, string> Parameters()
    {
        var parameters = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["seed"] = $"{Seed}", ["calibration"] = "platt", ["calibration_share"] = Inv(CalibrationShare), ["threads"] = "1",
            ["features"] = Features.ToString().ToLowerInvariant(),
        };
        if (Trainer == TrainerKind.Sdca)
        {
            parameters["l2"] = Inv(L2);
            parameters["l1"] = L1 is { } l1 ? Inv(l1) : "auto";
        }
        else
        {
            if (Trainer == TrainerKind.LightGbm)
            {
                parameters["categorical"] = "native";
                parameters["early_stopping"] = EarlyStoppingRounds is { } rounds ? $"{rounds}" : "none";
            }

            parameters["trees"] = $"{Trees}";
            parameters["leaves"] = $"{Leaves}";
            parameters["min_leaf_examples"] = $"{MinLeafExamples}";
            parameters["learning_rate"] = Inv(LearningRate);
        }

        return parameters;
    }

    /// <summary>A short label for reports: "sdca all l2=1 l1=auto".</summary>
    public string Describe()
        => string.Join(' ', new[] { Trainer.ToString().ToLowerInvariant(), Features.ToString().ToLowerInvariant() }
            .Concat(Parameters().Where(p => p.Key is "l2" or "l1" or "trees" or "leaves" or "min_leaf_examples" or "learning_rate" or "early_stopping").Select(p => $"{p.Key}={p.Value}")));

    private static string Inv(double value) => value.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture);
}
