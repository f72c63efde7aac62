using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.FastTree;
using Microsoft.ML.Trainers.LightGbm;
using Supervision.Learning.Explanations;
using Supervision.Learning.Features;

namespace Supervision.Learning.Training;

/// <summary>A trained violation-risk model: the ML.NET pipeline and its metadata.</summary>
/// <remarks>Predicts in bulk through <see cref="ITransformer.Transform"/>; not meant for concurrent calls.</remarks>
public sealed class RiskModel
{
    private const string ContributionsColumn = "FeatureContributions";
    private readonly MLContext _ml;
    private readonly TransformerChain<ITransformer> _chain;
    private readonly int[]? _slots;

    public RiskModel(MLContext ml, TransformerChain<ITransformer> chain, ModelMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        _ml = ml;
        _chain = chain;
        Metadata = metadata;
        _slots = FeatureSlots.Of(metadata.Features, FeatureSlots.Parse(metadata.Parameters));
    }

    public ModelMetadata Metadata { get; }

    /// <summary>The calibrated probability of a violation for each example, in order.</summary>
    public float[] Predict(IReadOnlyList<InspectionExample> examples)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var scored = _chain.Transform(DataViews.Create(_ml, examples, Metadata.Features.Count, _slots));
        return [.. _ml.Data.CreateEnumerable<ModelPrediction>(scored, reuseRowObject: false).Select(p => p.Probability)];
    }

    /// <summary>
    /// Every feature's signed contribution to each example's score (ML.NET's feature contribution calculation):
    /// for the linear model weight × standardised value, for the trees the change along each example's paths.
    /// </summary>
    public double[][] Contributions(IReadOnlyList<InspectionExample> examples)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var prep = _chain.First();
        var featurized = prep.Transform(DataViews.Create(_ml, examples, Metadata.Features.Count, _slots));
        var n = _slots?.Length ?? Metadata.Features.Count;
        ITransformer calculator = _chain.ElementAt(1) switch
        {
            ISingleFeaturePredictionTransformer<CalibratedModelParametersBase<LinearBinaryModelParameters, PlattCalibrator>> linear
                => _ml.Transforms.CalculateFeatureContribution(linear, n, n, normalize: false).Fit(featurized),
            ISingleFeaturePredictionTransformer<CalibratedModelParametersBase<FastTreeBinaryModelParameters, PlattCalibrator>> trees
                => _ml.Transforms.CalculateFeatureContribution(trees, n, n, normalize: false).Fit(featurized),
            ISingleFeaturePredictionTransformer<CalibratedModelParametersBase<LightGbmBinaryModelParameters, PlattCalibrator>> lightGbm
                => _ml.Transforms.CalculateFeatureContribution(lightGbm, n, n, normalize: false).Fit(featurized),
            var other => throw new NotSupportedException($"no feature contributions for {other.GetType().Name}"),
        };
        return [.. calculator.Transform(featurized).GetColumn<VBuffer<float>>(ContributionsColumn)
            .Select(v => Widen([.. v.DenseValues().Select(x => (double)x)]))];
    }

    /// <summary>A compact model's contributions at their positions in the full feature list (0 for the features it does not read).</summary>
    private double[] Widen(double[] values)
    {
        if (_slots is null)
        {
            return values;
        }

        var full = new double[Metadata.Features.Count];
        for (var i = 0; i < _slots.Length; i++)
        {
            full[_slots[i]] = values[i];
        }

        return full;
    }

    /// <summary>The <paramref name="top"/> features with the largest contributions by absolute value, for each example.</summary>
    public IReadOnlyList<IReadOnlyList<Contribution>> Explain(IReadOnlyList<InspectionExample> examples, int top)
        => [.. Contributions(examples).Select(row => (IReadOnlyList<Contribution>)[.. row
            .Select((value, i) => new Contribution(Metadata.Features[i], value))
            .Where(c => c.Value != 0)
            .OrderByDescending(c => Math.Abs(c.Value)).ThenBy(c => c.Feature, StringComparer.Ordinal)
            .Take(top)])];

    /// <summary>Global importance: each feature's mean absolute contribution over the examples, largest first.</summary>
    public IReadOnlyList<Contribution> Importance(IReadOnlyList<InspectionExample> examples)
    {
        var rows = Contributions(examples);
        return [.. Metadata.Features
            .Select((name, i) => new Contribution(name, rows.Length == 0 ? 0 : rows.Average(r => Math.Abs(r[i]))))
            .OrderByDescending(c => c.Value).ThenBy(c => c.Feature, StringComparer.Ordinal)];
    }

    /// <summary>Writes the ML.NET zip and the metadata sidecar (same name, .json).</summary>
    public void Save(string zipPath)
    {
        ArgumentException.ThrowIfNullOrEmpty(zipPath);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(zipPath))!);
        var schema = DataViews.Create(_ml, [], Metadata.Features.Count, _slots).Schema;
        _ml.Model.Save(_chain, schema, zipPath);
        File.WriteAllText(MetadataPath(zipPath), ModelJson.Write(Metadata));
    }

    /// <exception cref="FileNotFoundException">The zip or its metadata sidecar is missing.</exception>
    public static RiskModel Load(string zipPath)
    {
        ArgumentException.ThrowIfNullOrEmpty(zipPath);
        var metadataPath = MetadataPath(zipPath);
        if (!File.Exists(zipPath) || !File.Exists(metadataPath))
        {
            throw new FileNotFoundException($"a model needs both '{zipPath}' and its metadata '{metadataPath}'", File.Exists(zipPath) ? metadataPath : zipPath);
        }

        var metadata = ModelJson.Read(File.ReadAllText(metadataPath));
        var ml = new MLContext(int.Parse(metadata.Parameters["seed"], System.Globalization.CultureInfo.InvariantCulture));
        var loaded = ml.Model.Load(zipPath, out _);
        var chain = loaded as TransformerChain<ITransformer> ?? new TransformerChain<ITransformer>(loaded);
        return new RiskModel(ml, chain, metadata);
    }

    public static string MetadataPath(string zipPath) => Path.ChangeExtension(zipPath, ".json");
}
