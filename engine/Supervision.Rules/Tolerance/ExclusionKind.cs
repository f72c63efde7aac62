namespace Supervision.Rules.Tolerance;

/// <summary>Grounds on which a tolerance-list row does not apply, whatever its conditions say.</summary>
public enum ExclusionKind
{
    /// <summary>On the serious-dishonesty list (严重违法失信名单) on the inspection date.</summary>
    Blacklisted,

    /// <summary>A production-safety accident with deaths within the list's look-back years.</summary>
    FatalAccident,

    /// <summary>Two or more violations found in the same inspection.</summary>
    MultipleViolations,

    /// <summary>The enterprise's industry or the violation belongs to an excluded sector (food, drugs, special equipment…).</summary>
    Sector,
}
