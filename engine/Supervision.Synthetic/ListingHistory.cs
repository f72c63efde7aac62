using Supervision.Model.Registry;
using C = Supervision.Synthetic.CreditModel;

namespace Supervision.Synthetic;

/// <summary>
/// Abnormal-operation listings (经营异常名录) that make exactly the recipe's abnormal rules fire, and blacklist listings
/// (严重违法失信名单) dated 0–40 months back, with some at exactly 11 and 12 months and at 36 months less a day; the
/// applications to leave a list (credit-repairs.csv) that the list rules grant or turn down.
/// </summary>
internal static class ListingHistory
{
    public static void AddAbnormal(CreditContext context, int[] choice, List<CreditRecord> records)
    {
        var random = context.Random;
        var asOf = context.AsOf;
        var w24 = asOf.AddMonths(-24);
        switch (choice[C.Abnormal])
        {
            case 1:
                // In force for under 24 whole months; some exactly one day short of 24.
                var shortStart = random.Bernoulli(0.15) && w24.AddDays(1) >= context.Earliest
                    ? w24.AddDays(1)
                    : AnnualReportDate(context, w24.AddDays(1)) ?? random.NextDate(Max(context.Earliest, w24.AddDays(1)), asOf);
                records.Add(Abnormal(context, shortStart, null));
                break;
            case 2:
                // In force for 24 to 36 months (a listing of 3 years moves the enterprise to the blacklist).
                var from = Max(context.Earliest, asOf.AddMonths(-36).AddDays(1));
                var longStart = random.Bernoulli(0.2) ? w24 : AnnualReportDate(context, from, w24) ?? random.NextDate(from, w24);
                records.Add(Abnormal(context, longStart, null));
                break;
            default:
                if (context.Enterprise.RegistrationDate <= asOf.AddYears(-2) && random.Bernoulli(0.08))
                {
                    var start = random.NextDate(Max(context.Enterprise.RegistrationDate.AddYears(1), asOf.AddYears(-8)), asOf.AddMonths(-3));
                    var end = start.AddDays(random.NextInt(20, 540));
                    end = end > asOf ? asOf : end;
                    if (random.Bernoulli(0.5))
                    {
                        // Corrected and removed on application (L-AB-CORRECTED): the record stays open, the application ends it.
                        var listing = Abnormal(context, start, null);
                        records.Add(listing);
                        var applied = Max(start, end.AddDays(-random.NextInt(0, 10)));
                        context.Applications.Add(Application(context, listing, applied, end, corrected: true, fulfilled: false, commitment: false));
                    }
                    else
                    {
                        records.Add(Abnormal(context, start, end));
                    }
                }

                break;
        }
    }

    public static void AddBlacklist(CreditContext context, BlacklistPlan plan, List<CreditRecord> records)
    {
        var random = context.Random;
        var asOf = context.AsOf;
        if (plan == BlacklistPlan.Active)
        {
            // In force: 11 and 12 months (the edge of credit repair), 36 months less a day (the edge of expiry), or any.
            var months = random.PickWeighted<int>([(11, 0.25), (12, 0.25), (36, 0.20), (-1, 0.30)]);
            var start = months == 36 ? asOf.AddMonths(-36).AddDays(1)
                : months >= 0 ? asOf.AddMonths(-months) : asOf.AddMonths(-random.NextInt(0, 35)).AddDays(-random.NextInt(0, 27));
            if (start < context.Earliest)
            {
                start = random.NextDate(context.Earliest, asOf);
            }

            var listing = Blacklist(context, start, null);
            records.Add(listing);
            if (start.AddMonths(12) <= asOf && random.Bernoulli(0.3))
            {
                // An application the rules turn down: no credit-repair commitment signed.
                var applied = start.AddMonths(12).AddDays(random.NextInt(0, Math.Max(0, asOf.DayNumber - start.AddMonths(12).DayNumber)));
                var decided = applied.AddDays(random.NextInt(0, 20));
                context.Applications.Add(Application(context, listing, applied, decided > asOf ? null : decided, corrected: false, fulfilled: true, commitment: false));
            }
        }
        else if (plan == BlacklistPlan.Removed)
        {
            var months = random.PickWeighted<int>([(12, 0.15), (36, 0.20), (-1, 0.65)]);
            var start = months >= 0 ? asOf.AddMonths(-months) : asOf.AddMonths(-random.NextInt(13, 40)).AddDays(-random.NextInt(0, 27));
            if (start < context.Earliest)
            {
                return;
            }

            // Removed automatically after 3 years (L-BL-EXPIRE: the record stays open), or repaired (信用修复, L-BL-REPAIR)
            // once 12 months have passed — when no penalty came after the listing; otherwise the department's removal is
            // recorded as the end date.
            var repairable = start.AddMonths(12);
            if (start.AddMonths(36) <= asOf)
            {
                records.Add(Blacklist(context, start, null));
                return;
            }

            var end = repairable.AddDays(random.NextInt(0, Math.Max(0, asOf.DayNumber - repairable.DayNumber)));
            if (records.Exists(r => r.Type == CreditRecordType.Penalty && r.StartDate > start && r.StartDate <= end))
            {
                records.Add(Blacklist(context, start, end));
                return;
            }

            var listing = Blacklist(context, start, null);
            records.Add(listing);
            var applied = Max(repairable, end.AddDays(-random.NextInt(0, 20)));
            context.Applications.Add(Application(context, listing, applied, end, corrected: false, fulfilled: true, commitment: true));
        }
    }

    /// <summary>A listing date in early July (after the 30 June annual report deadline) in [from, to], for 60% of listings.</summary>
    private static DateOnly? AnnualReportDate(CreditContext context, DateOnly from, DateOnly? to = null)
    {
        var random = context.Random;
        var last = to ?? context.AsOf;
        if (!random.Bernoulli(0.6))
        {
            return null;
        }

        var firstReportDue = context.Enterprise.RegistrationDate.AddYears(1);
        var candidates = Enumerable.Range(from.Year, last.Year - from.Year + 1)
            .Select(y => new DateOnly(y, 7, 1).AddDays(random.NextInt(0, 14)))
            .Where(d => d >= from && d <= last && d > firstReportDue)
            .ToList();
        return candidates.Count > 0 ? random.Pick(candidates) : null;
    }

    private static CreditRecord Abnormal(CreditContext context, DateOnly start, DateOnly? end)
    {
        var basis = start.Month == 7 && start.Day <= 15 ? LegalBases.AnnualReportMissing : LegalBases.AddressUnreachable;
        return context.Record(CreditRecordType.AbnormalOperation, start, end, null, null, context.DocumentNo("营自贸市监异", start.Year), basis);
    }

    private static CreditRecord Blacklist(CreditContext context, DateOnly start, DateOnly? end)
    {
        var safety = context.Profile is RiskProfile.HazardousChemicals or RiskProfile.Petroleum or RiskProfile.HazardousStorage;
        var (prefix, basis) = safety
            ? ("营自贸应急失信", LegalBases.SafetyBlacklist)
            : ("营自贸市监严失", context.Random.Bernoulli(0.6) ? LegalBases.MarketBlacklistAbnormal : LegalBases.MarketBlacklistPenalty);
        return context.Record(CreditRecordType.Blacklist, start, end, null, null, context.DocumentNo(prefix, start.Year), basis);
    }

    private static ListApplication Application(CreditContext context, CreditRecord listing, DateOnly applied, DateOnly? decided,
        bool corrected, bool fulfilled, bool commitment)
        => new(context.Enterprise.Uscc, listing.Type, listing.DocumentNo, applied, decided, fulfilled, fulfilled, commitment, corrected,
            decided is { } d ? context.DocumentNo(listing.Type == CreditRecordType.Blacklist ? "营自贸市监信修" : "营自贸市监移出", d.Year) : "");

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
