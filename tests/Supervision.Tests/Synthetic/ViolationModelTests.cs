using Supervision.Model.Registry;
using Supervision.Synthetic;

namespace Supervision.Tests.Synthetic;

/// <summary>
/// The violation chance of a visit carries signal beyond the rules: enterprises the default rules score the same
/// (same safety score, class and bands) still differ by what the rules read coarsely or not at all.
/// </summary>
public sealed class ViolationModelTests
{
    private static readonly DateOnly Visit = new(2026, 6, 1);

    [Fact]
    public void LogOdds_LowerTrainingInsideTheSameBand_Higher()
    {
        var identity = Identity("F5211", "综合保税区", new DateOnly(2010, 1, 1));

        var trained = ViolationModel.LogOdds(identity, Safety(training: 0.89), 0, Visit, 1, 0);
        var untrained = ViolationModel.LogOdds(identity, Safety(training: 0.70), 0, Visit, 1, 0);

        Assert.True(untrained > trained + 0.3, $"{untrained} vs {trained}");
    }

    [Fact]
    public void LogOdds_EnterpriseInItsFirstYear_HigherThanAnOldOne()
    {
        var young = ViolationModel.LogOdds(Identity("F5211", "综合保税区", Visit.AddMonths(-6)), Safety(), 0, Visit, 1, 0);
        var old = ViolationModel.LogOdds(Identity("F5211", "综合保税区", new DateOnly(2000, 1, 1)), Safety(), 0, Visit, 1, 0);

        Assert.True(young > old + 0.8, $"{young} vs {old}");
    }

    [Fact]
    public void LogOdds_ChemicalPlantOutsideThePark_Higher()
    {
        var registered = new DateOnly(2010, 1, 1);

        var inPark = ViolationModel.LogOdds(Identity("C2614", "仙人岛能源化工区", registered), Safety(), 0, Visit, 1, 0);
        var outside = ViolationModel.LogOdds(Identity("C2614", "沿海产业基地", registered), Safety(), 0, Visit, 1, 0);

        Assert.Equal(0.5, outside - inPark, 9);
    }

    [Fact]
    public void LogOdds_NoVisitInTwoYears_Higher()
    {
        var identity = Identity("F5211", "综合保税区", new DateOnly(2010, 1, 1));

        var unvisited = ViolationModel.LogOdds(identity, Safety(), 0, Visit, 0, 0);
        var visited = ViolationModel.LogOdds(identity, Safety(), 0, Visit, 1, 0);

        Assert.Equal(0.35, unvisited - visited, 9);
    }

    [Fact]
    public void Probability_StaysWithinTwoAndNinetyTwoPercent()
    {
        Assert.Equal(0.02, ViolationModel.Probability(-50));
        Assert.Equal(0.92, ViolationModel.Probability(50));
        Assert.Equal(0.5, ViolationModel.Probability(0), 12);
    }

    [Fact]
    public void Sample_SameIntendedLevelAndClass_YoungerEnterprisesViolateMoreOften()
    {
        var visits = Populations.Sample
            .Where(g => g.Intended is { SafetyLevel: "蓝", TargetClass: "A" })
            .SelectMany(g => g.Inspections.Select(i => (Young: i.Date < g.Enterprise.RegistrationDate.AddYears(3), i.ViolationFound)))
            .ToList();

        var young = visits.Where(v => v.Young).ToList();
        var older = visits.Where(v => !v.Young).ToList();
        var youngRate = (double)young.Count(v => v.ViolationFound) / young.Count;
        var olderRate = (double)older.Count(v => v.ViolationFound) / older.Count;

        Assert.True(young.Count >= 100, $"{young.Count} visits to young enterprises");
        Assert.True(youngRate > olderRate + 0.05, $"violation rate {youngRate:0.000} (younger than 3 years) vs {olderRate:0.000}");
    }

    private static EnterpriseIdentity Identity(string industryCode, string region, DateOnly registered)
    {
        var industry = IndustryCatalog.All.Single(i => i.Code == industryCode);
        var enterprise = new Enterprise("91210800MA0000000X", "营口测试有限公司", industryCode, region, "", "G01", registered, OperatingStatus.Operating, false);
        return new EnterpriseIdentity(enterprise, industry);
    }

    private static SafetyDraw Safety(double training = 0.95)
    {
        var values = new Dictionary<string, double>(StringComparer.Ordinal)
        {
            [SafetyValues.SafetyTrainingRate] = training,
            [SafetyValues.EmergencyDrills12M] = 2,
            [SafetyValues.GeneralHiddenHazardsOpen] = 0,
            [SafetyValues.LecMax] = 20,
            [SafetyValues.YearsWithoutAccident] = 4,
            [SafetyValues.MajorHazardSources] = 0,
        };
        return new SafetyDraw(values, 100, "蓝", null);
    }
}
