namespace Supervision.Model.Indicators;

/// <summary>
/// The magnitudes numbers may have anywhere in the system: values read from input files, and every constant a rule
/// bundle writes (conditions, table cells, indicator bounds and defaults). Beyond them a double silently loses whole
/// numbers or reaches infinity, and a score or comparison changes without an error (docs/rule-language.md, "Numbers").
/// </summary>
public static class NumericLimits
{
    /// <summary>The largest whole number a double holds exactly (2^53 − 1); a larger integer value is refused.</summary>
    public const double MaxExactInteger = 9_007_199_254_740_991;

    /// <summary>The largest magnitude of a constant in a rule bundle (10^15): far beyond any count, amount or score.</summary>
    public const double MaxConstant = 1e15;

    /// <summary>True when <paramref name="value"/> is finite and at most <see cref="MaxConstant"/> in magnitude.</summary>
    public static bool IsSaneConstant(double value) => double.IsFinite(value) && Math.Abs(value) <= MaxConstant;
}
