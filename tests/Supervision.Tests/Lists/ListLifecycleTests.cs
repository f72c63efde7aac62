using System.Text;
using Supervision.Model.Registry;
using Supervision.Rules.Lists;
using Supervision.Tests.Support;

namespace Supervision.Tests.Lists;

/// <summary>
/// The shipped list rules decide listings through a real NRules session: expiry at 36 months, credit repair after 12,
/// correction, escalation after three years and the escalated listing's own expiry, each dated and explained.
/// </summary>
public sealed class ListLifecycleTests
{
    private static readonly ListLifecycle Lifecycle = new(ShippedBundle.Bundle);

    [Fact]
    public void Blacklist_ExpiresOnTheDayThreeYearsAfterListing()
    {
        CreditRecord[] credit = [Listing(CreditRecordType.Blacklist, "严-1", new(2023, 11, 27))];

        var dayBefore = Lifecycle.Evaluate(credit, [], new(2026, 11, 26));
        var onTheDay = Lifecycle.Evaluate(credit, [], new(2026, 11, 27));

        Assert.True(dayBefore.IsListed(ListVocabulary.Blacklist));
        Assert.Empty(dayBefore.Hits);
        Assert.False(onTheDay.IsListed(ListVocabulary.Blacklist));
        var state = Assert.Single(onTheDay.Listings);
        Assert.Equal("L-BL-EXPIRE", state.Ending!.Rule.Id);
        Assert.Equal(new DateOnly(2026, 11, 27), state.EndedOn);
        Assert.Equal(["L-BL-EXPIRE"], onTheDay.Hits.Select(h => ShippedBundle.Bundle.Elements[h].Id));
    }

    [Fact]
    public void Repair_TakesEffectOnItsDecisionDate_NotBefore()
    {
        CreditRecord[] credit = [Listing(CreditRecordType.Blacklist, "严-2", new(2025, 1, 10))];
        ListApplication[] applications = [Repair("严-2", new(2026, 3, 1), new(2026, 3, 20))];

        Assert.True(Lifecycle.Evaluate(credit, applications, new(2026, 3, 19)).IsListed(ListVocabulary.Blacklist));
        var decided = Lifecycle.Evaluate(credit, applications, new(2026, 3, 20));

        Assert.False(decided.IsListed(ListVocabulary.Blacklist));
        Assert.Equal("L-BL-REPAIR", decided.Listings[0].Ending!.Rule.Id);
    }

    [Fact]
    public void Repair_PendingRowThenDecidedRow_TheDecisionCountsFromItsDay()
    {
        CreditRecord[] credit = [Listing(CreditRecordType.Blacklist, "严-3", new(2025, 1, 10))];
        var decided = Repair("严-3", new(2026, 3, 1), new(2026, 3, 20));
        ListApplication[] applications = [decided, decided with { DecidedOn = null }];

        Assert.True(Lifecycle.Evaluate(credit, applications, new(2026, 3, 10)).IsListed(ListVocabulary.Blacklist));
        Assert.False(Lifecycle.Evaluate(credit, applications, new(2026, 4, 1)).IsListed(ListVocabulary.Blacklist));
    }

    [Fact]
    public void Repair_APenaltyAfterListing_IsRefused_AndExplainedPartByPart()
    {
        CreditRecord[] credit =
        [
            Listing(CreditRecordType.Blacklist, "严-4", new(2025, 1, 10)),
            new("U", CreditRecordType.Penalty, new(2025, 8, 1), null, null, 5000, "罚-1", ""),
        ];
        var standing = Lifecycle.Evaluate(credit, [Repair("严-4", new(2026, 3, 1), new(2026, 3, 20))], new(2026, 4, 1));

        Assert.True(standing.IsListed(ListVocabulary.Blacklist));
        var text = new StringBuilder();
        ListExplanation.WhyNot(text, ShippedBundle.Bundle, standing, ShippedBundle.Bundle.Find("L-BL-REPAIR")!);
        Assert.Contains("✗ new_penalties == 0   实际 new_penalties = 1", text.ToString(), StringComparison.Ordinal);
        Assert.Contains("国市监信规〔2021〕3号", text.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Abnormal_UncorrectedForThreeYears_EscalatesToTheBlacklist_WhichExpiresThreeYearsLater()
    {
        CreditRecord[] credit = [Listing(CreditRecordType.AbnormalOperation, "异-1", new(2023, 6, 1))];

        var escalated = Lifecycle.Evaluate(credit, [], new(2026, 6, 1));
        Assert.False(escalated.IsListed(ListVocabulary.AbnormalOperation));
        Assert.True(escalated.IsListed(ListVocabulary.Blacklist));
        var blacklist = Assert.Single(escalated.Listings, l => l.Listing.List == ListVocabulary.Blacklist);
        Assert.Equal(new DateOnly(2026, 6, 1), blacklist.Listing.ListedOn);
        Assert.Equal("L-AB-ESCALATE", blacklist.Listing.EscalatedBy);

        var expired = Lifecycle.Evaluate(credit, [], new(2029, 6, 1));
        Assert.False(expired.IsListed(ListVocabulary.Blacklist));
        Assert.Equal(["L-AB-ESCALATE", "L-BL-EXPIRE"], expired.Hits.Select(h => ShippedBundle.Bundle.Elements[h].Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Abnormal_CorrectedBeforeThreeYears_IsRemovedOnTheDecision_AndNeverEscalates()
    {
        CreditRecord[] credit = [Listing(CreditRecordType.AbnormalOperation, "异-2", new(2023, 6, 1))];
        ListApplication[] corrected = [new("U", CreditRecordType.AbnormalOperation, "异-2", new(2024, 7, 1), new(2024, 7, 5), false, false, false, true, "")];

        var standing = Lifecycle.Evaluate(credit, corrected, new(2027, 1, 1));

        Assert.False(standing.IsListed(ListVocabulary.AbnormalOperation));
        Assert.False(standing.IsListed(ListVocabulary.Blacklist));
        Assert.Equal("L-AB-CORRECTED", Assert.Single(standing.Listings).Ending!.Rule.Id);
    }

    [Fact]
    public void RecordedEnd_BeforeEveryRule_EndsTheListingWithNoRuleFired()
    {
        CreditRecord[] credit = [Listing(CreditRecordType.Blacklist, "严-5", new(2020, 1, 1)) with { EndDate = new(2021, 5, 1) }];

        var standing = Lifecycle.Evaluate(credit, [], new(2026, 1, 1));

        Assert.False(standing.IsListed(ListVocabulary.Blacklist));
        Assert.Empty(standing.Hits);
        Assert.Equal(new DateOnly(2021, 5, 1), standing.Listings[0].EndedOn);
    }

    [Fact]
    public void ListRule_WithABrokenEffect_IsRejectedAtFileLineColumn_AndTheBundleDoesNotCompile()
    {
        using var copy = new BundleCopy();
        copy.Replace("lists/lifecycle.yaml", "on: listed_on + 36 months", "on: registration_date + 36 months");
        copy.Replace("lists/lifecycle.yaml", "    action: escalate", "    action: delete");

        var (bundle, diagnostics) = copy.Compile();

        Assert.Null(bundle);
        Assert.Contains(diagnostics, d => d.Code == "SV092" && d.Location.File == "lists/lifecycle.yaml" && d.Location.Line == 14);
        Assert.Contains(diagnostics, d => d.Code == "SV091" && d.Location.File == "lists/lifecycle.yaml");
    }

    [Fact]
    public void ListRule_ReadingAnEnterpriseIndicator_IsRejected_ListRulesReadTheListingOnly()
    {
        using var copy = new BundleCopy();
        copy.Replace("lists/lifecycle.yaml", "when: months_listed >= 36", "when: penalties_36m == 0");

        var (bundle, diagnostics) = copy.Compile();

        Assert.Null(bundle);
        Assert.Contains(diagnostics, d => d.Code == "SV100" && d.Location.File == "lists/lifecycle.yaml" && d.Message.Contains("penalties_36m", StringComparison.Ordinal));
    }

    private static CreditRecord Listing(CreditRecordType type, string documentNo, DateOnly listedOn)
        => new("U", type, listedOn, null, null, null, documentNo, "依据");

    private static ListApplication Repair(string documentNo, DateOnly applied, DateOnly decided)
        => new("U", CreditRecordType.Blacklist, documentNo, applied, decided, true, true, true, false, "修-1");
}
