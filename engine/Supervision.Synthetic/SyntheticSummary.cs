namespace Supervision.Synthetic;

/// <summary>What <see cref="SyntheticWriter"/> wrote: row counts and the intended level and class mix.</summary>
/// <param name="Enterprises">Rows of enterprises.csv (and of safety-indicators.csv).</param>
/// <param name="CreditRecords">Rows of credit-records.csv.</param>
/// <param name="Inspections">Rows of inspections.csv.</param>
/// <param name="Inspectors">Rows of inspectors.csv.</param>
/// <param name="SafetyLevels">Intended safety levels (蓝 黄 橙 红) and their counts.</param>
/// <param name="CreditClasses">Intended credit classes (A B C D) and their counts.</param>
public sealed record SyntheticSummary(
    int Enterprises,
    int CreditRecords,
    int Inspections,
    int Inspectors,
    IReadOnlyDictionary<string, int> SafetyLevels,
    IReadOnlyDictionary<string, int> CreditClasses)
{
    /// <summary>Rows written to credit-repairs.csv.</summary>
    public int ListApplications { get; init; }

    /// <summary>Rows written to complaints.csv.</summary>
    public int Complaints { get; init; }

    /// <summary>Rows written to approvals.csv.</summary>
    public int Approvals { get; init; }
}
