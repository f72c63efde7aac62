namespace Supervision.Tests.Synthetic;

public sealed class InspectionHistoryTests
{
    private static readonly DateOnly AsOf = Populations.SampleAsOf;

    [Fact]
    public void Sample_AboutTwoThirdsInspectedOneToFiveTimes()
    {
        var counts = Populations.Sample.Select(g => g.Inspections.Count).ToList();

        Assert.InRange((double)counts.Count(c => c > 0) / counts.Count, 0.58, 0.70);
        Assert.All(counts, c => Assert.InRange(c, 0, 5));
        Assert.InRange(counts.Count(c => c >= 4), 400, 1000);
    }

    [Fact]
    public void Inspections_TeamOfTwoValidUnconflictedInspectorsOfTheDepartment()
    {
        var inspectors = Populations.SampleGenerator.Inspectors.ToDictionary(i => i.InspectorId, StringComparer.Ordinal);

        Assert.All(Populations.Sample.SelectMany(g => g.Inspections), inspection =>
        {
            Assert.Equal(2, inspection.Inspectors.Distinct(StringComparer.Ordinal).Count());
            Assert.All(inspection.Inspectors, id =>
            {
                var inspector = inspectors[id];
                Assert.Equal(inspection.Department, inspector.Department);
                Assert.True(inspector.CertificateValidTo >= inspection.Date);
                Assert.DoesNotContain(inspection.Uscc, inspector.Conflicts);
            });
        });
    }

    [Fact]
    public void Inspections_IdsUniqueDatesInTheLastFiveYearsAfterRegistration()
    {
        var all = Populations.Sample.SelectMany(g => g.Inspections.Select(i => (g.Enterprise, Inspection: i))).ToList();

        Assert.Equal(all.Count, all.Select(x => x.Inspection.InspectionId).Distinct(StringComparer.Ordinal).Count());
        Assert.All(all, x => Assert.InRange(x.Inspection.Date, Max(AsOf.AddMonths(-60).AddDays(1), x.Enterprise.RegistrationDate), AsOf));
        Assert.All(all, x => Assert.All(x.Inspection.Items, item => Assert.Matches("^(SJ|YJ|HB|JT|WJ)-[A-Z]{2}-[0-9]{3}$", item)));
        Assert.All(all, x => Assert.NotEmpty(x.Inspection.Items));
    }

    [Fact]
    public void Inspections_ViolationsMoreFrequentForRiskierEnterprises()
    {
        var inspections = Populations.Sample.SelectMany(g => g.Inspections.Select(i => (g.Intended, i.ViolationFound))).ToList();

        var low = inspections.Where(x => x.Intended.TargetClass == "A" && x.Intended.SafetyLevel == "蓝").ToList();
        var high = inspections.Where(x => x.Intended.TargetClass is "C" or "D" || x.Intended.SafetyLevel is "橙" or "红").ToList();

        var lowRate = (double)low.Count(x => x.ViolationFound) / low.Count;
        var highRate = (double)high.Count(x => x.ViolationFound) / high.Count;
        Assert.InRange(lowRate, 0.03, 0.2);
        Assert.True(highRate > lowRate + 0.15, $"violation rate {highRate:0.000} (risky) vs {lowRate:0.000} (low risk)");
    }

    [Fact]
    public void Inspections_SomeEnterprisesHadTwoVisitsOfOneDepartmentInTwelveMonths()
    {
        var atCap = Populations.Sample.Count(g => g.Inspections.Where(i => i.Date > AsOf.AddMonths(-12))
            .GroupBy(i => i.Department, StringComparer.Ordinal).Any(d => d.Count() >= 2));

        Assert.InRange(atCap, 5, 200);
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
