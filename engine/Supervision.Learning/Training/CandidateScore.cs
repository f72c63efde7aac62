namespace Supervision.Learning.Training;

/// <summary>One candidate configuration measured on the validation period.</summary>
/// <param name="Candidate">Short label, e.g. "sdca all l2=1 l1=auto".</param>
/// <param name="Parameters">The candidate's settings as recorded in metadata.</param>
/// <param name="Auc">Validation AUC (the selection criterion).</param>
/// <param name="Auprc">Validation average precision (reported, not used to choose).</param>
public sealed record CandidateScore(string Candidate, IReadOnlyDictionary<string, string> Parameters, double Auc, double Auprc);
