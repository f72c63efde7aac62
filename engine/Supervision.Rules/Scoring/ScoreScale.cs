using System.Globalization;

namespace Supervision.Rules.Scoring;

/// <summary>
/// The range of the safety and credit scores (the 100-point deduction model): a score is its base score plus the points
/// of the rules that fire, clamped to it. Base scores lie inside it and one rule moves a score by at most its width, so
/// a sum of points is always finite and no single constant can push every enterprise to one end.
/// </summary>
public static class ScoreScale
{
    public const double Min = 0;

    public const double Max = 100;

    /// <summary>The most points one rule may add or deduct: the width of the scale.</summary>
    public const double MaxPoints = Max - Min;

    /// <summary>Null when <paramref name="points"/> fit the scale, otherwise the reason.</summary>
    public static string? CheckPoints(double points)
        => Math.Abs(points) <= MaxPoints
            ? null
            : string.Create(CultureInfo.InvariantCulture, $"points {points} are outside ±{MaxPoints}: the score runs from {Min} to {Max}, so one rule adds or deducts at most {MaxPoints}");

    /// <summary>Null when <paramref name="score"/> lies on the scale, otherwise the reason.</summary>
    public static string? CheckBaseScore(double score)
        => score is >= Min and <= Max
            ? null
            : string.Create(CultureInfo.InvariantCulture, $"base_score {score} is outside the score's scale {Min}–{Max}");
}
