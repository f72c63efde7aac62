using Supervision.Learning.Explanations;

namespace Supervision.Learning.Scoring;

/// <summary>One enterprise's learned violation risk, as `ml score` writes it to learned-risk.csv.</summary>
/// <param name="EnterpriseId">USCC (or the feature table's enterprise id).</param>
/// <param name="Probability">Calibrated probability that an inspection would find a violation.</param>
/// <param name="ModelId">The model that gave it.</param>
/// <param name="Reasons">The features that contributed most, signed.</param>
public sealed record LearnedRisk(string EnterpriseId, double Probability, string ModelId, IReadOnlyList<Contribution> Reasons)
{
    /// <summary>The feature table row scored (its id column, or "line N"); null for an enterprise of the population.</summary>
    public string? RowId { get; init; }

    /// <summary>The date the row is scored for (a feature table row's inspection date, or the as-of date).</summary>
    public DateOnly? Date { get; init; }
}
