using System.Reflection;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.FastTree;
using Microsoft.ML.Trainers.LightGbm;
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
        => Train(dataset, options, null, bundleHash, holdout, selection).Model;

    /// <summary>
    /// Trains with early stopping on <paramref name="validation"/> (LightGBM with <see cref="TrainingOptions.EarlyStoppingRounds"/>):
    /// trees are added while the validation rows' log-loss improves. Returns the model and the number of trees it kept.
    /// Only selection calls it, with validation rows from inside the training period.
    /// </summary>
    internal static (RiskModel Model, int Trees) TrainStopping(InspectionDataset dataset, IReadOnlyList<InspectionExample> validation, TrainingOptions options)
        => Train(dataset, options, validation, null, null, null);

    private static (RiskModel Model, int Trees) Train(
        InspectionDataset dataset, TrainingOptions options, IReadOnlyList<InspectionExample>? validation, string? bundleHash, ScorerMetrics? holdout, SelectionResult? selection)
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
        var categorical = slots is null && options.Trainer == TrainerKind.LightGbm ? DataViews.CategoricalRanges(dataset.Features) : null;
        var (chain, trees) = Fit(ml, examples, n, slots, options, categorical, validation?.Where(e => e.Label is not null).ToList());
        var kind = options.Trainer.ToString().ToLowerInvariant();
        var hash = DatasetHash.Compute(dataset.FeatureNames, examples);
        var metadata = new ModelMetadata(
            $"{kind}-{hash[..12]}", kind, options.Parameters(), dataset.FeatureNames, dataset.Origin, bundleHash, hash,
            examples.Count, positives, examples.Min(e => e.Date), examples.Max(e => e.Date), Packages(), holdout, selection);
        return (new RiskModel(ml, chain, metadata), trees);
    }

    private static IEstimator<ITransformer> Learner(MLContext ml, TrainingOptions options) => options.Trainer switch
    {
        TrainerKind.Sdca => ml.BinaryClassification.Trainers.SdcaLogisticRegression(new SdcaLogisticRegressionBinaryTrainer.Options
        {
            LabelColumnName = DataViews.Label,
            FeatureColumnName = DataViews.Features,
            L2Regularization = options.L2,
            L1Regularization = options.L1,
            NumberOfThreads = 1,
        }),
        TrainerKind.LightGbm => LightGbm(ml, options, stopping: false),
        _ => ml.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
        {
            LabelColumnName = DataViews.Label,
            FeatureColumnName = DataViews.Features,
            NumberOfTrees = options.Trees,
            NumberOfLeaves = options.Leaves,
            MinimumExampleCountPerLeaf = options.MinLeafExamples,
            LearningRate = options.LearningRate,
            Seed = options.Seed,
            NumberOfThreads = 1,
        }),
    };

    /// <summary>LightGBM on one thread, deterministic, splitting marked one-hot ranges as categories, missing values as missing.</summary>
    private static LightGbmBinaryTrainer LightGbm(MLContext ml, TrainingOptions options, bool stopping)
        => ml.BinaryClassification.Trainers.LightGbm(new LightGbmBinaryTrainer.Options
        {
            LabelColumnName = DataViews.Label,
            FeatureColumnName = DataViews.Features,
            NumberOfIterations = options.Trees,
            NumberOfLeaves = options.Leaves,
            MinimumExampleCountPerLeaf = options.MinLeafExamples,
            LearningRate = options.LearningRate,
            Seed = options.Seed,
            Deterministic = true,
            NumberOfThreads = 1,
            UseCategoricalSplit = true,
            HandleMissingValue = true,
            EarlyStoppingRound = stopping ? options.EarlyStoppingRounds ?? 0 : 0,
            Silent = true,
            Verbose = false,
        });

    /// <remarks>
    /// Both learners calibrate on the rows they were fitted on: boosted trees are over-confident there, and SDCA's
    /// regularisation also shrinks the intercept, pulling its probabilities towards one half. So the latest
    /// <see cref="TrainingOptions.CalibrationShare"/> of the rows are kept out and a Platt calibrator is fitted on them.
    /// </remarks>
    private static (TransformerChain<ITransformer> Chain, int Trees) Fit(
        MLContext ml, List<InspectionExample> examples, int n, int[]? slots, TrainingOptions options,
        IReadOnlyList<(int First, int Last)>? categorical, List<InspectionExample>? validation)
    {
        var cut = (int)Math.Round(examples.Count * (1 - options.CalibrationShare));
        var calibration = examples.Skip(cut).ToList();
        var canCalibrate = calibration.Any(e => e.Label == true) && calibration.Any(e => e.Label == false)
            && examples.Take(cut).Any(e => e.Label == true) && examples.Take(cut).Any(e => e.Label == false);
        var fitOn = canCalibrate ? examples.Take(cut).ToList() : examples;
        var data = DataViews.Create(ml, fitOn, n, slots, categorical);
        var prep = Prep(ml, options.Trainer).Fit(data);
        ITransformer predictor;
        var trees = options.Trees;
        if (options.Trainer == TrainerKind.LightGbm)
        {
            var stopping = validation is { Count: > 0 } && options.EarlyStoppingRounds is not null;
            var trainer = LightGbm(ml, options, stopping);
            var fitted = stopping
                ? trainer.Fit(prep.Transform(data), prep.Transform(DataViews.Create(ml, validation!, n, slots, categorical)))
                : trainer.Fit(prep.Transform(data));
            trees = fitted.Model.SubModel.TrainedTreeEnsemble.Trees.Count;
            predictor = fitted;
        }
        else
        {
            predictor = Learner(ml, options).Fit(prep.Transform(data));
        }

        if (!canCalibrate)
        {
            return (new TransformerChain<ITransformer>(prep, predictor), trees);
        }

        var scoredCalibration = predictor.Transform(prep.Transform(DataViews.Create(ml, calibration, n, slots)));
        var platt = ml.BinaryClassification.Calibrators.Platt(DataViews.Label).Fit(scoredCalibration);
        return (new TransformerChain<ITransformer>(prep, predictor, platt), trees);
    }

    /// <summary>
    /// Missing values become the training mean, then features are standardised (FastTree ignores the scale). LightGBM
    /// gets the vector as it is: it learns where missing values go at each split, and its categorical ranges would
    /// not survive a transform.
    /// </summary>
    private static IEstimator<ITransformer> Prep(MLContext ml, TrainerKind trainer)
        => trainer == TrainerKind.LightGbm
            ? new EstimatorChain<ITransformer>()
            : ml.Transforms.ReplaceMissingValues(DataViews.Features)
                .Append(ml.Transforms.NormalizeMeanVariance(DataViews.Features, fixZero: false));

    private static SortedDictionary<string, string> Packages() => new(StringComparer.Ordinal)
    {
        ["dotnet"] = Environment.Version.ToString(),
        ["Microsoft.ML"] = Version(typeof(MLContext).Assembly),
        ["Microsoft.ML.FastTree"] = Version(typeof(FastTreeBinaryTrainer).Assembly),
        ["Microsoft.ML.LightGbm"] = Version(typeof(LightGbmBinaryTrainer).Assembly),
    };

    private static string Version(Assembly assembly)
        => assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
            ?? assembly.GetName().Version?.ToString() ?? "unknown";
}
