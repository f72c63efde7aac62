using Supervision.Data.Import;
using Supervision.Learning.Evaluation;
using Supervision.Learning.Features;
using Supervision.Model.Registry;
using Supervision.Tests.Import;
using Supervision.Tests.Support;

namespace Supervision.Tests.Learning;

/// <summary>One example per inspection, with nothing from that inspection or later.</summary>
public sealed class HistoryDatasetTests
{
    private static readonly string Uscc = TestUscc.Valid(1);

    [Fact]
    public void Build_SecondInspection_SeesOnlyWhatWasKnownTheDayBefore()
    {
        // First visit found a violation; the second visit's day also brings a penalty, and a later penalty follows.
        var population = Population(
            [Visit("A", new(2025, 1, 10), true), Visit("B", new(2025, 6, 1), false), Visit("C", new(2025, 6, 1), true)],
            [Penalty(new(2025, 6, 1)), Penalty(new(2025, 7, 1))]);

        var dataset = HistoryDataset.Build(population, ShippedBundle.Bundle, "test");

        var first = dataset.Examples[0];
        var second = dataset.Examples[1];
        Assert.Equal(new DateOnly(2025, 1, 10), first.Date);
        Assert.Equal(0, Value(dataset, first, "inspections_24m"));
        Assert.Equal(0, Value(dataset, first, "violations_24m"));
        // With the inspection's own day included, these would read 3, 2 and 1.
        Assert.Equal(1, Value(dataset, second, "inspections_24m"));
        Assert.Equal(1, Value(dataset, second, "violations_24m"));
        Assert.Equal(0, Value(dataset, second, "penalties_12m"));
    }

    [Fact]
    public void Build_Labels_AreTheInspectionsOwnResult()
    {
        var population = Population([Visit("A", new(2025, 1, 10), true), Visit("B", new(2025, 6, 1), false)], []);

        var dataset = HistoryDataset.Build(population, ShippedBundle.Bundle, "test");

        Assert.Equal([true, false], dataset.Examples.Select(e => e.Label!.Value));
        Assert.All(dataset.Examples, e => Assert.NotNull(e.RuleScore));
    }

    [Fact]
    public void Build_EveryDeclaredIndicator_IsAFeature()
    {
        var dataset = HistoryDataset.Build(Population([Visit("A", new(2025, 1, 10), true)], []), ShippedBundle.Bundle, "test");

        var indicators = dataset.Features.Select(f => f.Indicator).ToHashSet();
        Assert.All(ShippedBundle.Bundle.Bundle.Indicators, i => Assert.Contains(i.Name, indicators));
        Assert.Contains("registration_date:days_before", dataset.FeatureNames);
        Assert.Contains("rule:safety_score", dataset.FeatureNames);
    }

    [Fact]
    public void ForSchema_IndicatorARegulatorAdds_IsAFeatureWithoutCode()
    {
        using var copy = new BundleCopy();
        copy.AddDustIndicatorAndRule();
        var (bundle, _) = copy.Compile();

        var encoder = FeatureEncoder.ForSchema(bundle!, []);

        Assert.Contains(encoder.Features, f => f.Name == "dust_explosion_sites");
        Assert.Equal(encoder.Features.Count - 1, encoder.Features.ToList().FindIndex(f => f.Name == "rule:ratio"));
    }

    [Fact]
    public void Split_AtADate_TrainsBeforeItAndTestsFromIt()
    {
        var population = Population(
            [Visit("A", new(2025, 1, 10), true), Visit("B", new(2025, 6, 1), false), Visit("C", new(2025, 6, 2), true)], []);
        var dataset = HistoryDataset.Build(population, ShippedBundle.Bundle, "test");

        var split = TemporalSplit.At(dataset, new DateOnly(2025, 6, 1));

        Assert.Equal([new DateOnly(2025, 1, 10)], split.Train.Examples.Select(e => e.Date));
        Assert.Equal([new DateOnly(2025, 6, 1), new DateOnly(2025, 6, 2)], split.Test.Examples.Select(e => e.Date));
    }

    [Fact]
    public void Split_Latest_NeverSplitsOneDay()
    {
        var population = Population(
            [Visit("A", new(2025, 1, 10), true), Visit("B", new(2025, 6, 1), false), Visit("C", new(2025, 6, 1), true), Visit("D", new(2025, 6, 1), false)], []);
        var dataset = HistoryDataset.Build(population, ShippedBundle.Bundle, "test");

        var split = TemporalSplit.Latest(dataset, 0.5);

        Assert.Equal(new DateOnly(2025, 6, 1), split.Boundary);
        Assert.Single(split.Train.Examples);
        Assert.Equal(3, split.Test.Examples.Count);
    }

    private static float Value(InspectionDataset dataset, InspectionExample example, string feature)
        => example.Features[dataset.FeatureNames.ToList().IndexOf(feature)];

    private static InspectionRecord Visit(string id, DateOnly date, bool violation)
        => new(id, Uscc, date, "应急管理局", ["YJ0001", "YJ0002"], violation, []);

    private static CreditRecord Penalty(DateOnly date)
        => new(Uscc, CreditRecordType.Penalty, date, null, null, 1000m, $"罚{date:yyyyMMdd}", "test");

    private static Population Population(IReadOnlyList<InspectionRecord> inspections, IReadOnlyList<CreditRecord> credit)
    {
        var enterprise = new Enterprise(Uscc, "测试化工有限公司", "C2614", "仙人岛能源化工区", "盖州市九垄地街道", "G01", new DateOnly(2010, 1, 1), OperatingStatus.Operating, false);
        var safety = ShippedBundle.Bundle.Bundle.Indicators.Where(i => i.Source == "safety-indicators.csv")
            .Select(i => i.Name == "safety_training_rate" ? (object?)1.0 : null).ToArray();
        return new Population(
            [enterprise],
            new Dictionary<string, object?[]>(StringComparer.Ordinal) { [Uscc] = safety },
            credit.ToLookup(c => c.Uscc, StringComparer.Ordinal),
            inspections.ToLookup(i => i.Uscc, StringComparer.Ordinal),
            [],
            []);
    }
}
