namespace Supervision.Synthetic;

/// <summary>An inspecting department of the zone.</summary>
/// <param name="Name">Name as written in inspections.csv and inspectors.csv.</param>
/// <param name="Code">Two-letter code: the prefix of its inspector ids and item codes.</param>
/// <param name="DocumentAbbreviation">Abbreviation in its penalty decision numbers (营自贸{abbr}罚〔2025〕12号).</param>
/// <param name="DirectoryShare">Share of the inspector directory.</param>
/// <param name="Families">Its inspection item families.</param>
internal sealed record Department(
    string Name,
    string Code,
    string DocumentAbbreviation,
    double DirectoryShare,
    IReadOnlyList<ItemFamily> Families)
{
    /// <summary>Item families that apply to enterprises of <paramref name="profile"/>.</summary>
    public IReadOnlyList<ItemFamily> FamiliesFor(RiskProfile profile) => [.. Families.Where(f => f.Profiles.Contains(profile))];
}
