namespace Supervision.Synthetic;

/// <summary>The parks of the synthetic 营口片区 and grids G01–G20.</summary>
internal static class Zone
{
    /// <summary>Division code of the municipal registration authority (营口市), used for part of the enterprises.</summary>
    public const string MunicipalDivisionCode = "210800";

    /// <summary>The day the 中国（辽宁）自由贸易试验区 and its 营口片区 opened.</summary>
    public static readonly DateOnly Established = new(2017, 4, 1);

    public static IReadOnlyList<ZoneRegion> Regions { get; } =
    [
        new("仙人岛能源化工区", "210881", ["G01", "G02", "G03"]),
        new("营口港港区", "210804", ["G04", "G05", "G06", "G07"]),
        new("综合保税区", "210804", ["G08", "G09", "G10"]),
        new("高新技术产业区", "210811", ["G11", "G12", "G13", "G14", "G15"]),
        new("沿海产业基地", "210804", ["G16", "G17", "G18", "G19", "G20"]),
    ];

    /// <summary>How the enterprises of a profile spread over <see cref="Regions"/>, in order.</summary>
    public static double[] RegionWeights(RiskProfile profile) => profile switch
    {
        RiskProfile.HazardousChemicals => [0.75, 0.05, 0, 0.05, 0.15],
        RiskProfile.Petroleum => [0.80, 0.15, 0, 0, 0.05],
        RiskProfile.HazardousStorage => [0.45, 0.50, 0.05, 0, 0],
        RiskProfile.Port => [0.05, 0.85, 0.10, 0, 0],
        RiskProfile.Warehousing => [0.05, 0.35, 0.45, 0, 0.15],
        RiskProfile.Shipping => [0, 0.70, 0.20, 0.10, 0],
        RiskProfile.Manufacturing => [0.05, 0, 0.05, 0.30, 0.60],
        RiskProfile.Food => [0, 0.10, 0.10, 0.10, 0.70],
        RiskProfile.Catering => [0.10, 0.20, 0.15, 0.30, 0.25],
        RiskProfile.ChemicalTrade => [0.30, 0.20, 0.30, 0.10, 0.10],
        RiskProfile.Trade => [0.05, 0.10, 0.45, 0.20, 0.20],
        _ => [0, 0.10, 0.40, 0.40, 0.10],
    };
}
