using Supervision.Learning.Explanations;

namespace Supervision.Learning.Scoring;

/// <summary>One enterprise's learned violation risk, as `ml score` writes it to learned-risk.csv.</summary>
/// <param name="EnterpriseId">USCC (or the feature table's enterprise id).</param>
/// <param name="Probability">Calibrated probability that an inspection would find a violation.</param>
/// <param name="ModelId">The model that gave it.</param>
/// <param name="Reasons">The features that contributed most, signed.</param>
public sealed record LearnedRisk(string EnterpriseId, double Probability, string ModelId, IReadOnlyList<Contribution> Reasons);
