namespace Supervision.Synthetic;

/// <summary>
/// The industries of the synthetic 营口片区 and their weights: a port free trade zone with an energy and chemical park
/// (仙人岛), so hazardous chemicals, petroleum, port logistics and trade weigh more than in an average district.
/// </summary>
internal static class IndustryCatalog
{
    public static IReadOnlyList<Industry> All { get; } =
    [
        new("C2614", "有机化学原料制造", RiskProfile.HazardousChemicals, 6, ["化工有限公司", "化学有限公司", "新材料有限公司"], 0),
        new("C2619", "其他基础化学原料制造", RiskProfile.HazardousChemicals, 2, ["化工有限公司", "化学品有限公司"], 0),
        new("C2641", "涂料制造", RiskProfile.HazardousChemicals, 2, ["涂料有限公司", "化工有限公司"], 0),
        new("C2662", "专项化学用品制造", RiskProfile.HazardousChemicals, 2, ["精细化工有限公司", "化学科技有限公司"], 0.02),
        new("C2511", "原油加工及石油制品制造", RiskProfile.Petroleum, 3, ["石化有限公司", "石油化工有限公司"], 0),
        new("G5941", "油气仓储", RiskProfile.HazardousStorage, 2, ["油品储运有限公司", "石油储运有限公司"], 0),
        new("G5942", "危险化学品仓储", RiskProfile.HazardousStorage, 3, ["化工仓储有限公司", "危险品仓储有限公司"], 0),
        new("G5532", "货运港口", RiskProfile.Port, 3, ["港务有限公司", "码头有限公司"], 0),
        new("G5910", "装卸搬运", RiskProfile.Port, 4, ["装卸有限公司", "港口服务有限公司"], 0),
        new("G5920", "通用仓储", RiskProfile.Warehousing, 4, ["仓储有限公司", "物流有限公司"], 0.01),
        new("G5930", "低温仓储", RiskProfile.Warehousing, 2, ["冷链物流有限公司", "冷藏有限公司"], 0.02),
        new("G5522", "沿海货物运输", RiskProfile.Shipping, 2, ["海运有限公司", "航运有限公司"], 0),
        new("G5521", "远洋货物运输", RiskProfile.Shipping, 1, ["远洋运输有限公司", "国际航运有限公司"], 0),
        new("C3311", "金属结构制造", RiskProfile.Manufacturing, 3, ["钢结构有限公司", "重工有限公司"], 0),
        new("C3421", "金属切削机床制造", RiskProfile.Manufacturing, 2, ["机床有限公司", "机械制造有限公司"], 0.01),
        new("C3831", "电线、电缆制造", RiskProfile.Manufacturing, 2, ["电缆有限公司", "线缆有限公司"], 0),
        new("C3360", "金属表面处理及热处理加工", RiskProfile.Manufacturing, 1, ["表面处理有限公司", "热处理有限公司"], 0),
        new("C1361", "水产品冷冻加工", RiskProfile.Food, 3, ["水产食品有限公司", "海产品有限公司"], 0),
        new("C1431", "米、面制品制造", RiskProfile.Food, 2, ["食品有限公司", "面业有限公司"], 0),
        new("H6210", "正餐服务", RiskProfile.Catering, 4, ["餐饮有限公司", "酒店管理有限公司"], 0),
        new("H6220", "快餐服务", RiskProfile.Catering, 2, ["餐饮管理有限公司", "快餐有限公司"], 0.03),
        new("F5162", "石油及制品批发", RiskProfile.ChemicalTrade, 2, ["石油化工贸易有限公司", "能源有限公司"], 0),
        new("F5169", "其他化工产品批发", RiskProfile.ChemicalTrade, 3, ["化工贸易有限公司", "化工产品销售有限公司"], 0),
        new("F5181", "贸易代理", RiskProfile.Trade, 9, ["国际贸易有限公司", "进出口有限公司"], 0.02),
        new("F5211", "百货零售", RiskProfile.Trade, 2, ["商贸有限公司", "百货有限公司"], 0),
        new("F5212", "超级市场零售", RiskProfile.Trade, 2, ["超市有限公司", "商贸有限公司"], 0.01),
        new("F5292", "互联网零售", RiskProfile.Office, 6, ["跨境电子商务有限公司", "电子商务有限公司"], 0.45),
        new("I6513", "应用软件开发", RiskProfile.Office, 6, ["软件有限公司", "信息技术有限公司"], 0.35),
        new("I6531", "信息系统集成服务", RiskProfile.Office, 2, ["科技有限公司", "信息系统有限公司"], 0.25),
        new("L7212", "投资与资产管理", RiskProfile.Office, 5, ["投资管理有限公司", "资产管理有限公司"], 0.02),
        new("L7111", "汽车租赁", RiskProfile.Office, 2, ["汽车租赁有限公司"], 0.05),
        new("G5821", "货物运输代理", RiskProfile.Office, 6, ["国际货运代理有限公司", "供应链管理有限公司"], 0.06),
    ];

    /// <summary>The weights of <see cref="All"/>, in order, for weighted draws.</summary>
    public static double[] Weights { get; } = [.. All.Select(i => i.Weight)];
}
