namespace Supervision.Learning.Training;

/// <summary>One candidate configuration measured on the validation period.</summary>
/// <param name="Candidate">Short label, e.g. "sdca all l2=1 l1=auto".</param>
/// <param name="Parameters">The settings it is refitted with, as recorded in metadata (with early stopping, the trees kept).</param>
/// <param name="Auc">Mean validation AUC over the periods (the selection criterion).</param>
/// <param name="Auprc">Mean validation average precision (reported, not used to choose).</param>
public sealed record CandidateScore(string Candidate, IReadOnlyDictionary<string, string> Parameters, double Auc, double Auprc)
{
    /// <summary>Its AUC in each validation period, earliest first (their spread says how stable the choice is).</summary>
    public IReadOnlyList<double> PeriodAucs { get; init; } = [];
}
