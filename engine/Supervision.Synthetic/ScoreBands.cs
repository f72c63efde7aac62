namespace Supervision.Synthetic;

/// <summary>
/// The bands of the default bundle (rules/tables/safety-levels.csv and credit-classes.csv): a base of 100, cut-offs at
/// 90, 75 and 60, highest band first. The generator aims at them; the bundle remains the authority.
/// </summary>
internal static class ScoreBands
{
    public const int Base = 100;

    public static IReadOnlyList<string> SafetyLevels { get; } = ["蓝", "黄", "橙", "红"];

    public static IReadOnlyList<string> CreditClasses { get; } = ["A", "B", "C", "D"];

    private static readonly int[] CutOffs = [90, 75, 60];

    /// <summary>Index of the band of a score: 0 for ≥ 90 … 3 for &lt; 60.</summary>
    public static int BandOf(int score)
    {
        var band = 0;
        while (band < CutOffs.Length && score < CutOffs[band])
        {
            band++;
        }

        return band;
    }

    /// <summary>
    /// The range of rule points (the score minus the base) that puts a score in band <paramref name="band"/>, after
    /// <paramref name="offset"/> points that are already fixed; open ends are int.MinValue / int.MaxValue.
    /// </summary>
    public static (int Min, int Max) PointRange(int band, int offset = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(band);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(band, CutOffs.Length);
        var min = band < CutOffs.Length ? CutOffs[band] - Base - offset : int.MinValue;
        var max = band > 0 ? CutOffs[band - 1] - 1 - Base - offset : int.MaxValue;
        return (min, max);
    }

    public static int Clamp(int score) => Math.Clamp(score, 0, Base);
}
