namespace Supervision.Synthetic;

/// <summary>Groups of industries that share a safety risk pattern, regions and inspecting departments.</summary>
internal enum RiskProfile
{
    /// <summary>化学原料和化学制品制造 (C26): major hazard sources, high LEC values, the direct-to-red cases.</summary>
    HazardousChemicals,

    /// <summary>精炼石油产品制造 (C25).</summary>
    Petroleum,

    /// <summary>油气仓储, 危险化学品仓储 (G594).</summary>
    HazardousStorage,

    /// <summary>货运港口, 装卸搬运 (G5532, G5910).</summary>
    Port,

    /// <summary>通用仓储, 低温仓储 (G5920, G5930).</summary>
    Warehousing,

    /// <summary>水上货物运输 (G552).</summary>
    Shipping,

    /// <summary>金属制品, 通用设备, 电气机械制造 (C33, C34, C38).</summary>
    Manufacturing,

    /// <summary>农副食品加工, 食品制造 (C13, C14).</summary>
    Food,

    /// <summary>餐饮 (H62).</summary>
    Catering,

    /// <summary>石油及化工产品批发 without storage (F516).</summary>
    ChemicalTrade,

    /// <summary>Other wholesale and retail (F51, F52).</summary>
    Trade,

    /// <summary>Offices: software, e-commerce, freight forwarding, leasing and business services.</summary>
    Office,
}
