using Supervision.Learning.Explanations;
using Supervision.Learning.Training;

namespace Supervision.Learning.Evaluation;

/// <summary>One learner's results on the test period.</summary>
/// <param name="Metrics">The measures.</param>
/// <param name="Deciles">The reliability table.</param>
/// <param name="Importance">Mean absolute feature contribution on the test rows, largest first.</param>
/// <param name="ModelId">Id of the model trained on the training period.</param>
/// <param name="TrainingSeconds">Wall-clock time of model selection and training (the only figure that differs between runs).</param>
public sealed record ModelEvaluation(
    ScorerMetrics Metrics, IReadOnlyList<DecileRow> Deciles, IReadOnlyList<Contribution> Importance, string ModelId, double TrainingSeconds)
{
    /// <summary>AUC minus the rule score's, with its bootstrap interval; null when the data has no rule score.</summary>
    public AucDifference? VersusRule { get; init; }

    /// <summary>The configuration trained, e.g. "fasttree all l2=…".</summary>
    public string Configuration { get; init; } = "";

    /// <summary>How it was chosen on the training period; null when only one configuration was offered.</summary>
    public SelectionResult? Selection { get; init; }

    /// <summary>Its probability for each test row, in the order of <see cref="EvaluationResult.Test"/>.</summary>
    public IReadOnlyList<double> Probabilities { get; init; } = [];
}
