using System.Reflection;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.FastTree;
using Supervision.Learning.Evaluation;
using Supervision.Learning.Features;

namespace Supervision.Learning.Training;

/// <summary>Trains a <see cref="RiskModel"/> on labelled examples with fixed seeds and one thread, so that it is reproducible.</summary>
public static class RiskModelTrainer
{
    /// <param name="dataset">The dataset; only examples with a label are used.</param>
    /// <param name="options">Learner settings.</param>
    /// <param name="bundleHash">Hash of the bundle whose schema defined the features, recorded in the metadata.</param>
    /// <param name="holdout">Metrics measured on a temporal split, recorded in the metadata.</param>
    /// <param name="selection">How <paramref name="options"/> were chosen, recorded in the metadata.</param>
    /// <exception cref="ArgumentException">There are no examples of both labels, or the options keep no feature.</exception>
    public static RiskModel Train(
        InspectionDataset dataset, TrainingOptions options, string? bundleHash = null, ScorerMetrics? holdout = null, SelectionResult? selection = null)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(options);
        var examples = dataset.Examples.Where(e => e.Label is not null).ToList();
        var positives = examples.Count(e => e.Label == true);
        if (positives == 0 || positives == examples.Count)
        {
            throw new ArgumentException($"training needs inspections with and without violations; {dataset.Origin} has {examples.Count} rows, {positives} with a violation", nameof(dataset));
        }

        var n = dataset.Features.Count;
        var slots = FeatureSlots.Of(dataset.FeatureNames, options.Features);
        if (slots is { Length: 0 })
        {
            throw new ArgumentException($"{dataset.Origin} has no feature of the set '{options.Features}'", nameof(options));
        }

        var ml = new MLContext(options.Seed);
        var chain = Fit(ml, examples, n, slots, options);
        var kind = options.Trainer.ToString().ToLowerInvariant();
        var hash = DatasetHash.Compute(dataset.FeatureNames, examples);
        var metadata = new ModelMetadata(
            $"{kind}-{hash[..12]}", kind, options.Parameters(), dataset.FeatureNames, dataset.Origin, bundleHash, hash,
            examples.Count, positives, examples.Min(e => e.Date), examples.Max(e => e.Date), Packages(), holdout, selection);
        return new RiskModel(ml, chain, metadata);
    }

    private static IEstimator<ITransformer> Learner(MLContext ml, TrainingOptions options) => options.Trainer == TrainerKind.Sdca
        ? ml.BinaryClassification.Trainers.SdcaLogisticRegression(new SdcaLogisticRegressionBinaryTrainer.Options
        {
            LabelColumnName = DataViews.Label,
            FeatureColumnName = DataViews.Features,
            L2Regularization = options.L2,
            L1Regularization = options.L1,
            NumberOfThreads = 1,
        })
        : ml.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
        {
            LabelColumnName = DataViews.Label,
            FeatureColumnName = DataViews.Features,
            NumberOfTrees = options.Trees,
            NumberOfLeaves = options.Leaves,
            MinimumExampleCountPerLeaf = options.MinLeafExamples,
            LearningRate = options.LearningRate,
            Seed = options.Seed,
            NumberOfThreads = 1,
        });

    /// <remarks>
    /// Both learners calibrate on the rows they were fitted on: boosted trees are over-confident there, and SDCA's
    /// regularisation also shrinks the intercept, pulling its probabilities towards one half. So the latest
    /// <see cref="TrainingOptions.CalibrationShare"/> of the rows are kept out and a Platt calibrator is fitted on them.
    /// </remarks>
    private static TransformerChain<ITransformer> Fit(MLContext ml, List<InspectionExample> examples, int n, int[]? slots, TrainingOptions options)
    {
        var cut = (int)Math.Round(examples.Count * (1 - options.CalibrationShare));
        var calibration = examples.Skip(cut).ToList();
        var canCalibrate = calibration.Any(e => e.Label == true) && calibration.Any(e => e.Label == false)
            && examples.Take(cut).Any(e => e.Label == true) && examples.Take(cut).Any(e => e.Label == false);
        var fitOn = canCalibrate ? examples.Take(cut).ToList() : examples;
        var data = DataViews.Create(ml, fitOn, n, slots);
        var prep = Prep(ml).Fit(data);
        var predictor = Learner(ml, options).Fit(prep.Transform(data));
        if (!canCalibrate)
        {
            return new TransformerChain<ITransformer>(prep, predictor);
        }

        var scoredCalibration = predictor.Transform(prep.Transform(DataViews.Create(ml, calibration, n, slots)));
        var platt = ml.BinaryClassification.Calibrators.Platt(DataViews.Label).Fit(scoredCalibration);
        return new TransformerChain<ITransformer>(prep, predictor, platt);
    }

    /// <summary>Missing values become the training mean, then features are standardised (the trees ignore the scale).</summary>
    private static IEstimator<ITransformer> Prep(MLContext ml)
        => ml.Transforms.ReplaceMissingValues(DataViews.Features)
            .Append(ml.Transforms.NormalizeMeanVariance(DataViews.Features, fixZero: false));

    private static SortedDictionary<string, string> Packages() => new(StringComparer.Ordinal)
    {
        ["dotnet"] = Environment.Version.ToString(),
        ["Microsoft.ML"] = Version(typeof(MLContext).Assembly),
        ["Microsoft.ML.FastTree"] = Version(typeof(FastTreeBinaryTrainer).Assembly),
    };

    private static string Version(Assembly assembly)
        => assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
            ?? assembly.GetName().Version?.ToString() ?? "unknown";
}
