using Microsoft.ML;
using Microsoft.ML.Data;
using Supervision.Learning.Features;

namespace Supervision.Learning.Training;

/// <summary>Turns examples into ML.NET data with a feature vector whose length is known only at run time.</summary>
internal static class DataViews
{
    public const string Label = nameof(ModelRow.Label);
    public const string Features = nameof(ModelRow.Features);

    public static IDataView Create(MLContext ml, IEnumerable<InspectionExample> examples, int featureCount)
    {
        ArgumentNullException.ThrowIfNull(ml);
        var schema = SchemaDefinition.Create(typeof(ModelRow));
        schema[Features].ColumnType = new VectorDataViewType(NumberDataViewType.Single, featureCount);
        var rows = examples.Select(e => new ModelRow { Label = e.Label ?? false, Features = e.Features }).ToList();
        return ml.Data.LoadFromEnumerable(rows, schema);
    }
}
