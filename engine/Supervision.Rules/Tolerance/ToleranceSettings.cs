namespace Supervision.Rules.Tolerance;

/// <summary>The list's header (tolerance.yaml): identity, default look-back, accident years and the sectors.</summary>
public sealed record ToleranceSettings(
    string Id,
    string Title,
    string Version,
    string Author,
    string Approver,
    int LookBackMonths,
    int FatalAccidentYears,
    IReadOnlyList<SectorSpec> Sectors);
