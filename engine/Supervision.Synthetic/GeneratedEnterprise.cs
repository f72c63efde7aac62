using Supervision.Model.Registry;

namespace Supervision.Synthetic;

/// <summary>One synthetic enterprise with everything the input files hold about it.</summary>
/// <param name="Enterprise">Its enterprises.csv row.</param>
/// <param name="SafetyValues">
/// Its safety-indicators.csv row, aligned with <see cref="SyntheticOptions.SafetyColumns"/>: double for numbers,
/// integers and booleans (1/0), DateOnly for dates, string for text and enums, null for an empty cell — the same
/// convention as the importer's rows.
/// </param>
/// <param name="CreditRecords">Its credit-records.csv rows.</param>
/// <param name="Inspections">Its inspections.csv rows.</param>
/// <param name="Intended">The outcome the default bundle should give it.</param>
/// <param name="ListApplications">Its credit-repairs.csv rows.</param>
internal sealed record GeneratedEnterprise(
    Enterprise Enterprise,
    object?[] SafetyValues,
    IReadOnlyList<CreditRecord> CreditRecords,
    IReadOnlyList<InspectionRecord> Inspections,
    IntendedOutcome Intended,
    IReadOnlyList<ListApplication> ListApplications)
{
    /// <summary>Its complaints.csv rows.</summary>
    public IReadOnlyList<Complaint> Complaints { get; init; } = [];

    /// <summary>Its approvals.csv rows.</summary>
    public IReadOnlyList<Approval> Approvals { get; init; } = [];
}
