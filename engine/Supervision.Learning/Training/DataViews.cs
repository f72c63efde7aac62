using Microsoft.ML;
using Microsoft.ML.Data;
using Supervision.Learning.Features;

namespace Supervision.Learning.Training;

/// <summary>Turns examples into ML.NET data with a feature vector whose length is known only at run time.</summary>
internal static class DataViews
{
    public const string Label = nameof(ModelRow.Label);
    public const string Features = nameof(ModelRow.Features);

    /// <summary>ML.NET's annotation kind for one-hot ranges of a feature vector (what its one-hot encoder writes).</summary>
    private const string CategoricalSlotRanges = "CategoricalSlotRanges";

    /// <summary>The ranges of consecutive one-hot features of one column (at least two slots), in vector positions.</summary>
    public static IReadOnlyList<(int First, int Last)> CategoricalRanges(IReadOnlyList<FeatureSpec> features)
    {
        ArgumentNullException.ThrowIfNull(features);
        var ranges = new List<(int, int)>();
        for (var start = 0; start < features.Count;)
        {
            var end = start;
            if (features[start].Kind == FeatureKind.OneHot)
            {
                while (end + 1 < features.Count && features[end + 1].Kind == FeatureKind.OneHot
                    && string.Equals(features[end + 1].Indicator, features[start].Indicator, StringComparison.Ordinal))
                {
                    end++;
                }

                if (end > start)
                {
                    ranges.Add((start, end));
                }
            }

            start = end + 1;
        }

        return ranges;
    }

    /// <param name="ml">The context.</param>
    /// <param name="examples">The rows.</param>
    /// <param name="featureCount">Length of the examples' feature vectors.</param>
    /// <param name="slots">The positions the model reads (see <see cref="FeatureSlots"/>); null = all.</param>
    /// <param name="categorical">
    /// Ranges of the vector (first and last position, inclusive) that are one categorical column one-hot encoded, marked
    /// so that LightGBM splits on the category natively instead of on each slot; null or empty = none.
    /// </param>
    public static IDataView Create(
        MLContext ml, IEnumerable<InspectionExample> examples, int featureCount, int[]? slots = null, IReadOnlyList<(int First, int Last)>? categorical = null)
    {
        ArgumentNullException.ThrowIfNull(ml);
        var schema = SchemaDefinition.Create(typeof(ModelRow));
        schema[Features].ColumnType = new VectorDataViewType(NumberDataViewType.Single, slots?.Length ?? featureCount);
        if (categorical is { Count: > 0 })
        {
            int[] bounds = [.. categorical.SelectMany(r => new[] { r.First, r.Last })];
            schema[Features].AddAnnotation(CategoricalSlotRanges, new VBuffer<int>(bounds.Length, bounds), new VectorDataViewType(NumberDataViewType.Int32, bounds.Length));
        }

        var rows = examples.Select(e => new ModelRow
        {
            Label = e.Label ?? false,
            Features = slots is null ? e.Features : [.. slots.Select(i => e.Features[i])],
        }).ToList();
        return ml.Data.LoadFromEnumerable(rows, schema);
    }
}
