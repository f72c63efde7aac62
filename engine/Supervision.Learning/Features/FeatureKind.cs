namespace Supervision.Learning.Features;

/// <summary>How an indicator value becomes a number the learner reads.</summary>
public enum FeatureKind
{
    /// <summary>A number, integer or boolean indicator taken as it is (booleans as 0/1); missing stays missing.</summary>
    Value,

    /// <summary>A date indicator as the number of days before the as-of date (an age), so that it means the same on every date.</summary>
    DaysBefore,

    /// <summary>1 when an enum or text indicator has one particular value, else 0.</summary>
    OneHot,

    /// <summary>
    /// An output of the rule bundle for the same day (safety score, credit score, inspection ratio): the model learns
    /// on top of the rules, so that it can only add to what they already know.
    /// </summary>
    RuleOutput,
}
