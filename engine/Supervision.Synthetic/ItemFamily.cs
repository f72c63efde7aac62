namespace Supervision.Synthetic;

/// <summary>A family of inspection items of one department (item codes look like YJ-WH-003).</summary>
/// <param name="Code">Two-letter family code, the middle part of item codes.</param>
/// <param name="Certification">Field an inspector must be certified for to check these items.</param>
/// <param name="Profiles">Risk profiles whose enterprises are checked on these items.</param>
internal sealed record ItemFamily(string Code, string Certification, IReadOnlySet<RiskProfile> Profiles)
{
    /// <summary>Number of items in every family (item numbers 001 to this).</summary>
    public const int ItemsPerFamily = 12;
}
