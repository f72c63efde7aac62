using Supervision.Learning.Evaluation;
using Supervision.Learning.Features;
using Supervision.Learning.Training;
using Supervision.Model.Randomness;

namespace Supervision.Tests.Learning;

/// <summary>Model selection chooses on rolling-origin periods inside the training period only, by the fixed criterion.</summary>
public sealed class ModelSelectionTests
{
    [Fact]
    public void Evaluate_RelabelledAndShuffledTestPeriod_ChoosesTheSameConfigurations()
    {
        var split = TemporalSplit.Latest(LearningSamples.Dataset, 0.3);
        var test = split.Test.Examples;
        // Every test label flipped and the rules' scores reversed: a choice that read the test period would move.
        var tampered = split with
        {
            Test = split.Test.With([.. test.Reverse().Select(e => e with { Label = !e.Label, RuleScore = -e.RuleScore })]),
        };
        var grids = CandidateGrid.All;

        var original = Evaluator.Run(split, grids);
        var changed = Evaluator.Run(tampered, grids);

        Assert.All(original.Models, m => Assert.NotNull(m.Selection));
        Assert.Equal(original.Models.Select(m => m.Configuration), changed.Models.Select(m => m.Configuration));
        Assert.Equal(
            original.Models.Select(m => ModelJson.Write(Metadata(m.Selection!))),
            changed.Models.Select(m => ModelJson.Write(Metadata(m.Selection!))));
        Assert.True(original.Models[0].Selection!.ValidationFrom < split.Boundary);
        Assert.NotEqual(original.Models[0].Metrics.Auc, changed.Models[0].Metrics.Auc);
    }

    [Fact]
    public void Choose_SignalSpreadOverSeveralFeatures_PrefersTheTreesThatCanUseThemAll()
    {
        var dataset = Constructed(2000);
        TrainingOptions stump = new(TrainerKind.FastTree, Trees: 1, Leaves: 2, MinLeafExamples: 20);
        TrainingOptions forest = new(TrainerKind.FastTree, Trees: 100, Leaves: 8, MinLeafExamples: 20);

        var (chosen, selection) = ModelSelection.Choose(dataset, [stump, forest]);

        Assert.Equal(forest, chosen);
        Assert.Equal(1, selection!.Chosen);
        Assert.True(selection.Candidates[1].Auc > selection.Candidates[0].Auc + 0.05, $"{selection.Candidates[1].Auc} vs {selection.Candidates[0].Auc}");
        Assert.Equal(600, selection.ValidationRows);
        Assert.Equal(1400, selection.FitRows);
        Assert.Equal(dataset.Examples[1400].Date, selection.ValidationFrom);
        Assert.Equal([dataset.Examples[1400].Date, dataset.Examples[1600].Date, dataset.Examples[1800].Date], selection.PeriodsFrom);
        Assert.All(selection.Candidates, c => Assert.Equal(3, c.PeriodAucs.Count));
        Assert.Equal(selection.Candidates[1].PeriodAucs.Average(), selection.Candidates[1].Auc, 12);
    }

    [Fact]
    public void Choose_OneFitAtATimeOrSeveral_ChoosesIdentically()
    {
        var dataset = Constructed(1200);
        IReadOnlyList<TrainingOptions> grid = [.. CandidateGrid.FastTree.Take(3), .. CandidateGrid.LightGbm.Skip(1).Take(2)];

        var serial = ModelSelection.Choose(dataset, grid, parallelism: 1);
        var parallel = ModelSelection.Choose(dataset, grid, parallelism: 4);

        Assert.Equal(serial.Options, parallel.Options);
        Assert.Equal(ModelJson.Write(Metadata(serial.Selection!)), ModelJson.Write(Metadata(parallel.Selection!)));
    }

    [Fact]
    public void Choose_EarlyStopping_RefitsWithTheTreesTheValidationPeriodsKept()
    {
        var dataset = Constructed(2000);
        TrainingOptions stopping = new(TrainerKind.LightGbm, Trees: 1000, Leaves: 8, MinLeafExamples: 20, LearningRate: 0.1, EarlyStoppingRounds: 20);

        var (chosen, selection) = ModelSelection.Choose(dataset, [stopping]);
        var again = ModelSelection.Choose(dataset, [stopping]);

        Assert.NotNull(selection);
        Assert.InRange(chosen.Trees, 1, 999);
        Assert.Equal($"{chosen.Trees}", selection.ChosenScore.Parameters["trees"]);
        Assert.Equal("20", selection.ChosenScore.Parameters["early_stopping"]);
        Assert.Equal(chosen, again.Options);
        Assert.Equal(ModelJson.Write(Metadata(selection)), ModelJson.Write(Metadata(again.Selection!)));
    }

    [Fact]
    public void Train_LightGbmOnACategoryWithManyValues_LearnsItsSignal()
    {
        // Thirty categories, the odds of a violation high in every third one: one split on the category separates them.
        var random = new SeededRandom(7);
        var specs = Enumerable.Range(0, 30).Select(c => new FeatureSpec("kind", FeatureKind.OneHot, $"k{c}")).ToList();
        var examples = Enumerable.Range(0, 3000).Select(i =>
        {
            var kind = (int)(random.NextDouble() * 30);
            var features = new float[30];
            features[kind] = 1;
            var label = random.NextDouble() < (kind % 3 == 0 ? 0.6 : 0.1);
            return new InspectionExample($"E{i}", new DateOnly(2020, 1, 1).AddDays(i), label, features, null);
        }).ToList();
        var dataset = new InspectionDataset(specs, examples[..2000], "categories");
        var test = examples[2000..];

        var model = RiskModelTrainer.Train(dataset, new TrainingOptions(TrainerKind.LightGbm, Trees: 50, Leaves: 4, MinLeafExamples: 20));
        var auc = RankingMetrics.Auc(new Ranking([.. model.Predict(test).Select(p => (double)p)], [.. test.Select(e => e.Label!.Value)]));

        Assert.True(auc > 0.75, $"AUC {auc}");
        Assert.Equal("native", model.Metadata.Parameters["categorical"]);
        Assert.Equal(new[] { (0, 29) }, DataViews.CategoricalRanges(specs));
        var reasons = model.Explain(test, 3);
        Assert.All(test.Zip(reasons), pair => Assert.All(pair.Second.Where(c => c.Feature.StartsWith("kind=", StringComparison.Ordinal)),
            c => Assert.Equal($"kind=k{Array.IndexOf(pair.First.Features, 1f)}", c.Feature)));
        Assert.Equal("kind", model.Importance(test)[0].Feature);
    }

    [Fact]
    public void Choose_IdenticalCandidates_KeepsTheFirst()
    {
        var dataset = Constructed(800);
        TrainingOptions first = new(TrainerKind.Sdca, L2: 1f);

        var (chosen, selection) = ModelSelection.Choose(dataset, [first, first with { }]);

        Assert.Same(first, chosen);
        Assert.Equal(0, selection!.Chosen);
    }

    [Fact]
    public void Choose_RulesOnlyCandidateWithoutRuleFeatures_IsSkipped()
    {
        var dataset = Constructed(800);
        TrainingOptions rules = new(TrainerKind.Sdca, Features: FeatureSet.Rules);
        TrainingOptions all = new(TrainerKind.Sdca);

        var (chosen, selection) = ModelSelection.Choose(dataset, [rules, all]);

        Assert.Equal(all, chosen);
        Assert.Null(selection);
    }

    [Fact]
    public void Train_RulesOnly_ReadsOnlyTheRuleFeaturesAndRecordsItsSelection()
    {
        var dataset = LearningSamples.Dataset;
        var (options, selection) = ModelSelection.Choose(dataset, [new(TrainerKind.Sdca, Features: FeatureSet.Rules), new(TrainerKind.Sdca)]);
        var model = RiskModelTrainer.Train(dataset, new TrainingOptions(TrainerKind.Sdca, Features: FeatureSet.Rules), selection: selection);

        var importance = model.Importance(dataset.Examples);
        var json = ModelJson.Read(ModelJson.Write(model.Metadata));

        Assert.All(importance.Where(c => c.Value != 0), c => Assert.StartsWith(FeatureSpec.RulePrefix, c.Feature, StringComparison.Ordinal));
        Assert.Equal("rules", json.Parameters["features"]);
        Assert.Equal(2, json.Selection!.Candidates.Count);
        Assert.Equal(options.Describe(), json.Selection.ChosenScore.Candidate);
    }

    private static ModelMetadata Metadata(SelectionResult selection)
        => new("x", "x", new Dictionary<string, string>(), [], "x", null, "x", 0, 0, default, default, new Dictionary<string, string>(), null, selection);

    /// <summary>
    /// Seeded rows whose violation odds rise with three features equally (and two features of noise), one per day:
    /// a single split can use only one of them.
    /// </summary>
    private static InspectionDataset Constructed(int count)
    {
        var random = new SeededRandom(42);
        var examples = new List<InspectionExample>(count);
        for (var i = 0; i < count; i++)
        {
            var x = Enumerable.Range(0, 5).Select(_ => (float)(random.NextDouble() * 2 - 1)).ToArray();
            var logit = -1 + 1.5 * (x[0] + x[1] + x[2]);
            var label = random.NextDouble() < 1 / (1 + Math.Exp(-logit));
            examples.Add(new InspectionExample($"E{i:D5}", new DateOnly(2020, 1, 1).AddDays(i), label, x, null));
        }

        return new InspectionDataset([.. Enumerable.Range(0, 5).Select(j => new FeatureSpec($"f{j}", FeatureKind.Value))], examples, "constructed");
    }
}
