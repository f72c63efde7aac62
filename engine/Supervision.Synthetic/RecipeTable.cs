using Supervision.Model.Randomness;
namespace Supervision.Synthetic;

/// <summary>
/// Every allowed combination of options of some <see cref="RecipeGroup"/>s, bucketed by total points, so that a
/// combination can be drawn with its natural probability conditioned on its total falling in a band: that is how the
/// generator hits a target safety level or credit class exactly, and lands enterprises on band edges.
/// </summary>
/// <remarks>Immutable after construction; safe to share between threads.</remarks>
internal sealed class RecipeTable
{
    private readonly IReadOnlyList<RecipeGroup> _groups;
    private readonly int[] _totals;
    private readonly double[] _masses;
    private readonly int[][] _codes;
    private readonly double[][] _cumulative;

    /// <param name="groups">The groups; at most a few million combinations.</param>
    /// <param name="allowed">False for combinations that contradict each other (e.g. five accident-free years and an accident).</param>
    public RecipeTable(IReadOnlyList<RecipeGroup> groups, Func<int[], bool> allowed)
    {
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(allowed);
        _groups = groups;
        var buckets = new SortedDictionary<int, (List<int> Codes, List<double> Cumulative)>();
        var choice = new int[groups.Count];
        var combinations = groups.Aggregate(1, (n, g) => checked(n * g.Points.Count));
        for (var code = 0; code < combinations; code++)
        {
            Decode(code, choice);
            var weight = 1.0;
            var total = 0;
            for (var g = 0; g < groups.Count && weight > 0; g++)
            {
                weight *= groups[g].Weights[choice[g]];
                total += groups[g].Points[choice[g]];
            }

            if (weight <= 0 || !allowed(choice))
            {
                continue;
            }

            if (!buckets.TryGetValue(total, out var bucket))
            {
                bucket = ([], []);
                buckets.Add(total, bucket);
            }

            bucket.Codes.Add(code);
            bucket.Cumulative.Add((bucket.Cumulative.Count == 0 ? 0 : bucket.Cumulative[^1]) + weight);
        }

        _totals = [.. buckets.Keys];
        _codes = [.. buckets.Values.Select(b => b.Codes.ToArray())];
        _cumulative = [.. buckets.Values.Select(b => b.Cumulative.ToArray())];
        _masses = [.. _cumulative.Select(c => c[^1])];
    }

    /// <summary>Total points of a choice (one option index per group).</summary>
    public int Total(IReadOnlyList<int> choice)
    {
        ArgumentNullException.ThrowIfNull(choice);
        var total = 0;
        for (var g = 0; g < _groups.Count; g++)
        {
            total += _groups[g].Points[choice[g]];
        }

        return total;
    }

    /// <summary>
    /// Draws a combination whose total is in [<paramref name="min"/>, <paramref name="max"/>]: with probability
    /// <paramref name="edgeShare"/> one of the reachable totals closest to the band's finite ends, otherwise a total with
    /// its natural probability. Returns null when no allowed combination reaches the band.
    /// </summary>
    /// <param name="random">The enterprise's stream.</param>
    /// <param name="min">Lowest total; <see cref="int.MinValue"/> for an open end.</param>
    /// <param name="max">Highest total; <see cref="int.MaxValue"/> for an open end.</param>
    /// <param name="edgeShare">Probability of landing on an edge.</param>
    public int[]? Sample(SeededRandom random, int min, int max, double edgeShare)
    {
        ArgumentNullException.ThrowIfNull(random);
        var first = Array.FindIndex(_totals, t => t >= min);
        var last = Array.FindLastIndex(_totals, t => t <= max);
        if (first < 0 || last < first)
        {
            return null;
        }

        int bucket;
        var edges = Edges(first, last, min, max);
        if (edges.Count > 0 && random.Bernoulli(edgeShare))
        {
            bucket = random.Pick(edges);
        }
        else
        {
            bucket = first + random.PickIndex(_masses.AsSpan(first, last - first + 1));
        }

        var cumulative = _cumulative[bucket];
        var target = random.NextDouble() * cumulative[^1];
        var index = Array.BinarySearch(cumulative, target);
        index = index >= 0 ? Math.Min(index + 1, cumulative.Length - 1) : ~index;
        var choice = new int[_groups.Count];
        Decode(_codes[bucket][index], choice);
        return choice;
    }

    /// <summary>Buckets nearest the finite ends of the band: the bucket at or just inside each end.</summary>
    private static List<int> Edges(int first, int last, int min, int max)
    {
        var edges = new List<int>(2);
        if (min != int.MinValue)
        {
            edges.Add(first);
        }

        if (max != int.MaxValue && !edges.Contains(last))
        {
            edges.Add(last);
        }

        return edges;
    }

    private void Decode(int code, int[] choice)
    {
        for (var g = _groups.Count - 1; g >= 0; g--)
        {
            var radix = _groups[g].Points.Count;
            choice[g] = code % radix;
            code /= radix;
        }
    }
}
