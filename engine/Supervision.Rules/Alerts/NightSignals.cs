namespace Supervision.Rules.Alerts;

/// <summary>
/// An enterprise's records counted for its alerts: what is new since its previous assessment (or in the last
/// <see cref="AlertVocabulary.FirstNightDays"/> days without one) and its recent complaints.
/// </summary>
/// <param name="Previous">Its previous assessment, or null.</param>
/// <param name="NewViolations">Inspections that found a violation, dated in the new window.</param>
/// <param name="NewPenalties">Administrative penalties dated in the new window.</param>
/// <param name="NewPenaltyMaxAmount">The largest amount of those penalties, 0 without one.</param>
/// <param name="Complaints30d">Complaints received in the last 30 days.</param>
/// <param name="Complaints90d">Complaints received in the last 90 days.</param>
/// <param name="VerifiedComplaints90d">Of those, the ones found true.</param>
public sealed record NightSignals(
    PreviousStanding? Previous,
    int NewViolations,
    int NewPenalties,
    double NewPenaltyMaxAmount,
    int Complaints30d,
    int Complaints90d,
    int VerifiedComplaints90d)
{
    /// <summary>Approvals whose verification found the commitment false (承诺不实), the finding dated in the new window.</summary>
    public int NewFalseCommitments { get; init; }

    /// <summary>No previous assessment and nothing new.</summary>
    public static NightSignals None { get; } = new(null, 0, 0, 0, 0, 0, 0);

    /// <summary>The first day of the window "new" counts from (exclusive): the previous as-of date, or 30 days back.</summary>
    public static DateOnly NewSince(PreviousStanding? previous, DateOnly asOf)
        => previous is { } p && p.AsOf < asOf ? p.AsOf : asOf.AddDays(-AlertVocabulary.FirstNightDays);
}
