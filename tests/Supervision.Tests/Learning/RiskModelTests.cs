using Supervision.Learning.Evaluation;
using Supervision.Learning.Training;
using Supervision.Tests.Import;

namespace Supervision.Tests.Learning;

/// <summary>Training is reproducible, a saved model carries its metadata and predicts the same after loading.</summary>
public sealed class RiskModelTests
{
    public static TheoryData<string> Trainers => new() { nameof(TrainerKind.Sdca), nameof(TrainerKind.FastTree), nameof(TrainerKind.LightGbm) };

    [Theory]
    [MemberData(nameof(Trainers))]
    public void Train_Twice_GivesIdenticalPredictionsAndMetadata(string trainerName)
    {
        var trainer = Enum.Parse<TrainerKind>(trainerName);
        var dataset = LearningSamples.Dataset;

        var first = RiskModelTrainer.Train(dataset, new TrainingOptions(trainer));
        var second = RiskModelTrainer.Train(dataset, new TrainingOptions(trainer));

        Assert.Equal(first.Predict(dataset.Examples), second.Predict(dataset.Examples));
        Assert.Equal(ModelJson.Write(first.Metadata), ModelJson.Write(second.Metadata));
    }

    [Theory]
    [MemberData(nameof(Trainers))]
    public void SaveThenLoad_PredictsTheSameAndKeepsTheMetadata(string trainerName)
    {
        var trainer = Enum.Parse<TrainerKind>(trainerName);
        using var dir = new TempDirectory();
        var path = Path.Combine(dir.Path, "model.zip");
        var dataset = LearningSamples.Dataset;
        var model = RiskModelTrainer.Train(dataset, new TrainingOptions(trainer), "bundle-hash");

        model.Save(path);
        var loaded = RiskModel.Load(path);

        Assert.Equal(model.Predict(dataset.Examples), loaded.Predict(dataset.Examples));
        Assert.Equal(ModelJson.Write(model.Metadata), ModelJson.Write(loaded.Metadata));
        Assert.Equal(64, loaded.Metadata.DataHash.Length);
        Assert.StartsWith(trainerName.ToLowerInvariant() + "-", loaded.Metadata.ModelId, StringComparison.Ordinal);
        Assert.Equal("5.0.1", loaded.Metadata.Packages["Microsoft.ML"]);
        Assert.Equal(dataset.FeatureNames, loaded.Metadata.Features);
        Assert.Equal("bundle-hash", loaded.Metadata.BundleHash);
    }

    [Theory]
    [MemberData(nameof(Trainers))]
    public void Explain_GivesTheLargestContributionsFirstAfterLoading(string trainerName)
    {
        var trainer = Enum.Parse<TrainerKind>(trainerName);
        using var dir = new TempDirectory();
        var path = Path.Combine(dir.Path, "model.zip");
        var dataset = LearningSamples.Dataset;
        RiskModelTrainer.Train(dataset, new TrainingOptions(trainer)).Save(path);
        var model = RiskModel.Load(path);

        var reasons = model.Explain(dataset.Examples.Take(50).ToList(), 3);
        var importance = model.Importance(dataset.Examples);

        Assert.Equal(50, reasons.Count);
        Assert.All(reasons, r => Assert.InRange(r.Count, 1, 3));
        Assert.All(reasons, r => Assert.Equal(r.Select(c => Math.Abs(c.Value)).OrderDescending(), r.Select(c => Math.Abs(c.Value))));
        // A native-categorical model reports each categorical column once.
        var columns = trainer == TrainerKind.LightGbm
            ? dataset.Features.Select(f => f.Kind == Supervision.Learning.Features.FeatureKind.OneHot ? f.Indicator : f.Name).Distinct().Count()
            : dataset.Features.Count;
        Assert.Equal(columns, importance.Count);
        Assert.True(importance[0].Value > 0);
    }

    [Fact]
    public void Evaluate_DataSamples_ModelsBeatTheRuleScoreAndRandomOrder()
    {
        var split = TemporalSplit.Latest(LearningSamples.Dataset, 0.3);

        var result = Evaluator.Run(split, CandidateGrid.All);

        // Measured (docs/learned-risk.md): AUC sdca 0.698, fasttree 0.703, lightgbm 0.706, rule score 0.613 on 2,077 test inspections
        // (450 violations); both models' AUC minus the rule score's has a 95 % bootstrap interval above 0.
        Assert.All(result.Models, m => Assert.True(m.Metrics.Auc > result.Random.Auc + 0.1, $"{m.Metrics.Scorer} AUC {m.Metrics.Auc}"));
        Assert.All(result.Models, m => Assert.True(m.VersusRule!.Low > 0, $"{m.Metrics.Scorer} − rule score: {m.VersusRule}"));
        Assert.All(result.Models, m => Assert.True(m.Metrics.DaysEarlierMean > result.Rule!.DaysEarlierMean + 10));
        Assert.All(result.Models, m => Assert.True(m.Metrics.Lift20 > result.Rule!.Lift20));
        Assert.True(result.Rule!.Auc > result.Random.Auc + 0.05);
        Assert.Equal(2077, result.Random.Rows);
    }
}
