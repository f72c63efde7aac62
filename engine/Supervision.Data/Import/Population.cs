using Supervision.Model.Import;
using Supervision.Model.Indicators;
using Supervision.Model.Registry;

namespace Supervision.Data.Import;

/// <summary>Everything imported from one input directory, with only rows that refer to registered enterprises.</summary>
/// <param name="Enterprises">Accepted registry rows, in file order.</param>
/// <param name="Indicators">Indicator values by USCC, aligned with <see cref="IndicatorColumns"/>.</param>
/// <param name="CreditRecords">Credit records by USCC.</param>
/// <param name="Inspections">Past inspections by USCC.</param>
/// <param name="Inspectors">The inspector directory, in file order.</param>
/// <param name="Reports">One report per file, the registry first; a missing optional file has a warning report.</param>
public sealed record Population(
    IReadOnlyList<Enterprise> Enterprises,
    Dictionary<string, object?[]> Indicators,
    ILookup<string, CreditRecord> CreditRecords,
    ILookup<string, InspectionRecord> Inspections,
    IReadOnlyList<Inspector> Inspectors,
    IReadOnlyList<ImportReport> Reports)
{
    /// <summary>The declared indicator columns the values of <see cref="Indicators"/> follow.</summary>
    public IReadOnlyList<IndicatorColumn> IndicatorColumns { get; init; } = [];

    /// <summary>Applications to leave a list (credit-repairs.csv) by USCC; empty when the file is absent.</summary>
    public ILookup<string, ListApplication> ListApplications { get; init; } = Array.Empty<ListApplication>().ToLookup(a => a.Uscc, StringComparer.Ordinal);

    /// <summary>Complaints and reports (complaints.csv) by USCC; empty when the file is absent.</summary>
    public ILookup<string, Complaint> Complaints { get; init; } = Array.Empty<Complaint>().ToLookup(c => c.Uscc, StringComparer.Ordinal);

    /// <summary>Approvals on a commitment or on credit (approvals.csv) by USCC; empty when the file is absent.</summary>
    public ILookup<string, Approval> Approvals { get; init; } = Array.Empty<Approval>().ToLookup(a => a.Uscc, StringComparer.Ordinal);

    /// <summary>learned_violation_risk by USCC, from learned-risk.csv; empty unless the bundle reads it.</summary>
    public IReadOnlyDictionary<string, double> LearnedRisk { get; init; } = new Dictionary<string, double>();

    /// <summary>The learned risk of an enterprise, or null when learned-risk.csv has none (the indicator then keeps its default).</summary>
    public double? LearnedRiskOf(string uscc) => LearnedRisk.TryGetValue(uscc, out var risk) ? risk : null;
}
