namespace Supervision.Learning.Evaluation;

/// <summary>One tenth of the test inspections, by predicted probability: what was predicted and what was found.</summary>
/// <param name="Decile">1 = the lowest predictions, 10 = the highest.</param>
/// <param name="Count">Inspections in the decile.</param>
/// <param name="MeanPredicted">Mean predicted probability.</param>
/// <param name="ObservedRate">Share that found a violation.</param>
public sealed record DecileRow(int Decile, int Count, double MeanPredicted, double ObservedRate);
