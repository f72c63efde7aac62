using System.Diagnostics;
using Supervision.Learning.Training;

namespace Supervision.Learning.Evaluation;

/// <summary>
/// For each learner chooses a configuration from its candidates on the training period alone (see
/// <see cref="ModelSelection"/>), refits it on the whole training period, and measures it, the rule score and random
/// order once on the same test inspections.
/// </summary>
public static class Evaluator
{
    /// <param name="split">Training and test periods; the test period is read only after every choice is made.</param>
    /// <param name="learners">Per learner its candidate configurations (one candidate = no selection).</param>
    /// <param name="bundleHash">Recorded in the models' metadata.</param>
    /// <param name="blend">
    /// Also measure "model (blend)": the mean of the learners' probabilities, with equal weights fixed in advance (no
    /// weight is fitted, so the blend has nothing to overfit and reads no row the learners did not); each member is
    /// already Platt-calibrated on held-out training rows, and the blend's own reliability table shows what averaging
    /// does to that.
    /// </param>
    public static EvaluationResult Run(TemporalSplit split, IReadOnlyList<IReadOnlyList<TrainingOptions>> learners, string? bundleHash = null, bool blend = false)
    {
        ArgumentNullException.ThrowIfNull(split);
        ArgumentNullException.ThrowIfNull(learners);
        var test = split.Test.Examples.Where(e => e.Label is not null).ToList();
        var train = split.Train.Examples.Where(e => e.Label is not null).ToList();
        if (test.Count == 0)
        {
            throw new ArgumentException($"no labelled inspection on or after {split.Boundary:yyyy-MM-dd}: nothing to test on", nameof(split));
        }

        var labels = test.Select(e => e.Label!.Value).ToArray();
        var dates = test.Select(e => e.Date).ToArray();
        var gains = new SortedDictionary<string, double[]>(StringComparer.Ordinal);
        var models = new List<ModelEvaluation>();
        double[]? ruleScores = test.Any(e => e.RuleScore is not null) ? [.. test.Select(e => e.RuleScore ?? double.NaN)] : null;
        foreach (var candidates in learners)
        {
            var watch = Stopwatch.StartNew();
            var (options, selection) = ModelSelection.Choose(split.Train, candidates);
            var model = RiskModelTrainer.Train(split.Train, options, bundleHash, selection: selection);
            var seconds = watch.Elapsed.TotalSeconds;
            var probabilities = model.Predict(test).Select(p => (double)p).ToArray();
            var name = $"model ({model.Metadata.Trainer})";
            models.Add(new ModelEvaluation(
                ScorerEvaluation.Measure(name, probabilities, labels, dates, isProbability: true),
                Reliability.Deciles(probabilities, labels),
                model.Importance(test),
                model.Metadata.ModelId,
                seconds)
            {
                VersusRule = ruleScores is null ? null : PairedBootstrap.Auc(probabilities, ruleScores, labels),
                Configuration = options.Describe(),
                Selection = selection,
                Probabilities = probabilities,
            });
            gains[name] = Gains(probabilities, labels);
        }

        if (blend && models.Count > 1)
        {
            var members = models.ToList();
            var probabilities = Enumerable.Range(0, test.Count).Select(i => members.Average(m => m.Probabilities[i])).ToArray();
            const string name = "model (blend)";
            models.Add(new ModelEvaluation(
                ScorerEvaluation.Measure(name, probabilities, labels, dates, isProbability: true),
                Reliability.Deciles(probabilities, labels),
                [],
                $"blend({string.Join('+', members.Select(m => m.ModelId))})",
                members.Sum(m => m.TrainingSeconds))
            {
                VersusRule = ruleScores is null ? null : PairedBootstrap.Auc(probabilities, ruleScores, labels),
                Configuration = $"mean of {string.Join(", ", members.Select(m => m.Metrics.Scorer))}, equal weights",
                Probabilities = probabilities,
            });
            gains[name] = Gains(probabilities, labels);
        }

        ScorerMetrics? rule = null;
        if (ruleScores is not null)
        {
            rule = ScorerEvaluation.Measure(split.Test.Baseline, ruleScores, labels, dates, isProbability: false);
            gains[rule.Scorer] = Gains(ruleScores, labels);
        }

        var trainingRate = train.Count == 0 ? 0 : train.Average(e => e.Label == true ? 1.0 : 0.0);
        var random = RandomBaseline.Measure(labels, dates, trainingRate);
        gains[random.Scorer] = [.. Enumerable.Range(0, 21).Select(k => k / 20.0)];
        return new EvaluationResult(
            split.Train.Origin, split.Boundary, split.Train.Features.Count, train.Count, train.Count(e => e.Label == true),
            models, rule, random, gains)
        {
            Test = test,
        };
    }

    private static double[] Gains(IReadOnlyList<double> scores, IReadOnlyList<bool> labels)
    {
        var ranking = new Ranking(scores, labels);
        return [.. Enumerable.Range(0, 21).Select(k => k == 0 ? 0 : RankingMetrics.Captured(ranking, k / 20.0))];
    }
}
