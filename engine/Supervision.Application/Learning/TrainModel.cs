using Supervision.Learning.Evaluation;
using Supervision.Learning.Features;
using Supervision.Learning.Training;

namespace Supervision.Application.Learning;

/// <summary>
/// Trains the learned risk model honestly: the whole procedure (choose a configuration on the earlier inspections, then
/// refit) is first measured on a holdout after <see cref="TemporalSplit.Boundary"/>; the model kept repeats the procedure
/// on every inspection, so its own selection's validation period is the latest quarter of them all.
/// </summary>
public static class TrainModel
{
    /// <param name="dataset">Every inspection as an example (features as of the day before it).</param>
    /// <param name="split">The holdout split that measures the procedure; null to skip the measurement (the model then records none).</param>
    /// <param name="trainer">Which learner's candidate grid to choose from.</param>
    /// <param name="bundleHash">The bundle whose rule score the examples carry, recorded with the model; null for a feature table.</param>
    /// <exception cref="ArgumentException">The data cannot train the learner (too few examples or violations).</exception>
    public static TrainedModel Run(InspectionDataset dataset, TemporalSplit? split, TrainerKind trainer, string? bundleHash)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var candidates = CandidateGrid.For(trainer);
        var holdout = split is null ? null : Evaluator.Run(split, [candidates], bundleHash).Models[0].Metrics;
        var (options, selection) = ModelSelection.Choose(dataset, candidates);
        var model = RiskModelTrainer.Train(dataset, options, bundleHash, holdout, selection);
        return new TrainedModel(model, holdout, options, selection);
    }
}
