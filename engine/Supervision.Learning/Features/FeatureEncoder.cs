using Supervision.Learning.Scoring;
using Supervision.Model.Indicators;
using Supervision.Rules.Compilation;
using Supervision.Rules.Scoring;

namespace Supervision.Learning.Features;

/// <summary>
/// Turns an enterprise's slot values (as the scoring engine sees them) into the learner's feature vector. Every
/// indicator the bundle's schema declares becomes one or more features, so a new indicator needs no code change.
/// </summary>
public sealed class FeatureEncoder
{
    /// <summary>Most distinct values of one text indicator that get their own feature; rarer ones are left out.</summary>
    public const int MaxTextValues = 40;

    private readonly (int Slot, bool Numeric, FeatureSpec Spec)[] _columns;

    public FeatureEncoder(CompiledBundle bundle, IReadOnlyList<FeatureSpec> features)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        ArgumentNullException.ThrowIfNull(features);
        Features = features;
        _columns = [.. features.Select(f => f.Kind == FeatureKind.RuleOutput ? (-1, true, f) : bundle.Catalog.Find(f.Indicator) is { } v
            ? (v.Slot, v.IsNumericSlot, f)
            : throw new ArgumentException($"feature '{f.Name}' reads indicator '{f.Indicator}', which the bundle does not declare", nameof(features)))];
    }

    public IReadOnlyList<FeatureSpec> Features { get; }

    /// <summary>
    /// The features of the bundle's schema: numbers, integers and booleans as values, dates as days before the
    /// as-of date, enums one-hot over their declared values, text one-hot over the values seen in <paramref name="sample"/>;
    /// then the bundle's outputs. learned_violation_risk is left out.
    /// </summary>
    public static FeatureEncoder ForSchema(CompiledBundle bundle, IReadOnlyCollection<EnterpriseInput> sample)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        ArgumentNullException.ThrowIfNull(sample);
        var features = new List<FeatureSpec>();
        // The learned risk is this model family's own output: learning from it would feed a prediction back into itself.
        foreach (var indicator in bundle.Bundle.Indicators.Where(i => i.Source != LearnedRiskCsv.FileName))
        {
            switch (indicator.Type)
            {
                case IndicatorType.Date:
                    features.Add(new FeatureSpec(indicator.Name, FeatureKind.DaysBefore));
                    break;
                case IndicatorType.Enum:
                    features.AddRange(indicator.Values.Select(v => new FeatureSpec(indicator.Name, FeatureKind.OneHot, v)));
                    break;
                case IndicatorType.Text:
                    var slot = bundle.Catalog.Get(indicator.Name).Slot;
                    features.AddRange(sample.Select(s => s.Texts[slot]).OfType<string>()
                        .GroupBy(t => t, StringComparer.Ordinal)
                        .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
                        .Take(MaxTextValues)
                        .OrderBy(g => g.Key, StringComparer.Ordinal)
                        .Select(g => new FeatureSpec(indicator.Name, FeatureKind.OneHot, g.Key)));
                    break;
                default:
                    features.Add(new FeatureSpec(indicator.Name, FeatureKind.Value));
                    break;
            }
        }

        features.AddRange(FeatureSpec.RuleOutputs);
        return new FeatureEncoder(bundle, features);
    }

    /// <param name="input">The enterprise's slot values for the as-of date.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="outcome">The bundle's outcome for the same input and date; null (or an evaluation error) leaves the rule outputs missing.</param>
    public float[] Encode(EnterpriseInput input, DateOnly asOf, Outcome? outcome)
    {
        ArgumentNullException.ThrowIfNull(input);
        var vector = new float[_columns.Length];
        for (var i = 0; i < _columns.Length; i++)
        {
            var (slot, numeric, spec) = _columns[i];
            vector[i] = spec.Kind switch
            {
                FeatureKind.RuleOutput => RuleOutput(spec.Indicator, outcome),
                FeatureKind.DaysBefore => double.IsNaN(input.Numbers[slot]) ? float.NaN : asOf.DayNumber - (float)input.Numbers[slot],
                FeatureKind.OneHot when numeric => float.NaN,
                FeatureKind.OneHot => string.Equals(input.Texts[slot], spec.Value, StringComparison.Ordinal) ? 1 : 0,
                _ when numeric => (float)input.Numbers[slot],
                _ => float.NaN,
            };
        }

        return vector;
    }

    private static float RuleOutput(string name, Outcome? outcome) => outcome is null || outcome.Error is not null ? float.NaN : name switch
    {
        "safety_score" => (float)outcome.SafetyScore,
        "credit_score" => (float)outcome.CreditScore,
        "ratio" => (float)outcome.Ratio,
        _ => float.NaN,
    };
}
