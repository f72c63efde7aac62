using Supervision.Model.Indicators;
using Supervision.Rules.Bundle;
using Supervision.Rules.Scoring;

namespace Supervision.Rules.Language;

/// <summary>
/// Every readable name of a bundle with its type, phase and slot. Indicators come first, in schema order,
/// followed by the pipeline variables the engine computes.
/// </summary>
public sealed class VariableCatalog
{
    public const string SafetyScore = "safety_score";
    public const string CreditScore = "credit_score";
    public const string SafetyLevel = "safety_level";
    public const string CreditClass = "credit_class";
    public const string Category = "category";
    public const string Regime = "regime";

    /// <summary>Table-only outputs of the ratio table; not readable in conditions.</summary>
    public static readonly IReadOnlyList<string> RatioOutputs = ["ratio", "min_count", "exempt"];

    private readonly Dictionary<string, Variable> _byName = new(StringComparer.Ordinal);

    public VariableCatalog(BundleManifest manifest, IEnumerable<IndicatorDefinition> indicators)
    {
        foreach (var indicator in indicators)
        {
            Add(indicator.Name, indicator.Type, indicator.Values, Phase.Indicators, indicator.Description, indicator.Min, indicator.Max);
        }

        Add(SafetyScore, IndicatorType.Number, [], Phase.Grading, "安全评估得分", ScoreScale.Min, ScoreScale.Max);
        Add(CreditScore, IndicatorType.Number, [], Phase.Grading, "信用评估得分", ScoreScale.Min, ScoreScale.Max);
        Add(SafetyLevel, IndicatorType.Enum, manifest.SafetyLevels, Phase.Matrix, "安全风险等级");
        Add(CreditClass, IndicatorType.Enum, manifest.CreditClasses, Phase.Matrix, "信用风险类别");
        Add(Category, IndicatorType.Enum, manifest.Categories, Phase.Regime, "监管类别");
        Add(Regime, IndicatorType.Enum, [.. manifest.Regimes, BundleManifest.RoutineRegime], Phase.Ratio, "监管方式");
    }

    public IReadOnlyList<Variable> All => [.. _byName.Values];

    public int NumberSlots { get; private set; }

    public int TextSlots { get; private set; }

    public Variable? Find(string name) => _byName.GetValueOrDefault(name);

    public Variable Get(string name) => _byName[name];

    public static bool IsPipelineName(string name)
        => name is SafetyScore or CreditScore or SafetyLevel or CreditClass or Category or Regime
            || RatioOutputs.Contains(name);

    private void Add(string name, IndicatorType type, IReadOnlyList<string> values, int phase, string description, double? min = null, double? max = null)
    {
        if (_byName.ContainsKey(name))
        {
            return; // duplicates are reported by the loader
        }

        var numeric = type is IndicatorType.Number or IndicatorType.Integer or IndicatorType.Boolean or IndicatorType.Date;
        var slot = numeric ? NumberSlots++ : TextSlots++;
        _byName.Add(name, new Variable(name, type, values, phase, slot, description, min, max));
    }
}
