namespace Supervision.Rules.Lists;

/// <summary>What a list rule does to the listing it matches.</summary>
public enum ListAction
{
    /// <summary>The listing ends (移出): its period ran out, it was repaired, or its ground was corrected.</summary>
    Remove,

    /// <summary>The listing ends and the enterprise is listed on the serious-dishonesty list from the same day (列入严重违法失信名单).</summary>
    Escalate,
}
