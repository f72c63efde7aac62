namespace Supervision.Rules.Bundle;

/// <summary>
/// What a supervision regime does to an enterprise in a draw (docs/draw-algorithm.md, "Eligibility"). Declared per
/// regime in bundle.yaml, so that the draw never guesses from a regime's name: a renamed regime without a declared
/// effect is an error of the bundle, not an enterprise silently drawn as routine.
/// </summary>
public enum RegimeDrawEffect
{
    /// <summary>No regime rule fired: drawn from its category's pool at the category's ratio, within the annual caps.</summary>
    Routine,

    /// <summary>Always drawn (100 %), in a pool of its own named after the regime, regardless of caps (e.g. 严重违法失信名单).</summary>
    Always,

    /// <summary>Not visited: a desk review instead of an on-site inspection (e.g. 歇业).</summary>
    DeskReview,

    /// <summary>Inspected only when a case lead (complaint, alert, referral) triggers it (e.g. 观察期).</summary>
    WhenTriggered,

    /// <summary>As <see cref="WhenTriggered"/>, but an enterprise of the plan's lowest category may enter the verification sample (无事不扰).</summary>
    WhenTriggeredOrVerification,
}
