namespace Supervision.Rules.Bundle;

/// <summary>How a derived indicator is aggregated from event records relative to the as-of date.</summary>
/// <param name="From">Source file: credit-records.csv or inspections.csv.</param>
/// <param name="RecordType">For credit records: the record type (penalty, abnormal_operation, …).</param>
/// <param name="Operation">count, sum_amount, active, months_active, latest_grade, count_violations.</param>
/// <param name="Months">Look-back window in months, for count and sum operations.</param>
public sealed record DeriveSpec(string From, string? RecordType, string Operation, int? Months);
