namespace Supervision.Rules.Bundle;

/// <summary>
/// The regimes the draw knows by name, with their effect, and the words bundle.yaml uses for effects. A bundle lists a
/// known regime by its name alone (<c>regimes: [blacklist, dormant]</c>) or declares any regime's effect explicitly
/// (<c>- { name: severe_list, draw: always }</c>).
/// </summary>
public static class RegimeCatalog
{
    /// <summary>The regimes of the national model (docs/rule-language.md), and what each does to a draw.</summary>
    public static IReadOnlyDictionary<string, RegimeDrawEffect> Known { get; } = new Dictionary<string, RegimeDrawEffect>(StringComparer.Ordinal)
    {
        ["blacklist"] = RegimeDrawEffect.Always,
        ["dormant"] = RegimeDrawEffect.DeskReview,
        ["observation"] = RegimeDrawEffect.WhenTriggered,
        ["trigger_only"] = RegimeDrawEffect.WhenTriggeredOrVerification,
    };

    /// <summary>The value of <c>draw:</c> for each effect a bundle may declare.</summary>
    public static IReadOnlyDictionary<string, RegimeDrawEffect> EffectWords { get; } = new Dictionary<string, RegimeDrawEffect>(StringComparer.Ordinal)
    {
        ["always"] = RegimeDrawEffect.Always,
        ["desk_review"] = RegimeDrawEffect.DeskReview,
        ["when_triggered"] = RegimeDrawEffect.WhenTriggered,
        ["when_triggered_or_verification"] = RegimeDrawEffect.WhenTriggeredOrVerification,
    };

    /// <summary>The effect of <paramref name="regime"/> under <paramref name="effects"/>; <c>routine</c> is routine.</summary>
    /// <exception cref="InvalidOperationException">The regime has no declared effect (the bundle check refuses such a bundle, so this is a bug).</exception>
    public static RegimeDrawEffect EffectOf(IReadOnlyDictionary<string, RegimeDrawEffect> effects, string regime)
    {
        ArgumentNullException.ThrowIfNull(effects);
        ArgumentNullException.ThrowIfNull(regime);
        return regime == BundleManifest.RoutineRegime ? RegimeDrawEffect.Routine
            : effects.TryGetValue(regime, out var effect) ? effect
            : throw new InvalidOperationException($"regime '{regime}' has no draw effect in the bundle; the draw will not guess one");
    }
}
