namespace Supervision.Rules.Tolerance;

/// <summary>
/// The list's header (tolerance.yaml): identity, look-back, accident years, the sectors, and which findings are hidden
/// hazards that count in a safety indicator when left unrectified (empty prefixes and a null indicator: none).
/// </summary>
public sealed record ToleranceSettings(
    string Id,
    string Title,
    string Version,
    string Author,
    string Approver,
    int LookBackMonths,
    int FatalAccidentYears,
    IReadOnlyList<SectorSpec> Sectors,
    IReadOnlyList<string> HiddenHazardViolations,
    string? HiddenHazardIndicator);
