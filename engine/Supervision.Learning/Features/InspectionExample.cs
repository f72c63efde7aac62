namespace Supervision.Learning.Features;

/// <summary>One past inspection as the learner sees it.</summary>
/// <param name="EnterpriseId">USCC, or the enterprise id of a feature table.</param>
/// <param name="Date">Inspection date; the features describe the day before it.</param>
/// <param name="Label">A violation was found; null when scoring enterprises not yet inspected.</param>
/// <param name="Features">Values in the order of the dataset's feature names; NaN = missing.</param>
/// <param name="RuleScore">The rule-based risk score for the same day (higher = riskier), or null when none is known.</param>
public sealed record InspectionExample(string EnterpriseId, DateOnly Date, bool? Label, float[] Features, double? RuleScore)
{
    /// <summary>The row's own id in a feature table (its id column, or "line N"); null for examples built from our own history.</summary>
    public string? RowId { get; init; }
}
