using Microsoft.ML;
using Microsoft.ML.Data;
using Supervision.Learning.Features;

namespace Supervision.Learning.Training;

/// <summary>Turns examples into ML.NET data with a feature vector whose length is known only at run time.</summary>
internal static class DataViews
{
    public const string Label = nameof(ModelRow.Label);
    public const string Features = nameof(ModelRow.Features);

    /// <param name="ml">The context.</param>
    /// <param name="examples">The rows.</param>
    /// <param name="featureCount">Length of the examples' feature vectors.</param>
    /// <param name="slots">The positions the model reads (see <see cref="FeatureSlots"/>); null = all.</param>
    public static IDataView Create(MLContext ml, IEnumerable<InspectionExample> examples, int featureCount, int[]? slots = null)
    {
        ArgumentNullException.ThrowIfNull(ml);
        var schema = SchemaDefinition.Create(typeof(ModelRow));
        schema[Features].ColumnType = new VectorDataViewType(NumberDataViewType.Single, slots?.Length ?? featureCount);
        var rows = examples.Select(e => new ModelRow
        {
            Label = e.Label ?? false,
            Features = slots is null ? e.Features : [.. slots.Select(i => e.Features[i])],
        }).ToList();
        return ml.Data.LoadFromEnumerable(rows, schema);
    }
}
