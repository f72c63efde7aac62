namespace Supervision.Rules.Alerts;

/// <summary>What an enterprise's previous assessment said: the night its alerts compare with.</summary>
/// <param name="AsOf">The previous assessment's as-of date.</param>
/// <param name="Category">Its supervision category; empty when that assessment failed.</param>
/// <param name="SafetyScore">Its safety score, or null.</param>
/// <param name="CreditScore">Its credit score, or null.</param>
public sealed record PreviousStanding(DateOnly AsOf, string Category, double? SafetyScore, double? CreditScore);
