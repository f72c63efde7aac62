using Supervision.Rules.Bundle;
using Supervision.Rules.Diagnostics;

namespace Supervision.Rules.Tolerance;

/// <summary>One row of the tolerance list (包容免罚清单), as regulators wrote it.</summary>
/// <param name="ItemNo">序号, unique.</param>
/// <param name="ViolationCode">The violation item findings are coded with.</param>
/// <param name="Violation">违法行为, in words.</param>
/// <param name="Department">Department whose findings it covers.</param>
/// <param name="PenaltyBasis">Penalty clause (处罚依据).</param>
/// <param name="ExemptionBasis">Exemption ground (行政处罚法 Art. 33 or Art. 32).</param>
/// <param name="Outcome">不予处罚 / 减轻处罚 / 从轻处罚.</param>
/// <param name="Mandatory">应当 (true) or 可以 (false).</param>
/// <param name="FirstViolation">Requires a first violation (no ledger entry within the look-back).</param>
/// <param name="MaxHarm">Highest harm allowed, or null when harm is not a condition.</param>
/// <param name="Corrected">Correction timings accepted, or empty when correction is not a condition.</param>
/// <param name="QuantityMax">Numeric threshold on the finding's quantity (e.g. persons, goods value), or null.</param>
/// <param name="QuantityUnit">What the quantity counts.</param>
/// <param name="LookBackMonths">Months a previous violation makes this one not first.</param>
/// <param name="Exclusions">Grounds on which the row does not apply.</param>
/// <param name="Education">The education step Art. 33(4) requires (批评教育, 告诫, commitment letter).</param>
/// <param name="FollowUp">配套监管措施.</param>
/// <param name="CountsAsViolation">Whether a tolerated finding still counts as a violation found in the inspection history.</param>
/// <param name="Industries">Scope: industry-code prefixes, empty for every industry.</param>
/// <param name="Validity">Period in force (judged on the inspection date).</param>
/// <param name="Location">Row in the list file.</param>
public sealed record ToleranceItem(
    string ItemNo,
    string ViolationCode,
    string Violation,
    string Department,
    string PenaltyBasis,
    string ExemptionBasis,
    ToleranceOutcome Outcome,
    bool Mandatory,
    bool FirstViolation,
    HarmLevel? MaxHarm,
    IReadOnlyList<CorrectionTiming> Corrected,
    decimal? QuantityMax,
    string QuantityUnit,
    int LookBackMonths,
    IReadOnlyList<ExclusionSpec> Exclusions,
    string Education,
    string FollowUp,
    bool CountsAsViolation,
    IReadOnlyList<string> Industries,
    Validity Validity,
    SourceLocation Location)
{
    /// <summary>应当 or 可以, as the list says it.</summary>
    public string Modality => Mandatory ? "应当" : "可以";
}
