namespace Supervision.Rules.Scoring;

/// <summary>
/// What the bundle decides for one case. It depends only on which elements matched in each phase, so
/// enterprises with the same <see cref="Hits"/> share one outcome.
/// </summary>
/// <param name="SafetyScore">Safety score after points, clamped to 0–100.</param>
/// <param name="SafetyLevel">Safety level (a direct-level rule overrides the score).</param>
/// <param name="CreditScore">Credit score after points, clamped to 0–100.</param>
/// <param name="CreditClass">Credit class (a direct-class rule overrides the score).</param>
/// <param name="Category">Supervision category (a regime may override the matrix).</param>
/// <param name="Ratio">Random-inspection ratio of the category (a regime may override it).</param>
/// <param name="MinCount">Minimum number drawn from the category when it has eligible enterprises.</param>
/// <param name="Exempt">True when the category is explicitly exempt from routine draws.</param>
/// <param name="Regime">Winning regime, or 'routine'.</param>
/// <param name="Hits">Indices of the elements that matched, in phase then bundle order.</param>
/// <param name="Error">Why the evaluation failed, or null.</param>
public sealed record Outcome(
    double SafetyScore,
    string SafetyLevel,
    double CreditScore,
    string CreditClass,
    string Category,
    double Ratio,
    int MinCount,
    bool Exempt,
    string Regime,
    IReadOnlyList<int> Hits,
    string? Error);
