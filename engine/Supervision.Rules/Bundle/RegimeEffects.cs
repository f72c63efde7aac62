namespace Supervision.Rules.Bundle;

/// <summary>
/// The draw effects of a bundle's regimes, in the bundle's order of precedence: what the draw asks of a regime, and the
/// regimes whose enterprises are always drawn (each in a pool named after it, in this order).
/// </summary>
public sealed class RegimeEffects
{
    private readonly IReadOnlyDictionary<string, RegimeDrawEffect> _effects;

    public RegimeEffects(IReadOnlyList<string> regimes, IReadOnlyDictionary<string, RegimeDrawEffect> effects)
    {
        ArgumentNullException.ThrowIfNull(regimes);
        ArgumentNullException.ThrowIfNull(effects);
        _effects = effects;
        AlwaysDrawn = [.. regimes.Where(r => RegimeCatalog.EffectOf(effects, r) == RegimeDrawEffect.Always)];
    }

    /// <summary>The national model's regimes (<see cref="RegimeCatalog.Known"/>) in their usual precedence.</summary>
    public static RegimeEffects Standard { get; } = new(["blacklist", "dormant", "observation", "trigger_only"], RegimeCatalog.Known);

    /// <summary>Regimes whose enterprises are always drawn, highest precedence first.</summary>
    public IReadOnlyList<string> AlwaysDrawn { get; }

    /// <summary>The effects of <paramref name="manifest"/>'s regimes.</summary>
    public static RegimeEffects Of(BundleManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        return new RegimeEffects(manifest.Regimes, manifest.RegimeEffects);
    }

    /// <inheritdoc cref="RegimeCatalog.EffectOf"/>
    public RegimeDrawEffect EffectOf(string regime) => RegimeCatalog.EffectOf(_effects, regime);
}
