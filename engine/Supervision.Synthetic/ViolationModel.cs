namespace Supervision.Synthetic;

/// <summary>
/// The chance that one visit finds a violation, as log-odds. Three parts, all fixed before the visit:
/// <list type="number">
/// <item>What the default rules measure: the safety score, the credit class aimed at, a direct-to-red condition.</item>
/// <item>
/// What they measure coarsely or not at all, each effect one a regulator would expect: the exact value inside a rule's
/// band (training coverage, open general hidden hazards, LEC, drills, years without accident); the enterprise's age at
/// the visit (young firms know the rules least); the industry class inside its profile (fine chemicals, coatings and
/// surface treatment more than bulk chemicals; quick-service catering and cross-border e-commerce more than offices);
/// hazardous firms outside the chemical park; untrained staff at a major hazard source; and two years without any
/// visit (deterrence fades).
/// </item>
/// <item>A persistent compliance propensity of the enterprise that shows only through its repeated visits.</item>
/// </list>
/// </summary>
/// <remarks>Stateless; safe to share between threads.</remarks>
internal static class ViolationModel
{
    private const double Intercept = -3.1;
    private const string ChemicalPark = "仙人岛能源化工区";

    private static readonly double[] ClassRisk = [0, 0.45, 0.9, 1.3];

    // Log-odds of the industry class against its profile's average: where inspectors find more (or less) than the
    // risk profile suggests.
    private static readonly Dictionary<string, double> IndustryOffsets = new(StringComparer.Ordinal)
    {
        ["C2614"] = -0.15, ["C2619"] = 0, ["C2641"] = 0.35, ["C2662"] = 0.45,
        ["C2511"] = -0.2, ["G5941"] = -0.2, ["G5942"] = 0.3,
        ["G5532"] = -0.25, ["G5910"] = 0.35, ["G5920"] = 0, ["G5930"] = 0.3,
        ["G5521"] = -0.3, ["G5522"] = 0.1,
        ["C3311"] = 0.1, ["C3421"] = -0.2, ["C3831"] = 0, ["C3360"] = 0.55,
        ["C1361"] = 0.35, ["C1431"] = 0, ["H6210"] = 0, ["H6220"] = 0.45,
        ["F5162"] = -0.1, ["F5169"] = 0.2, ["F5181"] = -0.2, ["F5211"] = 0, ["F5212"] = 0.3,
        ["F5292"] = 0.5, ["I6513"] = -0.45, ["I6531"] = -0.3, ["L7212"] = -0.35, ["L7111"] = 0.15, ["G5821"] = 0,
    };

    /// <param name="identity">The enterprise.</param>
    /// <param name="safety">Its safety indicators (current values, drawn independently of the visits).</param>
    /// <param name="targetClass">Credit class aimed at, 0 (A) to 3 (D).</param>
    /// <param name="date">The visit date.</param>
    /// <param name="visits24M">Earlier visits in the 24 months before <paramref name="date"/>.</param>
    /// <param name="propensity">The enterprise's latent compliance propensity (log-odds, mean 0).</param>
    public static double LogOdds(EnterpriseIdentity identity, SafetyDraw safety, int targetClass, DateOnly date, int visits24M, double propensity)
    {
        ArgumentNullException.ThrowIfNull(identity);
        ArgumentNullException.ThrowIfNull(safety);
        var v = safety.Values;
        var enterprise = identity.Enterprise;

        var rules = (0.03 * (100 - safety.Score)) + ClassRisk[targetClass] + (safety.DirectRed is null ? 0 : 0.7);

        var training = v[SafetyValues.SafetyTrainingRate];
        var drills = v[SafetyValues.EmergencyDrills12M];
        var withinBands = (2.0 * (0.9 - training))
            + (0.07 * v[SafetyValues.GeneralHiddenHazardsOpen])
            + (0.25 * Math.Log2(1 + (v[SafetyValues.LecMax] / 40)))
            + (drills switch { 0 => 0.3, 1 => 0.15, 2 => 0, < 12 => -0.1, _ => -0.25 })
            - (0.04 * Math.Min(10, v[SafetyValues.YearsWithoutAccident]));

        var ageYears = (date.DayNumber - enterprise.RegistrationDate.DayNumber) / 365.25;
        var age = ageYears switch { < 1 => 0.8, < 3 => 0.45, < 8 => 0.1, < 15 => 0, _ => -0.15 };
        var industry = IndustryOffsets.GetValueOrDefault(identity.Industry.Code);
        var hazardous = identity.Profile is RiskProfile.HazardousChemicals or RiskProfile.Petroleum or RiskProfile.HazardousStorage;
        var outsidePark = hazardous && !string.Equals(enterprise.Region, ChemicalPark, StringComparison.Ordinal) ? 0.5 : 0;
        var untrainedAtHazard = v[SafetyValues.MajorHazardSources] >= 1 && training < 0.8 ? 0.6 : 0;
        var unvisited = visits24M == 0 && ageYears >= 2 ? 0.35 : 0;

        return Intercept + rules + withinBands + age + industry + outsidePark + untrainedAtHazard + unvisited + propensity;
    }

    /// <summary>The probability for <see cref="LogOdds"/>, kept within 2 % … 92 %.</summary>
    public static double Probability(double logOdds) => Math.Clamp(1 / (1 + Math.Exp(-logOdds)), 0.02, 0.92);
}
