namespace Supervision.Rules.Tolerance;

/// <summary>
/// One finding with everything the tolerance rules read, built before the rules run: the ledger's verdict on
/// "first", the enterprise's standing on the inspection date, and what the inspectors recorded.
/// </summary>
/// <param name="FindingId">taskId#violationCode.</param>
/// <param name="TaskId">The draw task the result belongs to.</param>
/// <param name="Uscc">Enterprise.</param>
/// <param name="Department">Inspecting department.</param>
/// <param name="ViolationCode">Violation item.</param>
/// <param name="IndustryCode">Enterprise's GB/T 4754 class.</param>
/// <param name="InspectionDate">Date of the finding (the list row in force on that day applies).</param>
/// <param name="FirstViolation">No ledger entry for enterprise × violation × department within the look-back.</param>
/// <param name="PreviousViolation">Date of the ledger entry that makes it a repeat, or null.</param>
/// <param name="Blacklisted">On the serious-dishonesty list on the inspection date.</param>
/// <param name="FatalAccidents">Production-safety accidents with deaths in the list's look-back years.</param>
/// <param name="ViolationsInInspection">Violations found in the same inspection (this one included).</param>
/// <param name="Harm">Harm as judged by the inspectors.</param>
/// <param name="Timing">When it was corrected.</param>
/// <param name="Quantity">The measure numeric thresholds read (persons, goods value), or null when not recorded.</param>
public sealed record FindingFact(
    string FindingId,
    string TaskId,
    string Uscc,
    string Department,
    string ViolationCode,
    string IndustryCode,
    DateOnly InspectionDate,
    bool FirstViolation,
    DateOnly? PreviousViolation,
    bool Blacklisted,
    int FatalAccidents,
    int ViolationsInInspection,
    HarmLevel Harm,
    CorrectionTiming Timing,
    decimal? Quantity)
{
    public int InspectionDay => InspectionDate.DayNumber;
}
