using Supervision.Model.Registry;

namespace Supervision.Draws.Drawing;

/// <summary>An enterprise as the draw sees it: registry facts, its assessment and its inspection history.</summary>
/// <param name="Uscc">The enterprise.</param>
/// <param name="Name">Registered name (for tasks and notices).</param>
/// <param name="IndustryCode">GB/T 4754 code.</param>
/// <param name="Region">Region.</param>
/// <param name="Status">Operating status.</param>
/// <param name="Category">Supervision category; empty when the assessment failed.</param>
/// <param name="Ratio">Inspection ratio of the category, exact.</param>
/// <param name="MinCount">Minimum drawn from the category.</param>
/// <param name="Exempt">Category exempt from routine draws.</param>
/// <param name="Regime">Supervision regime.</param>
/// <param name="AssessmentError">Why the assessment failed, or null.</param>
/// <param name="LastInspectors">Inspectors of the enterprise's most recent inspection (excluded from its next team).</param>
/// <param name="InspectionsThisYear">Inspections of the enterprise in the as-of year, by department.</param>
/// <param name="Triggers">Case leads received up to the as-of date (each plan counts those inside its trigger window).</param>
public sealed record DrawCandidate(
    string Uscc,
    string Name,
    string IndustryCode,
    string Region,
    OperatingStatus Status,
    string Category,
    decimal Ratio,
    int MinCount,
    bool Exempt,
    string Regime,
    string? AssessmentError,
    IReadOnlyList<string> LastInspectors,
    IReadOnlyDictionary<string, int> InspectionsThisYear,
    IReadOnlyList<TriggerRecord> Triggers)
{
    /// <summary>
    /// Its approvals on a commitment or on credit granted by the as-of date whose verification had not concluded by then
    /// (审管联动): what a plan with <see cref="Plans.InspectionPlan.Approvals"/> draws for verification. Empty for most.
    /// </summary>
    public IReadOnlyList<Approval> PendingApprovals { get; init; } = [];
}
