namespace Supervision.Learning.Evaluation;

/// <summary>Computes every measure of one scorer on a test period.</summary>
internal static class ScorerEvaluation
{
    /// <param name="name">Scorer name for the report.</param>
    /// <param name="scores">Higher = riskier; NaN ranks last.</param>
    /// <param name="labels">Violation found.</param>
    /// <param name="dates">Inspection dates.</param>
    /// <param name="isProbability">True when the scores are probabilities, so that the Brier score applies.</param>
    public static ScorerMetrics Measure(string name, IReadOnlyList<double> scores, IReadOnlyList<bool> labels, IReadOnlyList<DateOnly> dates, bool isProbability)
    {
        var ranking = new Ranking(scores, labels);
        var days = DaysEarlier.PerViolation(ranking, dates);
        return new ScorerMetrics(
            name,
            ranking.Count,
            ranking.Positives,
            RankingMetrics.Auc(ranking),
            RankingMetrics.AveragePrecision(ranking),
            isProbability ? RankingMetrics.Brier(scores, labels) : null,
            RankingMetrics.Lift(ranking, 0.10),
            RankingMetrics.Lift(ranking, 0.20),
            days.Length == 0 ? 0 : days.Average(),
            DaysEarlier.Median(days));
    }
}
