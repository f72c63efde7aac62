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

    /// <summary>
    /// The one-hot ranges a native-categorical model splits on as one feature. Its trees credit a split on a category
    /// to one slot of the range, whichever value the row has, so a range's contributions are summed and reported as
    /// the column's, under the row's own value.
    /// </summary>
    private readonly IReadOnlyList<(int First, int Last)> _categorical;

    public RiskModel(MLContext ml, TransformerChain<ITransformer> chain, ModelMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        _ml = ml;
        _chain = chain;
        Metadata = metadata;
        _slots = FeatureSlots.Of(metadata.Features, FeatureSlots.Parse(metadata.Parameters));
        _categorical = _slots is null && metadata.Parameters.TryGetValue("categorical", out var categorical) && categorical == "native"
            ? DataViews.CategoricalRanges([.. metadata.Features.Select(FeatureSpec.Parse)])
            : [];
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
        var n = _slots?.Length ?? Metadata.Features.Count;
        return [.. Calculate(examples, n).Select(v => Widen([.. v.DenseValues().Select(x => (double)x)]))];
    }

    /// <summary>
    /// The contributions of each example as ML.NET computes them, keeping the <paramref name="top"/> largest positive
    /// and negative ones per row (a sparse vector over the model's slots).
    /// </summary>
    private IEnumerable<VBuffer<float>> Calculate(IReadOnlyList<InspectionExample> examples, int top)
    {
        var prep = _chain.First();
        var featurized = prep.Transform(DataViews.Create(_ml, examples, Metadata.Features.Count, _slots));
        ITransformer calculator = _chain.ElementAt(1) switch
        {
            ISingleFeaturePredictionTransformer<CalibratedModelParametersBase<LinearBinaryModelParameters, PlattCalibrator>> linear
                => _ml.Transforms.CalculateFeatureContribution(linear, top, top, normalize: false).Fit(featurized),
            ISingleFeaturePredictionTransformer<CalibratedModelParametersBase<FastTreeBinaryModelParameters, PlattCalibrator>> trees
                => _ml.Transforms.CalculateFeatureContribution(trees, top, top, normalize: false).Fit(featurized),
            ISingleFeaturePredictionTransformer<CalibratedModelParametersBase<LightGbmBinaryModelParameters, PlattCalibrator>> lightGbm
                => _ml.Transforms.CalculateFeatureContribution(lightGbm, top, top, normalize: false).Fit(featurized),
            var other => throw new NotSupportedException($"no feature contributions for {other.GetType().Name}"),
        };
        return calculator.Transform(featurized).GetColumn<VBuffer<float>>(ContributionsColumn);
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

    /// <summary>
    /// The <paramref name="top"/> features with the largest contributions by absolute value, for each example (for a
    /// native-categorical model, a categorical column counts once, named by the row's value: <c>industry_code=C2614</c>).
    /// Otherwise only the top positive and top negative contributions are computed per row — the largest by absolute
    /// value are among them — so explaining a million rows does not hold every feature's contribution of every row.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<Contribution>> Explain(IReadOnlyList<InspectionExample> examples, int top)
    {
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(top);
        var n = _slots?.Length ?? Metadata.Features.Count;
        if (_categorical.Count > 0)
        {
            return [.. Calculate(examples, n).Select((v, i) => Top(ByColumn(v, examples[i]), top))];
        }

        return [.. Calculate(examples, Math.Min(top, n)).Select(v =>
        {
            var values = v.GetValues();
            var dense = v.IsDense;
            var indices = v.GetIndices();
            var row = new List<Contribution>(values.Length);
            for (var k = 0; k < values.Length; k++)
            {
                var slot = dense ? k : indices[k];
                row.Add(new Contribution(Metadata.Features[_slots is null ? slot : _slots[slot]], values[k]));
            }

            return Top(row, top);
        })];
    }

    /// <summary>Global importance: each feature's (or categorical column's) mean absolute contribution over the examples, largest first.</summary>
    public IReadOnlyList<Contribution> Importance(IReadOnlyList<InspectionExample> examples)
    {
        ArgumentNullException.ThrowIfNull(examples);
        if (_categorical.Count > 0)
        {
            var n = Metadata.Features.Count;
            var sums = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var (v, i) in Calculate(examples, n).Select((v, i) => (v, i)))
            {
                foreach (var c in ByColumn(v, examples[i]))
                {
                    var name = Column(c.Feature);
                    sums[name] = sums.GetValueOrDefault(name) + Math.Abs(c.Value);
                }
            }

            return [.. sums.Select(s => new Contribution(s.Key, examples.Count == 0 ? 0 : s.Value / examples.Count))
                .OrderByDescending(c => c.Value).ThenBy(c => c.Feature, StringComparer.Ordinal)];
        }

        var rows = Contributions(examples);
        return [.. Metadata.Features
            .Select((name, i) => new Contribution(name, rows.Length == 0 ? 0 : rows.Average(r => Math.Abs(r[i]))))
            .OrderByDescending(c => c.Value).ThenBy(c => c.Feature, StringComparer.Ordinal)];
    }

    /// <summary>One row's dense contributions with each categorical range summed under the row's value (<c>column=(none)</c> when it has none).</summary>
    private List<Contribution> ByColumn(VBuffer<float> contributions, InspectionExample example)
    {
        var values = contributions.DenseValues().ToArray();
        var inRange = new bool[values.Length];
        var row = new List<Contribution>();
        foreach (var (first, last) in _categorical)
        {
            var sum = 0.0;
            var hot = -1;
            for (var k = first; k <= last; k++)
            {
                sum += values[k];
                inRange[k] = true;
                hot = hot < 0 && example.Features[k] == 1f ? k : hot;
            }

            row.Add(new Contribution(hot >= 0 ? Metadata.Features[hot] : FeatureSpec.Parse(Metadata.Features[first]).Indicator + "=(none)", sum));
        }

        for (var k = 0; k < values.Length; k++)
        {
            if (!inRange[k])
            {
                row.Add(new Contribution(Metadata.Features[k], values[k]));
            }
        }

        return row;
    }

    /// <summary>The column of a contribution's name: a category's column, or the feature itself.</summary>
    private static string Column(string feature)
    {
        var spec = FeatureSpec.Parse(feature);
        return spec.Kind == FeatureKind.OneHot ? spec.Indicator : feature;
    }

    private static IReadOnlyList<Contribution> Top(IEnumerable<Contribution> row, int top)
        => [.. row.Where(c => c.Value != 0).OrderByDescending(c => Math.Abs(c.Value)).ThenBy(c => c.Feature, StringComparer.Ordinal).Take(top)];

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
