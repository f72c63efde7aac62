namespace Supervision.Draws.Drawing;

/// <summary>
/// Pool names besides the categories and the always-drawn regimes (each regime whose draw effect is
/// <see cref="Rules.Bundle.RegimeDrawEffect.Always"/> has a pool of its name, drawn first), in the order pools are drawn.
/// </summary>
public static class Pools
{
    /// <summary>Case-driven: a complaint, alert or referral; always drawn, bypasses caps and regimes, counted.</summary>
    public const string Triggered = "triggered";

    /// <summary>Lowest-category enterprises excluded from routine draws (trigger-only) that may still enter the verification sample.</summary>
    public const string VerificationOnly = "verification-only";

    /// <summary>The verification sample: lowest-category enterprises not drawn by routine plus verification-only ones.</summary>
    public const string Verification = "verification";
}
