namespace Supervision.Rules.Lists;

/// <summary>One listing of an enterprise on a credit list, as the records and earlier list rules give it.</summary>
/// <param name="List">blacklist or abnormal_operation.</param>
/// <param name="DocumentNo">The listing decision's document number (文号).</param>
/// <param name="ListedOn">The day it took effect.</param>
/// <param name="Basis">The legal basis the listing cites.</param>
/// <param name="RecordedEnd">The removal date credit-records.csv records, or null while the record is open.</param>
/// <param name="EscalatedBy">The list rule that moved an abnormal-operation listing here, or null for a recorded listing.</param>
public sealed record Listing(string List, string DocumentNo, DateOnly ListedOn, string Basis, DateOnly? RecordedEnd, string? EscalatedBy);
