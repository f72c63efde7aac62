namespace Supervision.Rules.Scoring;

/// <summary>
/// Where an enterprise is and what it does, as the registry says on the run's date: what analysts break the risk
/// picture down by. Carried from the registry into each assessment, so a stored run answers "which district" and
/// "which industry" as they stood that night, not as the registry stands when someone reads the report.
/// </summary>
/// <param name="IndustryCode">GB/T 4754 code, e.g. "C2614".</param>
/// <param name="Region">Park or functional area of the zone (片区功能区).</param>
/// <param name="District">Administrative district and street or town (区/街道), empty when the registry has none.</param>
/// <param name="Grid">Supervision grid (网格), empty when the registry has none.</param>
public sealed record EnterpriseFacets(string IndustryCode, string Region, string District, string Grid)
{
    /// <summary>For inputs that are not registry rows (rule test cases).</summary>
    public static EnterpriseFacets None { get; } = new("", "", "", "");
}
