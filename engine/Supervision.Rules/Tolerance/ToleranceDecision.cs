namespace Supervision.Rules.Tolerance;

/// <summary>The recommended outcome of one finding, in words the inspector and the enterprise can read.</summary>
/// <param name="FindingId">taskId#violationCode.</param>
/// <param name="Outcome">Recommended outcome.</param>
/// <param name="ItemNo">The list row applied, or null.</param>
/// <param name="Modality">应当 or 可以 for a tolerated finding; empty otherwise.</param>
/// <param name="Reason">Why, in plain words (conditions met, or the exclusions and unmet conditions of each row considered).</param>
/// <param name="PenaltyBasis">Penalty clause of the violation (from the list), or empty when the violation is not on the list.</param>
/// <param name="ExemptionBasis">Art. 33 / Art. 32 ground applied, or empty.</param>
/// <param name="Education">The education step Art. 33(4) requires when no penalty is imposed (批评教育, 告诫), or empty.</param>
/// <param name="FollowUp">配套监管措施, or empty.</param>
/// <param name="CountsAsViolation">Whether the finding counts as a violation found in the inspection history.</param>
/// <param name="Rules">The generated rules that fired for this finding (proposals and exclusions).</param>
public sealed record ToleranceDecision(
    string FindingId,
    ToleranceOutcome Outcome,
    string? ItemNo,
    string Modality,
    string Reason,
    string PenaltyBasis,
    string ExemptionBasis,
    string Education,
    string FollowUp,
    bool CountsAsViolation,
    IReadOnlyList<string> Rules)
{
    /// <summary>A penalty of some kind is imposed (ordinary, mitigated or lighter): it becomes a credit record.</summary>
    public bool IsPenalised => Outcome is ToleranceOutcome.Penalty or ToleranceOutcome.MitigatedPenalty or ToleranceOutcome.LighterPenalty;
}
