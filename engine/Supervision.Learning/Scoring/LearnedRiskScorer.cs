using Supervision.Data.Import;
using Supervision.Learning.Features;
using Supervision.Learning.Training;
using Supervision.Rules.Compilation;

namespace Supervision.Learning.Scoring;

/// <summary>Scores enterprises with a saved model: every registered enterprise as of a date, or the rows of a feature table.</summary>
public static class LearnedRiskScorer
{
    /// <summary>
    /// Every registered enterprise with the indicators as they stand on <paramref name="asOf"/>, encoded with the
    /// model's own feature list (so a model keeps working when the bundle gains indicators it was not trained on).
    /// </summary>
    /// <exception cref="ArgumentException">The bundle no longer declares an indicator the model reads.</exception>
    public static IReadOnlyList<LearnedRisk> Score(RiskModel model, Population population, CompiledBundle bundle, DateOnly asOf, int reasons)
    {
        ArgumentNullException.ThrowIfNull(model);
        var encoder = new FeatureEncoder(bundle, [.. model.Metadata.Features.Select(FeatureSpec.Parse)]);
        return Score(model, HistoryDataset.Current(population, bundle, encoder, asOf), reasons);
    }

    /// <summary>The examples in their order (a feature table's rows are scored as they stand).</summary>
    public static IReadOnlyList<LearnedRisk> Score(RiskModel model, IReadOnlyList<InspectionExample> examples, int reasons)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(examples);
        var probabilities = model.Predict(examples);
        var explanations = reasons > 0 ? model.Explain(examples, reasons) : null;
        return [.. examples.Select((e, i) => new LearnedRisk(e.EnterpriseId, probabilities[i], model.Metadata.ModelId, explanations?[i] ?? [])
        {
            RowId = e.RowId,
            Date = e.Date,
        })];
    }
}
