using Supervision.Learning.Evaluation;
using Supervision.Learning.Features;

namespace Supervision.Tests.Learning;

/// <summary>Rolling-origin evaluation: consecutive test periods, each trained only on what came before it.</summary>
public sealed class RollingOriginsTests
{
    [Fact]
    public void Splits_CoverTheTestPeriodOnceAndTrainOnlyOnEarlierRows()
    {
        var dataset = LearningSamples.Dataset;
        var boundary = TemporalSplit.Latest(dataset, 0.3).Boundary;

        var splits = RollingOrigins.Splits(dataset, boundary, 3);

        Assert.Equal(3, splits.Count);
        Assert.Equal(boundary, splits[0].Boundary);
        Assert.All(splits, s => Assert.All(s.Train.Examples, e => Assert.True(e.Date < s.Boundary)));
        Assert.All(splits, s => Assert.All(s.Test.Examples, e => Assert.True(e.Date >= s.Boundary)));
        var tested = splits.SelectMany(s => s.Test.Examples).ToList();
        Assert.Equal(dataset.Examples.Where(e => e.Date >= boundary), tested);
        Assert.True(splits[1].Train.Examples.Count > splits[0].Train.Examples.Count);
        Assert.Equal(splits[0].Train.Examples.Count + splits[0].Test.Examples.Count, splits[1].Train.Examples.Count);
        Assert.All(splits, s => Assert.InRange(s.Test.Examples.Count, tested.Count / 3 - 40, tested.Count / 3 + 40));
    }

    [Fact]
    public void Splits_FewerDatesThanOrigins_GivesOnePeriodPerDate()
    {
        var examples = Enumerable.Range(0, 10).Select(i => new InspectionExample($"E{i}", new DateOnly(2024, 1, 1 + i / 5), i % 2 == 0, [i], null)).ToList();
        var dataset = new InspectionDataset([new FeatureSpec("x", FeatureKind.Value)], examples, "t");

        var splits = RollingOrigins.Splits(dataset, new DateOnly(2024, 1, 1), 4);

        Assert.Equal([new DateOnly(2024, 1, 1), new DateOnly(2024, 1, 2)], splits.Select(s => s.Boundary));
    }

    [Fact]
    public void Evaluate_Blend_IsTheMeanOfTheLearnersProbabilities()
    {
        var split = TemporalSplit.Latest(LearningSamples.Dataset, 0.3);
        IReadOnlyList<IReadOnlyList<Supervision.Learning.Training.TrainingOptions>> learners =
            [Supervision.Learning.Training.CandidateGrid.Sdca.Take(2).ToList(), Supervision.Learning.Training.CandidateGrid.FastTree.Take(2).ToList()];

        var result = Evaluator.Run(split, learners, blend: true);

        Assert.Equal(["model (sdca)", "model (fasttree)", "model (blend)"], result.Models.Select(m => m.Metrics.Scorer));
        var blend = result.Models[2];
        Assert.All(Enumerable.Range(0, result.Test.Count), i =>
            Assert.Equal((result.Models[0].Probabilities[i] + result.Models[1].Probabilities[i]) / 2, blend.Probabilities[i], 12));
        Assert.NotNull(blend.VersusRule);
        Assert.Equal(10, blend.Deciles.Count);
    }

    [Fact]
    public void Spread_GivesMeanSmallestAndLargestOverThePeriods()
    {
        var dataset = LearningSamples.Dataset;
        var splits = RollingOrigins.Splits(dataset, TemporalSplit.Latest(dataset, 0.3).Boundary, 2);
        var periods = splits.Select(s => Evaluator.Run(s, [Supervision.Learning.Training.CandidateGrid.Sdca.Take(2).ToList()])).ToList();

        var spread = RollingOrigins.Spread(periods);

        var auc = spread.Single(s => s.Scorer == "model (sdca)" && s.Metric == "auc");
        var values = periods.Select(p => p.Models[0].Metrics.Auc).ToList();
        Assert.Equal(values.Average(), auc.Mean, 12);
        Assert.Equal(values.Min(), auc.Min);
        Assert.Equal(values.Max(), auc.Max);
        Assert.DoesNotContain(spread, s => s.Scorer == "rule score" && s.Metric == "brier");
    }
}
