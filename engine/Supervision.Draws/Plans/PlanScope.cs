namespace Supervision.Draws.Plans;

/// <summary>Which enterprises a plan covers; an empty list does not restrict.</summary>
/// <param name="IndustryPrefixes">GB/T 4754 code prefixes, e.g. C26.</param>
/// <param name="Regions">Regions of the registry.</param>
/// <param name="Categories">Supervision categories.</param>
public sealed record PlanScope(IReadOnlyList<string> IndustryPrefixes, IReadOnlyList<string> Regions, IReadOnlyList<string> Categories)
{
    public bool Covers(string industryCode, string region, string category)
        => (IndustryPrefixes.Count == 0 || HasPrefix(industryCode))
            && (Regions.Count == 0 || Regions.Contains(region))
            && (Categories.Count == 0 || Categories.Contains(category));

    // A loop rather than Any with a lambda: eligibility asks this for every enterprise under every plan.
    private bool HasPrefix(string industryCode)
    {
        foreach (var prefix in IndustryPrefixes)
        {
            if (industryCode.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
