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
internal sealed record TrainingOptions(
    TrainerKind Trainer = TrainerKind.FastTree,
    int Seed = 20261127,
    int Trees = 100,
    int Leaves = 8,
    int MinLeafExamples = 20,
    double LearningRate = 0.05,
    double CalibrationShare = 0.2,
    float L2 = 1f)
{
    /// <summary>The settings that apply to <see cref="Trainer"/>, as recorded in metadata.</summary>
    public IReadOnlyDictionary<string, string> Parameters() => Trainer == TrainerKind.Sdca
        ? new SortedDictionary<string, string>(StringComparer.Ordinal) { ["seed"] = $"{Seed}", ["l2"] = Inv(L2), ["calibration"] = "platt", ["calibration_share"] = Inv(CalibrationShare), ["threads"] = "1" }
        : new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["seed"] = $"{Seed}", ["trees"] = $"{Trees}", ["leaves"] = $"{Leaves}", ["min_leaf_examples"] = $"{MinLeafExamples}",
            ["learning_rate"] = Inv(LearningRate), ["calibration"] = "platt", ["calibration_share"] = Inv(CalibrationShare), ["threads"] = "1",
        };

    private static string Inv(double value) => value.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture);
}
