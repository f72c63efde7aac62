namespace Supervision.Synthetic;

/// <summary>
/// Which credit records an enterprise can plausibly have on the as-of date, given when it was registered: a company
/// founded last month has no tax grade and no listing that has lasted two years.
/// </summary>
/// <param name="RecentPenalty">A penalty within the last 12 months is possible.</param>
/// <param name="OlderPenalty">A penalty 12 to 36 months ago is possible.</param>
/// <param name="AbnormalShort">A listing in the abnormal-operation list for less than 24 months is possible.</param>
/// <param name="AbnormalLong">A listing that has lasted 24 to 36 months is possible.</param>
/// <param name="TaxGraded">A tax grade other than M exists (the enterprise existed before the evaluated year).</param>
/// <param name="PublicGraded">A public credit grade other than the default exists.</param>
internal sealed record CreditCapabilities(
    bool RecentPenalty, bool OlderPenalty, bool AbnormalShort, bool AbnormalLong, bool TaxGraded, bool PublicGraded)
{
    /// <summary>Days between registration and the earliest decision against the enterprise.</summary>
    public const int FirstDecisionDays = 30;

    public static CreditCapabilities Of(DateOnly registered, DateOnly asOf) => new(
        RecentPenalty: registered.AddDays(FirstDecisionDays) < asOf,
        OlderPenalty: registered.AddDays(FirstDecisionDays) <= asOf.AddMonths(-12),
        AbnormalShort: registered.AddDays(FirstDecisionDays) < asOf,
        AbnormalLong: registered.AddDays(FirstDecisionDays) <= asOf.AddMonths(-24),
        TaxGraded: registered < new DateOnly(GradeCalendar.LatestTaxEvaluation(asOf).Year - 1, 1, 1),
        PublicGraded: registered < GradeCalendar.LatestPublicEvaluation(asOf).AddMonths(-6));

    /// <summary>A small integer that identifies the combination, for caching recipe tables.</summary>
    public int Key => (RecentPenalty ? 1 : 0) | (OlderPenalty ? 2 : 0) | (AbnormalShort ? 4 : 0)
        | (AbnormalLong ? 8 : 0) | (TaxGraded ? 16 : 0) | (PublicGraded ? 32 : 0);
}
