using static Supervision.Synthetic.RiskProfile;

namespace Supervision.Synthetic;

/// <summary>The five inspecting departments, their item families and which departments inspect which profiles.</summary>
internal static class Departments
{
    private static readonly RiskProfile[] Industrial =
        [HazardousChemicals, Petroleum, HazardousStorage, Port, Warehousing, Shipping, Manufacturing, Food, Catering, ChemicalTrade];

    public static Department Market { get; } = new("市场监管局", "SJ", "市监", 0.40,
    [
        Family("DJ", "登记注册", Enum.GetValues<RiskProfile>()),
        Family("SP", "食品", Food, Catering, Trade),
        Family("TZ", "特种设备", HazardousChemicals, Petroleum, HazardousStorage, Port, Warehousing, Shipping, Manufacturing, Food),
        Family("ZL", "产品质量", HazardousChemicals, Petroleum, Manufacturing, Food, Trade, ChemicalTrade),
        Family("JL", "计量", Trade, ChemicalTrade, Petroleum),
        Family("GG", "广告", Trade, Office, Catering),
        Family("DS", "电子商务", Office, Trade),
    ]);

    public static Department Emergency { get; } = new("应急管理局", "YJ", "应急", 0.24,
    [
        Family("WH", "危险化学品", HazardousChemicals, Petroleum, HazardousStorage, ChemicalTrade, Port),
        Family("GM", "工贸安全", Manufacturing, Food, Warehousing),
        Family("YH", "隐患排查治理", Industrial),
        Family("YA", "应急管理", HazardousChemicals, Petroleum, HazardousStorage, Port, Manufacturing, Warehousing, Shipping, Food, Catering),
    ]);

    public static Department Environment { get; } = new("生态环境局", "HB", "环", 0.12,
    [
        Family("DQ", "大气环境", HazardousChemicals, Petroleum, HazardousStorage, Port, Shipping, Manufacturing, Food),
        Family("FS", "水环境", HazardousChemicals, Petroleum, Manufacturing, Food, Catering),
        Family("GF", "固体废物", HazardousChemicals, Petroleum, Manufacturing, Port, Warehousing, Food),
        Family("WF", "危险废物", HazardousChemicals, Petroleum, HazardousStorage, Manufacturing),
    ]);

    public static Department Transport { get; } = new("交通运输局", "JT", "交", 0.12,
    [
        Family("GK", "港口经营", Port, HazardousStorage, Warehousing),
        Family("WX", "危险货物", HazardousStorage, Port, Shipping, Petroleum, HazardousChemicals),
        Family("SY", "水路运输", Shipping, Port),
        Family("DL", "道路运输", Warehousing, Office, ChemicalTrade),
    ]);

    public static Department Health { get; } = new("卫生健康委", "WJ", "卫健", 0.12,
    [
        Family("ZY", "职业卫生", HazardousChemicals, Petroleum, HazardousStorage, Port, Shipping, Manufacturing, Food),
        Family("GG", "公共场所卫生", Catering, Trade),
        Family("YS", "饮用水卫生", Food, Catering),
    ]);

    public static IReadOnlyList<Department> All { get; } = [Market, Emergency, Environment, Transport, Health];

    /// <summary>Which departments inspect (and fine) enterprises of a profile, with relative weights.</summary>
    public static IReadOnlyList<(Department Item, double Weight)> For(RiskProfile profile) => profile switch
    {
        HazardousChemicals or Petroleum => [(Emergency, 0.45), (Environment, 0.25), (Market, 0.20), (Transport, 0.05), (Health, 0.05)],
        HazardousStorage => [(Emergency, 0.40), (Transport, 0.20), (Environment, 0.15), (Market, 0.20), (Health, 0.05)],
        Port or Shipping => [(Transport, 0.45), (Emergency, 0.20), (Market, 0.20), (Environment, 0.10), (Health, 0.05)],
        Warehousing => [(Market, 0.35), (Emergency, 0.30), (Transport, 0.20), (Environment, 0.15)],
        Manufacturing => [(Market, 0.40), (Emergency, 0.30), (Environment, 0.20), (Health, 0.10)],
        Food => [(Market, 0.65), (Environment, 0.15), (Emergency, 0.10), (Health, 0.10)],
        Catering => [(Market, 0.65), (Health, 0.20), (Emergency, 0.10), (Environment, 0.05)],
        ChemicalTrade => [(Emergency, 0.50), (Market, 0.45), (Transport, 0.05)],
        Trade => [(Market, 0.90), (Health, 0.10)],
        _ => [(Market, 0.92), (Transport, 0.08)],
    };

    private static ItemFamily Family(string code, string certification, params RiskProfile[] profiles)
        => new(code, certification, profiles.ToHashSet());
}
