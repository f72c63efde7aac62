namespace Supervision.Rules.Bundle;

/// <summary>A parsed rule bundle: immutable, identified by the SHA-256 of its files.</summary>
/// <param name="Directory">Directory it was loaded from.</param>
/// <param name="Manifest">bundle.yaml.</param>
/// <param name="Indicators">indicators.yaml, in declaration order.</param>
/// <param name="Rules">All rules, in file then declaration order.</param>
/// <param name="Tables">All tables, in declaration order.</param>
/// <param name="ContentHash">Lower-case hex SHA-256 over every bundle file (see <see cref="BundleHasher"/>).</param>
public sealed record RuleBundle(
    string Directory,
    BundleManifest Manifest,
    IReadOnlyList<IndicatorDefinition> Indicators,
    IReadOnlyList<RuleSpec> Rules,
    IReadOnlyList<TableSpec> Tables,
    string ContentHash);
