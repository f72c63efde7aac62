namespace Supervision.Synthetic;

/// <summary>One industry of the synthetic zone.</summary>
/// <param name="Code">GB/T 4754-2017 class code (section letter and 4 digits).</param>
/// <param name="Label">The class name in GB/T 4754-2017.</param>
/// <param name="Profile">Risk pattern of the industry.</param>
/// <param name="Weight">Share of the zone's enterprises, in percent.</param>
/// <param name="NameSuffixes">Endings of company names (e.g. 化工有限公司).</param>
/// <param name="NewBusinessFormShare">Probability that an enterprise is in the zone's catalogue of new business forms.</param>
internal sealed record Industry(
    string Code,
    string Label,
    RiskProfile Profile,
    double Weight,
    IReadOnlyList<string> NameSuffixes,
    double NewBusinessFormShare);
