namespace Supervision.Learning.Features;

/// <summary>One column of the learner's feature vector: which indicator it reads and how.</summary>
/// <param name="Indicator">Indicator name in the bundle's schema, or the column name of a feature table.</param>
/// <param name="Kind">How the value is encoded.</param>
/// <param name="Value">For <see cref="FeatureKind.OneHot"/>, the value that gives 1; otherwise null.</param>
public sealed record FeatureSpec(string Indicator, FeatureKind Kind, string? Value = null)
{
    public const string RulePrefix = "rule:";

    /// <summary>The rule outputs every history dataset carries as features.</summary>
    public static readonly IReadOnlyList<FeatureSpec> RuleOutputs =
        [new("safety_score", FeatureKind.RuleOutput), new("credit_score", FeatureKind.RuleOutput), new("ratio", FeatureKind.RuleOutput)];

    /// <summary>The feature's name in model metadata, reports and explanations: `name`, `name:days_before` or `name=value`.</summary>
    public string Name => Kind switch
    {
        FeatureKind.DaysBefore => Indicator + ":days_before",
        FeatureKind.OneHot => Indicator + "=" + Value,
        FeatureKind.RuleOutput => RulePrefix + Indicator,
        _ => Indicator,
    };

    /// <summary>Reads a name written by <see cref="Name"/> back, so a saved model knows how to encode new data.</summary>
    public static FeatureSpec Parse(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (name.StartsWith(RulePrefix, StringComparison.Ordinal))
        {
            return new FeatureSpec(name[RulePrefix.Length..], FeatureKind.RuleOutput);
        }

        var equals = name.IndexOf('=', StringComparison.Ordinal);
        if (equals > 0)
        {
            return new FeatureSpec(name[..equals], FeatureKind.OneHot, name[(equals + 1)..]);
        }

        return name.EndsWith(":days_before", StringComparison.Ordinal)
            ? new FeatureSpec(name[..^":days_before".Length], FeatureKind.DaysBefore)
            : new FeatureSpec(name, FeatureKind.Value);
    }

    public override string ToString() => Name;
}
