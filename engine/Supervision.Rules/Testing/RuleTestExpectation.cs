namespace Supervision.Rules.Testing;

/// <summary>The expectations of one case; null (or an empty list) means "not checked".</summary>
/// <param name="SafetyScore">Safety score after points.</param>
/// <param name="SafetyLevel">Safety level.</param>
/// <param name="CreditScore">Credit score after points.</param>
/// <param name="CreditClass">Credit class.</param>
/// <param name="Category">Supervision category.</param>
/// <param name="Ratio">Inspection ratio (0–1).</param>
/// <param name="MinCount">Minimum count drawn from the category.</param>
/// <param name="Exempt">Whether the category is exempt from routine draws.</param>
/// <param name="Regime">Winning regime, or 'routine'.</param>
/// <param name="Fired">Rule and row ids that must all have fired.</param>
/// <param name="NotFired">Rule and row ids that must not have fired.</param>
/// <param name="Error">A substring of the expected evaluation error; null when the case must evaluate without error.</param>
internal sealed record RuleTestExpectation(
    double? SafetyScore,
    string? SafetyLevel,
    double? CreditScore,
    string? CreditClass,
    string? Category,
    double? Ratio,
    int? MinCount,
    bool? Exempt,
    string? Regime,
    IReadOnlyList<string> Fired,
    IReadOnlyList<string> NotFired,
    string? Error)
{
    /// <summary>True when an outcome value (score, level, class, category, ratio, regime) is expected.</summary>
    public bool ExpectsValues
        => SafetyScore is not null || SafetyLevel is not null || CreditScore is not null || CreditClass is not null
            || Category is not null || Ratio is not null || MinCount is not null || Exempt is not null || Regime is not null;
}
