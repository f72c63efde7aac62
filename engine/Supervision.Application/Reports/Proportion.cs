namespace Supervision.Application.Reports;

/// <summary>
/// A share found in a sample — k of n inspections found a problem — with its 95 % Wilson score interval, which stays
/// inside [0, 1] and is honest for small samples and rates near 0 (where the textbook p ± 1.96·√(p(1−p)/n) is not).
/// </summary>
/// <param name="Hits">k: inspections that found a problem.</param>
/// <param name="Trials">n: inspections with a confirmed result.</param>
public sealed record Proportion(long Hits, long Trials)
{
    /// <summary>The normal quantile of a two-sided 95 % interval.</summary>
    public const double Z95 = 1.959963984540054;

    /// <summary>k / n, or null without a trial.</summary>
    public double? Rate => Trials == 0 ? null : (double)Hits / Trials;

    /// <summary>The 95 % Wilson score interval, or null without a trial.</summary>
    public (double Low, double High)? Interval
    {
        get
        {
            if (Trials == 0)
            {
                return null;
            }

            double n = Trials, p = (double)Hits / Trials, z2 = Z95 * Z95;
            var centre = (p + (z2 / (2 * n))) / (1 + (z2 / n));
            var half = Z95 * Math.Sqrt((p * (1 - p) / n) + (z2 / (4 * n * n))) / (1 + (z2 / n));
            return (Math.Max(0, centre - half), Math.Min(1, centre + half));
        }
    }

    /// <summary>
    /// The difference of two rates (this minus <paramref name="other"/>) with its 95 % interval by Newcombe's hybrid
    /// score method (1998, method 10: from the two Wilson intervals), or null when either has no trial.
    /// </summary>
    public (double Difference, double Low, double High)? Minus(Proportion other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (Rate is not { } p1 || other.Rate is not { } p2)
        {
            return null;
        }

        var (l1, u1) = Interval!.Value;
        var (l2, u2) = other.Interval!.Value;
        var d = p1 - p2;
        return (d, d - Math.Sqrt(((p1 - l1) * (p1 - l1)) + ((u2 - p2) * (u2 - p2))), d + Math.Sqrt(((u1 - p1) * (u1 - p1)) + ((p2 - l2) * (p2 - l2))));
    }

    public static Proportion operator +(Proportion a, Proportion b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return new Proportion(a.Hits + b.Hits, a.Trials + b.Trials);
    }

    /// <summary>For languages without operators.</summary>
    public static Proportion Add(Proportion a, Proportion b) => a + b;
}
