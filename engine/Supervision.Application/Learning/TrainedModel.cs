using Supervision.Learning.Evaluation;
using Supervision.Learning.Training;

namespace Supervision.Application.Learning;

/// <summary>What <see cref="TrainModel"/> made: the model, the holdout's measure of the procedure, and what selection chose.</summary>
/// <param name="Model">The model trained on every inspection (save it with <see cref="RiskModel.Save"/>).</param>
/// <param name="Holdout">The procedure's metrics on the holdout; null when it was not measured.</param>
/// <param name="Options">The configuration chosen.</param>
/// <param name="Selection">How it was chosen (null when the grid had one candidate).</param>
public sealed record TrainedModel(RiskModel Model, ScorerMetrics? Holdout, TrainingOptions Options, SelectionResult? Selection);
