using Supervision.Learning.Evaluation;
using Supervision.Learning.Features;
using Supervision.Learning.Training;
using Supervision.Model.Randomness;

namespace Supervision.Tests.Learning;

/// <summary>Model selection chooses on the latest part of the training period only, by the fixed criterion.</summary>
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
        IReadOnlyList<IReadOnlyList<TrainingOptions>> grids = [CandidateGrid.Sdca, CandidateGrid.FastTree];

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
        Assert.Equal(500, selection.ValidationRows);
        Assert.Equal(1500, selection.FitRows);
        Assert.Equal(dataset.Examples[1500].Date, selection.ValidationFrom);
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
