namespace Supervision.Rules.Scoring;

/// <summary>The assessment of one enterprise on one as-of date under one bundle.</summary>
/// <param name="Uscc">The enterprise.</param>
/// <param name="Name">Its registered name.</param>
/// <param name="AsOf">The as-of date.</param>
/// <param name="BundleHash">Content hash of the bundle that decided.</param>
/// <param name="Outcome">The decision and the elements behind it.</param>
/// <param name="Facets">Its industry and place on the run's date.</param>
public sealed record Assessment(string Uscc, string Name, DateOnly AsOf, string BundleHash, Outcome Outcome, EnterpriseFacets Facets);
