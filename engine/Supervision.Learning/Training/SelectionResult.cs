namespace Supervision.Learning.Training;

/// <summary>How a configuration was chosen: on the latest part of the training rows only, never on a test period.</summary>
/// <param name="Criterion">The fixed criterion ("validation AUC, ties to the earlier, simpler candidate").</param>
/// <param name="ValidationFrom">First date of the first validation period: every training row from then on was validated on.</param>
/// <param name="FitRows">Rows the candidates were fitted on for the first period (later periods add the rows before them).</param>
/// <param name="ValidationRows">Rows they were measured on, over all periods.</param>
/// <param name="ValidationPositives">Validation rows with a violation.</param>
/// <param name="RuleScoreAuc">The rule score's mean AUC over the same periods, for reference; null without a rule score.</param>
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

    /// <summary>The first date of each validation period (rolling origin), earliest first.</summary>
    public IReadOnlyList<DateOnly> PeriodsFrom { get; init; } = [];
}
