using Supervision.Learning.Features;

namespace Supervision.Learning.Training;

/// <summary>The positions of the feature vector a <see cref="FeatureSet"/> keeps.</summary>
internal static class FeatureSlots
{
    /// <summary>The kept positions in vector order; null when every feature is kept (no copy needed).</summary>
    public static int[]? Of(IReadOnlyList<string> features, FeatureSet set)
    {
        ArgumentNullException.ThrowIfNull(features);
        return set == FeatureSet.All
            ? null
            : [.. features.Select((name, i) => (name, i)).Where(f => IsRule(f.name)).Select(f => f.i)];
    }

    /// <summary>The set recorded in a model's parameters (models saved before the set existed read every feature).</summary>
    public static FeatureSet Parse(IReadOnlyDictionary<string, string> parameters)
        => parameters.TryGetValue("features", out var value) && value == "rules" ? FeatureSet.Rules : FeatureSet.All;

    private static bool IsRule(string name)
        => name.StartsWith(FeatureSpec.RulePrefix, StringComparison.Ordinal) || name == FeatureTableReader.RuleScore.Name;
}
