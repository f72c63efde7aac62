namespace Supervision.Synthetic;

/// <summary>Safety targets of a risk profile.</summary>
/// <param name="HazardClass">0 (offices) to 3 (hazardous chemicals): selects the natural weights of <see cref="SafetyModel"/>.</param>
/// <param name="LevelWeights">Target shares of the levels 蓝, 黄, 橙, 红 reached by score, in that order.</param>
/// <param name="EdgeShare">Share of enterprises put exactly on an edge of their level's band (90, 89, 75, 74, 60, 59).</param>
/// <param name="DirectRedShare">Share of enterprises with a direct-to-red condition, whatever their score.</param>
internal sealed record ProfileSettings(int HazardClass, IReadOnlyList<double> LevelWeights, double EdgeShare, double DirectRedShare)
{
    public static ProfileSettings For(RiskProfile profile) => profile switch
    {
        RiskProfile.HazardousChemicals => new(3, [0.30, 0.40, 0.20, 0.10], 0.35, 0.015),
        RiskProfile.Petroleum => new(3, [0.30, 0.40, 0.20, 0.10], 0.35, 0.015),
        RiskProfile.HazardousStorage => new(3, [0.35, 0.40, 0.18, 0.07], 0.35, 0.010),
        RiskProfile.Port => new(2, [0.55, 0.32, 0.10, 0.03], 0.30, 0.004),
        RiskProfile.Warehousing => new(2, [0.70, 0.23, 0.06, 0.01], 0.30, 0.002),
        RiskProfile.Shipping => new(2, [0.65, 0.27, 0.07, 0.01], 0.30, 0.003),
        RiskProfile.Manufacturing => new(2, [0.68, 0.24, 0.07, 0.01], 0.30, 0.003),
        RiskProfile.Food => new(2, [0.72, 0.22, 0.05, 0.01], 0.30, 0.001),
        RiskProfile.Catering => new(1, [0.80, 0.17, 0.03, 0], 0.20, 0),
        RiskProfile.ChemicalTrade => new(1, [0.78, 0.18, 0.04, 0], 0.20, 0.002),
        RiskProfile.Trade => new(1, [0.90, 0.09, 0.01, 0], 0.15, 0),
        _ => new(0, [0.97, 0.03, 0, 0], 0.10, 0),
    };
}
