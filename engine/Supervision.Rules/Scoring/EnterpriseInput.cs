namespace Supervision.Rules.Scoring;

/// <summary>An enterprise ready for scoring: identity plus slot values laid out by the bundle's <see cref="Compilation.FactLayout"/>.</summary>
/// <param name="Uscc">The enterprise.</param>
/// <param name="Name">Its registered name.</param>
/// <param name="Numbers">Numeric slots.</param>
/// <param name="Texts">Text slots.</param>
/// <param name="Facets">Industry and place, carried into the assessment for the analysts' breakdowns.</param>
public sealed record EnterpriseInput(string Uscc, string Name, double[] Numbers, string?[] Texts, EnterpriseFacets Facets)
{
    /// <summary>
    /// Where its listings stand after the list rules (the list indicators were derived from it), or null when it has none:
    /// the list rules that matched are recorded among the assessment's fired elements, ahead of the scoring's.
    /// </summary>
    public Lists.ListStanding? Lists { get; init; }
}
