using Supervision.Learning.Features;

namespace Supervision.Learning.Evaluation;

/// <summary>A temporal evaluation of the learners against the rule score and random order on the same test period.</summary>
/// <param name="Origin">Where the inspections come from.</param>
/// <param name="Boundary">First test date.</param>
/// <param name="Features">Number of features.</param>
/// <param name="TrainRows">Training inspections.</param>
/// <param name="TrainPositives">Training inspections with a violation.</param>
/// <param name="Models">Each learner's results.</param>
/// <param name="Rule">The rule score's results; null when the data has no rule score.</param>
/// <param name="Random">Random order's results.</param>
/// <param name="Gains">Per scorer, the share of the test period's violations found after each twentieth of its inspections (21 points from 0).</param>
public sealed record EvaluationResult(
    string Origin,
    DateOnly Boundary,
    int Features,
    int TrainRows,
    int TrainPositives,
    IReadOnlyList<ModelEvaluation> Models,
    ScorerMetrics? Rule,
    ScorerMetrics Random,
    IReadOnlyDictionary<string, double[]> Gains)
{
    /// <summary>The labelled test rows every scorer was measured on, in date order (their per-row predictions are in the models).</summary>
    public IReadOnlyList<InspectionExample> Test { get; init; } = [];

    public IEnumerable<ScorerMetrics> AllMetrics => [.. Models.Select(m => m.Metrics), .. Rule is null ? [] : new[] { Rule }, Random];
}
