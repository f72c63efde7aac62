namespace Supervision.Synthetic;

/// <summary>Plausible legal bases (依据) for synthetic credit records, by department and record kind.</summary>
internal static class LegalBases
{
    public const string AnnualReportMissing = "《企业经营异常名录管理暂行办法》第四条第（一）项（未按规定期限公示年度报告）";
    public const string AddressUnreachable = "《企业经营异常名录管理暂行办法》第四条第（四）项（通过登记的住所或者经营场所无法联系）";
    public const string MarketBlacklistAbnormal = "《市场监督管理严重违法失信名单管理办法》（总局令第44号）（列入经营异常名录届满3年仍未履行相关义务）";
    public const string MarketBlacklistPenalty = "《市场监督管理严重违法失信名单管理办法》（总局令第44号）（因违法行为受到较重行政处罚）";
    public const string SafetyBlacklist = "《安全生产严重失信主体名单管理办法》（应急管理部令第11号）";
    public const string PublicCredit = "全国公共信用综合评价（国家公共信用信息中心）";

    public static string Tax(int evaluatedYear) => $"《纳税信用管理办法》{evaluatedYear}年度纳税信用评价";

    /// <summary>Penalty bases a department cites against enterprises of a profile.</summary>
    public static IReadOnlyList<string> Penalty(Department department, RiskProfile profile) => department.Code switch
    {
        "YJ" => profile is RiskProfile.HazardousChemicals or RiskProfile.Petroleum or RiskProfile.HazardousStorage or RiskProfile.ChemicalTrade
            ? ["《危险化学品安全管理条例》第八十条（危险化学品储存、使用不符合规定）", "《中华人民共和国安全生产法》第一百零一条（重大危险源未登记建档、未进行评估监控）", "《中华人民共和国安全生产法》第一百零二条（未采取措施消除事故隐患）"]
            : ["《中华人民共和国安全生产法》第九十七条（未按照规定对从业人员进行安全生产教育和培训）", "《中华人民共和国安全生产法》第一百零二条（未采取措施消除事故隐患）"],
        "HB" => ["《中华人民共和国大气污染防治法》第九十九条（超过大气污染物排放标准排放）", "《中华人民共和国水污染防治法》第八十三条（超标排放水污染物）", "《中华人民共和国固体废物污染环境防治法》第一百一十二条（危险废物管理不符合规定）"],
        "JT" => ["《中华人民共和国港口法》（港口经营不符合规定）", "《港口危险货物安全管理规定》（危险货物作业不符合规定）", "《中华人民共和国道路运输条例》（道路货物运输不符合规定）"],
        "WJ" => ["《中华人民共和国职业病防治法》第七十一条（未按照规定进行职业病危害因素检测）", "《公共场所卫生管理条例》（从业人员未取得健康合格证明）"],
        _ => profile switch
        {
            RiskProfile.Food or RiskProfile.Catering => ["《中华人民共和国食品安全法》第一百二十六条（食品生产经营过程不符合规定）", "《中华人民共和国食品安全法》第一百二十四条（经营超过保质期的食品）"],
            RiskProfile.Office => ["《中华人民共和国电子商务法》第七十六条（未在首页显著位置公示营业执照信息）", "《中华人民共和国广告法》第五十五条（发布虚假广告）"],
            RiskProfile.Trade or RiskProfile.ChemicalTrade => ["《中华人民共和国产品质量法》第四十九条（销售不符合标准的产品）", "《中华人民共和国价格法》第四十二条（未明码标价）", "《中华人民共和国广告法》第五十五条（发布虚假广告）"],
            _ => ["《中华人民共和国特种设备安全法》第八十四条（使用未经定期检验的特种设备）", "《中华人民共和国产品质量法》第四十九条（生产不符合标准的产品）"],
        },
    };
}
