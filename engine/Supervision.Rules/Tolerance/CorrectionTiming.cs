namespace Supervision.Rules.Tolerance;

/// <summary>
/// When a violation was corrected. The first three are the three valid timings of "及时改正" seen in real lists
/// (Chongqing 2022): before discovery; after filing but before the decision; within the ordered deadline.
/// </summary>
public enum CorrectionTiming
{
    BeforeDiscovery,
    BeforeDecision,
    WithinDeadline,
    Late,
    NotCorrected,
}
