namespace Supervision.Rules.Tolerance;

/// <summary>
/// What a finding leads to. The first three are the outcomes a tolerance-list row may grant (不予处罚 / 减轻处罚 /
/// 从轻处罚); Penalty is the ordinary procedure (依法处罚) and Pending a finding whose ordered rectification
/// deadline has not passed yet, so that "corrected in time" cannot be judged.
/// </summary>
public enum ToleranceOutcome
{
    NoPenalty,
    MitigatedPenalty,
    LighterPenalty,
    Penalty,
    Pending,
}
