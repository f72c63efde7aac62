using Supervision.Model.Randomness;

namespace Supervision.Synthetic;

/// <summary>Poisson counts for the generator's event histories (complaints, approvals).</summary>
internal static class PoissonDraw
{
    /// <summary>A Poisson count with the given mean, by Knuth's method: the means here are small, a handful of uniforms each.</summary>
    public static int Count(SeededRandom random, double mean)
    {
        var limit = Math.Exp(-mean);
        var product = random.NextDouble();
        var count = 0;
        while (product > limit)
        {
            count++;
            product *= random.NextDouble();
        }

        return count;
    }
}
