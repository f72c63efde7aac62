namespace Supervision.Model.Registry;

/// <summary>One credit record of an enterprise.</summary>
/// <param name="Uscc">The enterprise.</param>
/// <param name="Type">Kind of record.</param>
/// <param name="StartDate">Decision, listing or evaluation date.</param>
/// <param name="EndDate">Removal or expiry date; null while the record is in force.</param>
/// <param name="Grade">Grade for tax and public credit records; null otherwise.</param>
/// <param name="Amount">Fine in yuan for penalties; null otherwise.</param>
/// <param name="DocumentNo">Decision document number (文号); with type and start date it identifies the record.</param>
/// <param name="Basis">Legal basis cited by the decision.</param>
public sealed record CreditRecord(
    string Uscc,
    CreditRecordType Type,
    DateOnly StartDate,
    DateOnly? EndDate,
    string? Grade,
    decimal? Amount,
    string DocumentNo,
    string Basis)
{
    /// <summary>True when the record is in force on <paramref name="asOf"/>.</summary>
    public bool IsActiveOn(DateOnly asOf) => StartDate <= asOf && (EndDate is null || EndDate > asOf);
}
