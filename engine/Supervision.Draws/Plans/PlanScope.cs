namespace Supervision.Draws.Plans;

/// <summary>Which enterprises a plan covers; an empty list does not restrict.</summary>
/// <param name="IndustryPrefixes">GB/T 4754 code prefixes, e.g. C26.</param>
/// <param name="Regions">Regions of the registry.</param>
/// <param name="Categories">Supervision categories.</param>
public sealed record PlanScope(IReadOnlyList<string> IndustryPrefixes, IReadOnlyList<string> Regions, IReadOnlyList<string> Categories)
{
    public bool Covers(string industryCode, string region, string category)
        => (IndustryPrefixes.Count == 0 || IndustryPrefixes.Any(p => industryCode.StartsWith(p, StringComparison.Ordinal)))
            && (Regions.Count == 0 || Regions.Contains(region))
            && (Categories.Count == 0 || Categories.Contains(category));
}
