namespace Supervision.Synthetic;

/// <summary>
/// When grades are published: tax credit grades for year Y on 20 April of Y+1 (纳税信用 is evaluated yearly and
/// published in April), public credit composite grades on 30 June every year.
/// </summary>
internal static class GradeCalendar
{
    public static DateOnly TaxEvaluation(int year) => new(year, 4, 20);

    public static DateOnly PublicEvaluation(int year) => new(year, 6, 30);

    /// <summary>The last tax grade publication on or before <paramref name="asOf"/>.</summary>
    public static DateOnly LatestTaxEvaluation(DateOnly asOf)
        => TaxEvaluation(asOf.Year) <= asOf ? TaxEvaluation(asOf.Year) : TaxEvaluation(asOf.Year - 1);

    /// <summary>The last public credit publication on or before <paramref name="asOf"/>.</summary>
    public static DateOnly LatestPublicEvaluation(DateOnly asOf)
        => PublicEvaluation(asOf.Year) <= asOf ? PublicEvaluation(asOf.Year) : PublicEvaluation(asOf.Year - 1);
}
