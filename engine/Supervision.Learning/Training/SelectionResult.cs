namespace Supervision.Learning.Training;

/// <summary>How a configuration was chosen: on the latest part of the training rows only, never on a test period.</summary>
/// <param name="Criterion">The fixed criterion ("validation AUC, ties to the earlier, simpler candidate").</param>
/// <param name="ValidationFrom">First validation date: candidates were fitted on the training rows before it.</param>
/// <param name="FitRows">Rows the candidates were fitted on.</param>
/// <param name="ValidationRows">Rows they were measured on.</param>
/// <param name="ValidationPositives">Validation rows with a violation.</param>
/// <param name="RuleScoreAuc">The rule score's AUC on the same validation rows, for reference; null without a rule score.</param>
/// <param name="Chosen">Index of the chosen candidate in <paramref name="Candidates"/>.</param>
/// <param name="Candidates">Every candidate, in grid order, with its validation metrics.</param>
public sealed record SelectionResult(
    string Criterion,
    DateOnly ValidationFrom,
    int FitRows,
    int ValidationRows,
    int ValidationPositives,
    double? RuleScoreAuc,
    int Chosen,
    IReadOnlyList<CandidateScore> Candidates)
{
    public CandidateScore ChosenScore => Candidates[Chosen];
}
