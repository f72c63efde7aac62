namespace Supervision.Rules.Bundle;

/// <summary>The bundle's identity and the ordered vocabularies its rules and tables use.</summary>
/// <param name="Id">Stable bundle id.</param>
/// <param name="Title">Human title.</param>
/// <param name="Version">Version label chosen by the authors.</param>
/// <param name="Author">Who wrote this version.</param>
/// <param name="Approver">Who approved it (four eyes: must differ from the author to publish).</param>
/// <param name="SafetyBaseScores">Score every enterprise starts from before safety points, with the periods in force.</param>
/// <param name="SafetyLevels">Safety levels, most severe first.</param>
/// <param name="CreditBaseScores">Score every enterprise starts from before credit points, with the periods in force.</param>
/// <param name="CreditClasses">Credit classes, most severe first.</param>
/// <param name="Categories">Supervision categories, highest risk first.</param>
/// <param name="Regimes">Supervision regimes, highest precedence first ('routine' is implicit and last).</param>
public sealed record BundleManifest(
    string Id,
    string Title,
    string Version,
    string Author,
    string Approver,
    IReadOnlyList<DatedValue> SafetyBaseScores,
    IReadOnlyList<string> SafetyLevels,
    IReadOnlyList<DatedValue> CreditBaseScores,
    IReadOnlyList<string> CreditClasses,
    IReadOnlyList<string> Categories,
    IReadOnlyList<string> Regimes)
{
    public const string RoutineRegime = "routine";

    /// <summary>What each regime of <see cref="Regimes"/> does to a draw, as bundle.yaml declares it (<see cref="RegimeReader"/>).</summary>
    public IReadOnlyDictionary<string, RegimeDrawEffect> RegimeEffects { get; init; } = new Dictionary<string, RegimeDrawEffect>(StringComparer.Ordinal);

    /// <summary>The lowest ratio a category may have without a written exemption (<c>ratio_floor</c>).</summary>
    public RatioFloor RatioFloor { get; init; } = RatioFloor.Default;

    /// <summary>The safety base score in force on <paramref name="asOf"/>, or null when none is.</summary>
    public double? SafetyBaseScoreOn(DateOnly asOf) => SafetyBaseScores.FirstOrDefault(v => v.Validity.Contains(asOf))?.Value;

    /// <summary>The credit base score in force on <paramref name="asOf"/>, or null when none is.</summary>
    public double? CreditBaseScoreOn(DateOnly asOf) => CreditBaseScores.FirstOrDefault(v => v.Validity.Contains(asOf))?.Value;
}
