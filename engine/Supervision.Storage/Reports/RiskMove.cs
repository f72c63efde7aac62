namespace Supervision.Storage.Reports;

/// <summary>An enterprise whose standing differs between two runs, with the rules behind the difference. FiredNow: Rules and table rows that fired in the later run and not in the earlier one. FiredBefore: Those that fired in the earlier run and no longer do.</summary>
public sealed record RiskMove(
    string Uscc,
    string Name,
    string IndustryCode,
    string District,
    string Grid,
    string FromCategory,
    string ToCategory,
    string FromLevel,
    string ToLevel,
    string FromClass,
    string ToClass,
    string FromRegime,
    string ToRegime,
    IReadOnlyList<string> FiredNow,
    IReadOnlyList<string> FiredBefore);
