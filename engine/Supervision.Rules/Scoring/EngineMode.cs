namespace Supervision.Rules.Scoring;

public enum EngineMode
{
    /// <summary>
    /// Conditions are pre-evaluated with compiled delegates; NRules runs once per distinct pattern of matched
    /// elements and its result is checked against the delegates and shared by every enterprise with that pattern.
    /// </summary>
    Memoized,

    /// <summary>Every enterprise goes through an NRules session (the reference mode; slower).</summary>
    Direct,
}
