namespace Supervision.Learning.Training;

/// <summary>
/// The configurations model selection chooses among, fixed before any data was looked at. Each list runs from the
/// most constrained to the most flexible, so that a tie on the validation criterion goes to the simpler model.
/// </summary>
public static class CandidateGrid
{
    /// <summary>Logistic regression: the rules' three outputs alone, then every feature from heavy to light L2, each light one also with a small L1 (sparser).</summary>
    public static IReadOnlyList<TrainingOptions> Sdca { get; } =
    [
        new(TrainerKind.Sdca, L2: 1f, Features: FeatureSet.Rules),
        new(TrainerKind.Sdca, L2: 100f),
        new(TrainerKind.Sdca, L2: 10f),
        new(TrainerKind.Sdca, L2: 1f, L1: 0.01f),
        new(TrainerKind.Sdca, L2: 1f),
        new(TrainerKind.Sdca, L2: 0.1f, L1: 0.01f),
        new(TrainerKind.Sdca, L2: 0.1f),
    ];

    /// <summary>Boosted trees: the rules' outputs alone, then from few small trees with large leaves to the earlier default and larger.</summary>
    public static IReadOnlyList<TrainingOptions> FastTree { get; } =
    [
        new(TrainerKind.FastTree, Trees: 50, Leaves: 4, MinLeafExamples: 50, Features: FeatureSet.Rules),
        new(TrainerKind.FastTree, Trees: 20, Leaves: 4, MinLeafExamples: 100, LearningRate: 0.1),
        new(TrainerKind.FastTree, Trees: 50, Leaves: 4, MinLeafExamples: 50),
        new(TrainerKind.FastTree, Trees: 100, Leaves: 4, MinLeafExamples: 100),
        new(TrainerKind.FastTree, Trees: 100, Leaves: 8, MinLeafExamples: 20),
        new(TrainerKind.FastTree, Trees: 200, Leaves: 16, MinLeafExamples: 20),
    ];

    /// <summary>
    /// LightGBM: the rules' outputs alone, then from small trees with large leaves to larger ones, and one slower
    /// learner; every one but the first grows up to 1,000 trees and stops where the validation period's log-loss has
    /// not improved for 30 rounds.
    /// </summary>
    public static IReadOnlyList<TrainingOptions> LightGbm { get; } =
    [
        new(TrainerKind.LightGbm, Trees: 50, Leaves: 4, MinLeafExamples: 50, Features: FeatureSet.Rules),
        new(TrainerKind.LightGbm, Trees: 1000, Leaves: 4, MinLeafExamples: 100, LearningRate: 0.1, EarlyStoppingRounds: 30),
        new(TrainerKind.LightGbm, Trees: 1000, Leaves: 8, MinLeafExamples: 50, LearningRate: 0.1, EarlyStoppingRounds: 30),
        new(TrainerKind.LightGbm, Trees: 1000, Leaves: 16, MinLeafExamples: 50, LearningRate: 0.1, EarlyStoppingRounds: 30),
        new(TrainerKind.LightGbm, Trees: 1000, Leaves: 32, MinLeafExamples: 20, LearningRate: 0.1, EarlyStoppingRounds: 30),
        new(TrainerKind.LightGbm, Trees: 1000, Leaves: 8, MinLeafExamples: 50, LearningRate: 0.05, EarlyStoppingRounds: 30),
    ];

    public static IReadOnlyList<TrainingOptions> For(TrainerKind trainer) => trainer switch
    {
        TrainerKind.Sdca => Sdca,
        TrainerKind.LightGbm => LightGbm,
        _ => FastTree,
    };

    /// <summary>Every learner's grid, in the order evaluations report them.</summary>
    public static IReadOnlyList<IReadOnlyList<TrainingOptions>> All { get; } = [Sdca, FastTree, LightGbm];
}
