namespace Supervision.Synthetic;

/// <summary>
/// What the generator aimed at for one enterprise under the default bundle (rules/): the engine's assessment of the
/// generated data should agree. A changed bundle changes the assessments, not this.
/// </summary>
/// <param name="Profile">Risk profile of the industry.</param>
/// <param name="SafetyScore">Safety score, 0–100.</param>
/// <param name="SafetyLevel">蓝, 黄, 橙 or 红 (红 also by a direct-to-red condition).</param>
/// <param name="DirectRed">The direct-to-red condition, or null.</param>
/// <param name="CreditScore">Credit score, 0–100.</param>
/// <param name="CreditClass">A, B, C or D (D also by an active blacklist listing).</param>
/// <param name="TargetClass">The class drawn before the records; differs from <paramref name="CreditClass"/> only when the enterprise is too young for it.</param>
/// <param name="Blacklisted">A blacklist listing is in force on the as-of date.</param>
/// <param name="MissingValues">A safety value without default was left empty: the engine reports an error instead of a level.</param>
internal sealed record IntendedOutcome(
    RiskProfile Profile,
    int SafetyScore,
    string SafetyLevel,
    DirectRedCause? DirectRed,
    int CreditScore,
    string CreditClass,
    string TargetClass,
    bool Blacklisted,
    bool MissingValues);
