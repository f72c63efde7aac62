namespace Supervision.Synthetic;

/// <summary>The parks of the synthetic 营口片区, grids G01–G20 and the streets and towns they lie in.</summary>
internal static class Zone
{
    /// <summary>Division code of the municipal registration authority (营口市), used for part of the enterprises.</summary>
    public const string MunicipalDivisionCode = "210800";

    /// <summary>The day the 中国（辽宁）自由贸易试验区 and its 营口片区 opened.</summary>
    public static readonly DateOnly Established = new(2017, 4, 1);

    // The streets and towns are those of the county-level divisions the USCCs use (盖州市 210881, 鲅鱼圈区 210804,
    // 老边区 210811); which grid lies in which street is made up, and a grid never crosses a street.
    public static IReadOnlyList<ZoneRegion> Regions { get; } =
    [
        new("仙人岛能源化工区", "210881", [new("G01", "盖州市九垄地街道"), new("G02", "盖州市九垄地街道"), new("G03", "盖州市西海街道")]),
        new("营口港港区", "210804", [new("G04", "鲅鱼圈区海星街道"), new("G05", "鲅鱼圈区海星街道"), new("G06", "鲅鱼圈区站前街道"), new("G07", "鲅鱼圈区站前街道")]),
        new("综合保税区", "210804", [new("G08", "鲅鱼圈区海东街道"), new("G09", "鲅鱼圈区海东街道"), new("G10", "鲅鱼圈区海东街道")]),
        new("高新技术产业区", "210811",
            [new("G11", "老边区城东街道"), new("G12", "老边区城东街道"), new("G13", "老边区城东街道"), new("G14", "老边区柳树镇"), new("G15", "老边区柳树镇")]),
        new("沿海产业基地", "210804",
            [new("G16", "鲅鱼圈区红海街道"), new("G17", "鲅鱼圈区红海街道"), new("G18", "鲅鱼圈区红海街道"), new("G19", "鲅鱼圈区熊岳镇"), new("G20", "鲅鱼圈区熊岳镇")]),
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
