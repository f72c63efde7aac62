namespace Supervision.Learning.Evaluation;

/// <summary>How well one ordering of a test period's inspections finds its violations.</summary>
/// <param name="Scorer">"model (fasttree)", "rule score", "random order".</param>
/// <param name="Rows">Test inspections.</param>
/// <param name="Positives">Test inspections that found a violation.</param>
/// <param name="Auc">Area under the ROC curve (ties count half).</param>
/// <param name="Auprc">Area under the precision–recall curve as average precision (tied scores form one step).</param>
/// <param name="Brier">Mean squared error of the probability; null for scores that are not probabilities.</param>
/// <param name="Lift10">Violation rate among the top 10 % over the overall rate.</param>
/// <param name="Lift20">Violation rate among the top 20 % over the overall rate.</param>
/// <param name="DaysEarlierMean">Mean days earlier each violation would have been found had the period's visits followed this order.</param>
/// <param name="DaysEarlierMedian">Median of the same.</param>
public sealed record ScorerMetrics(
    string Scorer,
    int Rows,
    int Positives,
    double Auc,
    double Auprc,
    double? Brier,
    double Lift10,
    double Lift20,
    double DaysEarlierMean,
    double DaysEarlierMedian);
