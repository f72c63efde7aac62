using Supervision.Model.Registry;
using Supervision.Synthetic;

namespace Supervision.Tests.Synthetic;

public sealed class InspectorDirectoryTests
{
    private static readonly DateOnly AsOf = Populations.SampleAsOf;

    private static IReadOnlyList<Inspector> Inspectors => Populations.SampleGenerator.Inspectors;

    [Fact]
    public void Sample_OneInspectorPerTwentyEnterprisesInEveryDepartment()
    {
        Assert.Equal(200, Inspectors.Count);
        Assert.Equal(Departments.All.Select(d => d.Name).Order(StringComparer.Ordinal), Inspectors.Select(i => i.Department).Distinct().Order(StringComparer.Ordinal));
        Assert.All(Inspectors.GroupBy(i => i.Department), g => Assert.True(g.Count() >= InspectorDirectoryBuilder.MinimumPerDepartment));
        Assert.Equal(Inspectors.Count, Inspectors.Select(i => i.InspectorId).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(Inspectors.Count, Inspectors.Select(i => i.CertificateNo).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void SmallPopulation_StillFortyInspectors()
    {
        var generator = new PopulationGenerator(new SyntheticOptions(10, 1, AsOf, Repository.SafetyColumns));

        Assert.True(generator.Inspectors.Count >= InspectorDirectoryBuilder.Minimum);
    }

    [Fact]
    public void Sample_SomeCertificatesExpiredIncludingOnTheAsOfEdge()
    {
        Assert.InRange(Inspectors.Count(i => i.CertificateValidTo < AsOf), 5, 30);
        Assert.Contains(Inspectors, i => i.CertificateValidTo == AsOf);
        Assert.Contains(Inspectors, i => i.CertificateValidTo == AsOf.AddDays(-1));
    }

    [Fact]
    public void Sample_ConflictsAreValidUsccsOfRegisteredEnterprisesMostEmpty()
    {
        var registered = Populations.Sample.Select(g => g.Enterprise.Uscc).ToHashSet(StringComparer.Ordinal);

        Assert.All(Inspectors.SelectMany(i => i.Conflicts), c => Assert.Contains(c, registered));
        Assert.InRange(Inspectors.Count(i => i.Conflicts.Count == 0), Inspectors.Count / 2, Inspectors.Count);
        Assert.All(Inspectors, i => Assert.NotEmpty(i.Certifications));
    }

    [Fact]
    public void Sample_HotSpots_LeaveTwoOneAndZeroEligibleInspectors()
    {
        var chemical = Populations.Sample.Where(g => g.Intended.Profile == RiskProfile.HazardousChemicals).Select(g => g.Enterprise);

        var eligible = chemical
            .Select(e => Inspectors.Count(i => i.Department == Departments.Emergency.Name && i.Region == e.Region
                && i.Certifications.Contains(InspectorDirectoryBuilder.HotSpotCertification) && i.CertificateValidTo >= AsOf
                && !i.Conflicts.Contains(e.Uscc)))
            .ToList();

        Assert.Contains(2, eligible);
        Assert.Contains(1, eligible);
        Assert.Contains(0, eligible);
    }
}
