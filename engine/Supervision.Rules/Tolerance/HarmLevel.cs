namespace Supervision.Rules.Tolerance;

/// <summary>Harm of a violation as the inspectors judged it (duration, injury, loss, scale, social impact).</summary>
public enum HarmLevel
{
    None,
    Slight,
    Serious,
}
