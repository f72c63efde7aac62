namespace Supervision.Data.Draws;

/// <summary>A plan and period claimed by a draw in the <see cref="DrawLedger"/>.</summary>
/// <param name="PlanId">The plan.</param>
/// <param name="PeriodFrom">Its period's first day.</param>
/// <param name="PeriodTo">Its period's last day.</param>
/// <param name="DrawId">The draw that holds it.</param>
/// <param name="Fingerprint">What makes it that draw (seed commitment and population hash, or the preparation's SHA-256).</param>
/// <param name="Location">Where the draw's files were written.</param>
/// <param name="ClaimedAt">When (UTC).</param>
public sealed record LedgerEntry(string PlanId, DateOnly PeriodFrom, DateOnly PeriodTo, string DrawId, string Fingerprint, string Location, DateTimeOffset ClaimedAt);
