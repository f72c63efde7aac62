namespace Supervision.Learning.Training;

/// <summary>Which features a learner reads.</summary>
public enum FeatureSet
{
    /// <summary>Every feature of the dataset.</summary>
    All,

    /// <summary>
    /// Only the rules' own outputs (<c>rule:*</c>, or a feature table's <c>rule_score</c>): a compact model with three
    /// inputs, which a small history can estimate far better than one with eighty.
    /// </summary>
    Rules,
}
