using System.Diagnostics;
using System.Globalization;
using Supervision.Data.Import;
using Supervision.Data.Scoring;
using Supervision.Learning.Features;
using Supervision.Learning.Training;
using Supervision.Model.Randomness;
using Supervision.Rules.Compilation;

namespace Supervision.Benchmarks;

/// <summary>
/// Training time on N inspections for every learner (`--ml N`), rolling-origin model selection over the candidate grid
/// included, and the time to score 1,000,000 rows with the model trained. With `--data DIR` (a history written by
/// `supervision generate`) the examples are the real features of its inspections, their building timed too; without,
/// N seeded synthetic rows with 81 features and a logistic signal. SDCA is the baseline of the ratio.
/// </summary>
internal static class MlBenchmark
{
    /// <summary>Rows scored after training (the issue's bound: a million rows in at most ten seconds).</summary>
    public const int ScoredRows = 1_000_000;

    public static string Run(int count, string? dataDir, string rules)
    {
        var watch = Stopwatch.StartNew();
        var dataset = dataDir is null ? Synthetic(count) : History(dataDir, rules, count);
        var prepare = watch.Elapsed.TotalSeconds;
        var positives = dataset.Examples.Count(e => e.Label == true);
        Console.Error.WriteLine($"{dataset.Examples.Count:N0} examples ({positives:N0} violations), {dataset.Features.Count} features, prepared in {prepare:0.0} s");
        var lines = new List<string>();
        double? baseline = null;
        foreach (var trainer in new[] { TrainerKind.Sdca, TrainerKind.FastTree, TrainerKind.LightGbm })
        {
            // Training as `ml train` does it: choose among the candidates on the rolling-origin periods, then refit the choice on all rows.
            watch.Restart();
            var (options, selection) = ModelSelection.Choose(dataset, CandidateGrid.For(trainer));
            var model = RiskModelTrainer.Train(dataset, options, selection: selection);
            var seconds = watch.Elapsed.TotalSeconds;
            Console.Error.WriteLine($"{trainer}: chose {options.Describe()} among {CandidateGrid.For(trainer).Count} candidates in {seconds:0.0} s");
            baseline ??= seconds;
            var million = Enumerable.Range(0, ScoredRows).Select(i => dataset.Examples[i % dataset.Examples.Count]).ToList();
            watch.Restart();
            model.Predict(million);
            var predict = watch.Elapsed.TotalSeconds;
            lines.Add(string.Create(CultureInfo.InvariantCulture,
                $"| {trainer.ToString().ToLowerInvariant()} | {dataset.Examples.Count:N0} | {dataset.Features.Count} | {(dataDir is null ? "synthetic" : $"history ({prepare:0.0} s to build)")} | {seconds:0.00} | {seconds / baseline:0.00} | {predict:0.00} | {Environment.WorkingSet / (1024 * 1024)} |"));
        }

        return string.Join('\n', lines);
    }

    private static InspectionDataset History(string dataDir, string rules, int count)
    {
        var bundle = BundleSource.Compile(rules);
        var population = PopulationLoader.Load(dataDir, new FactBuilder(bundle).SafetyColumns);
        var dataset = HistoryDataset.Build(population, bundle, dataDir);
        return dataset.With([.. dataset.Examples.Take(count)]);
    }

    private static InspectionDataset Synthetic(int count)
    {
        const int Features = 81;
        var random = new SeededRandom(20261127);
        var weights = Enumerable.Range(0, Features).Select(i => i < 10 ? (random.NextDouble() - 0.5) * 0.8 : 0).ToArray();
        var examples = new List<InspectionExample>(count);
        for (var i = 0; i < count; i++)
        {
            var x = new float[Features];
            var logit = -1.6;
            for (var j = 0; j < Features; j++)
            {
                x[j] = (float)(random.NextDouble() * 4 - 2);
                logit += weights[j] * x[j];
            }

            var label = random.NextDouble() < 1 / (1 + Math.Exp(-logit));
            examples.Add(new InspectionExample($"E{i % (count / 2 + 1)}", new DateOnly(2024, 1, 1).AddDays(i * 1000 / count), label, x, null));
        }

        return new InspectionDataset([.. Enumerable.Range(0, Features).Select(j => new FeatureSpec($"f{j:D2}", FeatureKind.Value))], examples, "synthetic");
    }
}
