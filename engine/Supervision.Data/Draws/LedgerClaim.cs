namespace Supervision.Data.Draws;

/// <summary>The answer of <see cref="DrawLedger.Claim"/>.</summary>
/// <param name="IsGranted">True when the draw may be written.</param>
/// <param name="IsRepeat">True when the ledger already held exactly this draw (its files are only written again).</param>
/// <param name="Holder">When refused: the claim that holds the plan and period.</param>
public sealed record LedgerClaim(bool IsGranted, bool IsRepeat, LedgerEntry? Holder)
{
    internal static LedgerClaim Granted(bool repeat) => new(true, repeat, null);

    internal static LedgerClaim Refused(LedgerEntry holder) => new(false, false, holder);

    /// <summary>Why a refused claim was refused, for people.</summary>
    public string Describe()
        => Holder is not { } h
            ? "granted"
            : $"plan {h.PlanId} for {h.PeriodFrom:yyyy-MM-dd}–{h.PeriodTo:yyyy-MM-dd} was drawn already by draw {h.DrawId} ({h.Location}, {h.ClaimedAt:yyyy-MM-dd HH:mm}Z); "
                + "one draw per plan and period: void it first (`draw void`, with a reason, published) to draw again";
}
