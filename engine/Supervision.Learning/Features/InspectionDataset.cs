namespace Supervision.Learning.Features;

/// <summary>Examples with named features, sorted by date then enterprise so that every consumer sees one order.</summary>
/// <param name="Features">What each position of <see cref="InspectionExample.Features"/> means.</param>
/// <param name="Examples">The examples, sorted.</param>
/// <param name="Origin">Where they come from, for reports ("history of data-samples", "feature table x.csv").</param>
public sealed record InspectionDataset(IReadOnlyList<FeatureSpec> Features, IReadOnlyList<InspectionExample> Examples, string Origin)
{
    /// <summary>What <see cref="InspectionExample.RuleScore"/> is called in reports: the rules' score of our own history.</summary>
    public const string DefaultBaseline = "rule score";

    /// <summary>The name of the score the models are compared with (<see cref="DefaultBaseline"/>, or a feature table's --baseline column).</summary>
    public string Baseline { get; init; } = DefaultBaseline;

    public IReadOnlyList<string> FeatureNames => [.. Features.Select(f => f.Name)];

    public InspectionDataset With(IReadOnlyList<InspectionExample> examples) => this with { Examples = examples };

    public static IReadOnlyList<InspectionExample> Sort(IEnumerable<InspectionExample> examples)
        => [.. examples.OrderBy(e => e.Date).ThenBy(e => e.EnterpriseId, StringComparer.Ordinal).ThenBy(e => e.RowId, StringComparer.Ordinal)];
}
