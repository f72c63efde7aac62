using Supervision.Model.Registry;

namespace Supervision.Tests.Synthetic;

/// <summary>The credit records of the sample population exercise the windows and edges of the default credit rules.</summary>
public sealed class CreditHistoryTests
{
    private static readonly DateOnly AsOf = Populations.SampleAsOf;

    private static IEnumerable<CreditRecord> Records => Populations.Sample.SelectMany(g => g.CreditRecords);

    [Fact]
    public void Records_KeyOfTheImporter_IsUnique()
    {
        var keys = Records.Select(r => (r.Uscc, r.Type, r.StartDate, r.DocumentNo)).ToList();

        Assert.Equal(keys.Count, keys.Distinct().Count());
    }

    [Fact]
    public void Records_FieldsFitTheirType()
    {
        Assert.All(Records, r =>
        {
            Assert.Equal(r.Type == CreditRecordType.Penalty, r.Amount is not null);
            Assert.Equal(r.Type is CreditRecordType.TaxGrade or CreditRecordType.PublicCredit, r.Grade is not null);
            Assert.True(r.EndDate is null || r.EndDate >= r.StartDate);
            Assert.InRange(r.StartDate, new DateOnly(1995, 1, 1), AsOf);
            Assert.False(string.IsNullOrWhiteSpace(r.Basis));
            Assert.Matches("^[^,]+〔[0-9]{4}〕[0-9]+号$", r.DocumentNo);
        });
        Assert.All(Records.Where(r => r.Type == CreditRecordType.TaxGrade), r => Assert.Contains(r.Grade, new[] { "A", "B", "M", "C", "D" }));
        Assert.All(Records.Where(r => r.Type == CreditRecordType.PublicCredit), r => Assert.Contains(r.Grade, new[] { "A", "B", "C", "D" }));
    }

    [Fact]
    public void Records_NeverPrecedeRegistration()
    {
        Assert.All(Populations.Sample, g => Assert.All(g.CreditRecords, r => Assert.True(r.StartDate > g.Enterprise.RegistrationDate)));
    }

    [Theory]
    [InlineData(12)]
    [InlineData(36)]
    public void Penalties_SomeSitExactlyOnAWindowEdge(int months)
    {
        var edge = AsOf.AddMonths(-months);

        var penalties = Records.Where(r => r.Type == CreditRecordType.Penalty).ToList();

        Assert.Contains(penalties, p => p.StartDate == edge);
        Assert.Contains(penalties, p => p.StartDate == edge.AddDays(1));
    }

    [Fact]
    public void Penalties_SomeSumsAreExactlyOnTheHeavyThreshold()
    {
        var sums = Populations.Sample
            .Select(g => g.CreditRecords.Where(r => r.Type == CreditRecordType.Penalty && r.StartDate > AsOf.AddMonths(-36)).Sum(r => r.Amount ?? 0))
            .ToList();

        Assert.Contains(100_000m, sums);
        Assert.Contains(99_999m, sums);
    }

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    public void Blacklist_SomeListingsAreExactlyThatManyMonthsOld(int months)
    {
        var listings = Records.Where(r => r.Type == CreditRecordType.Blacklist).ToList();

        Assert.Contains(listings, r => r.StartDate == AsOf.AddMonths(-months));
    }

    [Fact]
    public void Blacklist_SomeListingsAreADayShortOfTheirThreeYears_StillListed()
    {
        var edge = Populations.Sample.Where(g => g.CreditRecords.Any(r => r.Type == CreditRecordType.Blacklist && r.StartDate == AsOf.AddMonths(-36).AddDays(1)));

        Assert.Contains(edge, g => g.Intended.Blacklisted);
    }

    [Fact]
    public void Blacklist_AboutHalfAPercentListedSomeRemoved()
    {
        var listed = Populations.Sample.Where(g => g.CreditRecords.Any(r => r.Type == CreditRecordType.Blacklist)).ToList();

        Assert.InRange(listed.Count, 8, 40);
        // Removed by a recorded end date, or by the list rules (expired, repaired: the record stays open).
        Assert.Contains(listed, g => !g.Intended.Blacklisted);
        Assert.Contains(listed, g => g.ListApplications.Any(a => a.List == CreditRecordType.Blacklist && a.CommitmentSigned));
        Assert.All(listed.Where(g => g.Intended.Blacklisted), g => Assert.Equal("D", g.Intended.CreditClass));
        Assert.All(Records.Where(r => r.Type == CreditRecordType.Blacklist), r => Assert.InRange(r.StartDate, AsOf.AddMonths(-41), AsOf));
    }

    [Fact]
    public void Abnormal_AtMostOneActiveListingPerEnterprise()
    {
        Assert.All(Populations.Sample, g => Assert.True(
            g.CreditRecords.Count(r => r.Type == CreditRecordType.AbnormalOperation && r.IsActiveOn(AsOf)) <= 1));
        Assert.Contains(Records, r => r.Type == CreditRecordType.AbnormalOperation && r.StartDate == AsOf.AddMonths(-24));
    }

    [Fact]
    public void Grades_SomeEnterprisesHaveNoneSoTheDefaultsApply()
    {
        var withoutTax = Populations.Sample.Count(g => g.CreditRecords.All(r => r.Type != CreditRecordType.TaxGrade));
        var withoutPublic = Populations.Sample.Count(g => g.CreditRecords.All(r => r.Type != CreditRecordType.PublicCredit));

        Assert.InRange(withoutTax, 40, 1000);
        Assert.InRange(withoutPublic, 40, 1200);
    }
}
