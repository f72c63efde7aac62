namespace Supervision.Storage.Reports;

/// <summary>One enterprise's assessment in a run, as the reports list and export it. Fired: Ids of the rules and table rows that fired. Error: The evaluation error, or null.</summary>
public sealed record AssessedEnterprise(
    string Uscc,
    string Name,
    string IndustryCode,
    string Region,
    string District,
    string Grid,
    string Category,
    string SafetyLevel,
    double? SafetyScore,
    string CreditClass,
    double? CreditScore,
    string Regime,
    IReadOnlyList<string> Fired,
    string? Error);
