namespace Supervision.Learning.Evaluation;

/// <summary>A model's AUC minus the rule score's on the same test inspections, with a 95 % paired bootstrap interval.</summary>
/// <param name="Difference">Observed difference.</param>
/// <param name="Low">2.5 % quantile of the resampled differences.</param>
/// <param name="High">97.5 % quantile of the resampled differences.</param>
public sealed record AucDifference(double Difference, double Low, double High);
