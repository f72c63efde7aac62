namespace Supervision.Learning.Evaluation;

/// <summary>The reliability table: predictions sorted and cut into ten groups of (nearly) equal size.</summary>
internal static class Reliability
{
    public static IReadOnlyList<DecileRow> Deciles(IReadOnlyList<double> probabilities, IReadOnlyList<bool> labels)
    {
        ArgumentNullException.ThrowIfNull(probabilities);
        ArgumentNullException.ThrowIfNull(labels);
        var order = Enumerable.Range(0, probabilities.Count).OrderBy(i => probabilities[i]).ToArray();
        return [.. order
            .Select((index, rank) => (Index: index, Decile: (int)((long)rank * 10 / order.Length) + 1))
            .GroupBy(x => x.Decile)
            .Select(g => new DecileRow(
                g.Key, g.Count(), g.Average(x => probabilities[x.Index]), g.Average(x => labels[x.Index] ? 1.0 : 0.0)))];
    }
}
