namespace Supervision.Learning.Evaluation;

/// <summary>
/// Examples ranked by score, highest first, in groups of equal score. Ties are never broken arbitrarily: every
/// metric treats a tied group as if its order were random and takes the expected value.
/// </summary>
internal sealed class Ranking
{
    public Ranking(IReadOnlyList<double> scores, IReadOnlyList<bool> labels)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentOutOfRangeException.ThrowIfNotEqual(labels.Count, scores.Count, nameof(labels));
        Labels = labels;
        Count = scores.Count;
        Positives = labels.Count(l => l);

        // A missing score (NaN) ranks last: the scorer had nothing to say about that inspection.
        var order = Enumerable.Range(0, Count).OrderByDescending(i => double.IsNaN(scores[i]) ? double.NegativeInfinity : scores[i]).ToArray();
        var groups = new List<int[]>();
        for (var start = 0; start < order.Length;)
        {
            var end = start + 1;
            while (end < order.Length && Same(scores[order[end]], scores[order[start]]))
            {
                end++;
            }

            groups.Add(order[start..end]);
            start = end;
        }

        Groups = groups;
    }

    public int Count { get; }

    public int Positives { get; }

    public IReadOnlyList<bool> Labels { get; }

    /// <summary>Indexes of the examples, grouped by equal score, highest score first.</summary>
    public IReadOnlyList<int[]> Groups { get; }

    private static bool Same(double a, double b) => a == b || (double.IsNaN(a) && double.IsNaN(b));
}
