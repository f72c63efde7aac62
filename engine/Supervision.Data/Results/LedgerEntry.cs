namespace Supervision.Data.Results;

/// <summary>
/// One line of the first-violation ledger (首次违法台账): a violation found, keyed by enterprise × violation ×
/// department, with the outcome it got; Tolerated marks the entries that consumed the first-violation tolerance.
/// </summary>
public sealed record LedgerEntry(string Uscc, string ViolationCode, string Department, DateOnly Date, string TaskId, string Outcome, bool Tolerated);
