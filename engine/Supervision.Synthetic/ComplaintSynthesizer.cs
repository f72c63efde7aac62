using Supervision.Model.Randomness;
using Supervision.Model.Registry;

namespace Supervision.Synthetic;

/// <summary>
/// Draws the complaints and reports (投诉举报) of the <see cref="HistoryMonths"/> months before the as-of date: a Poisson
/// number a year, highest where consumers meet the enterprise (catering, food, retail) and rising with its credit risk;
/// about a third are found true. Operating enterprises only, none before registration; dates stay off the 12-month edge
/// so that the credit points do not hinge on how the window is closed.
/// </summary>
internal static class ComplaintSynthesizer
{
    /// <summary>Length of the complaint history, in months before the as-of date.</summary>
    public const int HistoryMonths = 24;

    private const double VerifiedShare = 0.35;
    private static readonly double[] ClassFactor = [0.4, 1.0, 2.2, 3.5];

    private static readonly IReadOnlyList<(string Item, double Weight)> Channels =
        [("12315", 0.50), ("12345", 0.25), ("online", 0.14), ("letter", 0.06), ("visit", 0.05)];

    public static ComplaintHistory Draw(SeededRandom random, long index, EnterpriseIdentity identity, int targetClass, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(random);
        ArgumentNullException.ThrowIfNull(identity);
        var enterprise = identity.Enterprise;
        var first = Max(enterprise.RegistrationDate.AddDays(1), asOf.AddMonths(-HistoryMonths).AddDays(1));
        if (enterprise.Status != OperatingStatus.Operating || first > asOf)
        {
            return new ComplaintHistory([], 0);
        }

        var years = (asOf.DayNumber - first.DayNumber + 1) / 365.0;
        var count = PoissonDraw.Count(random, YearlyRate(identity.Profile) * ClassFactor[targetClass] * years);
        var matters = Matters(identity.Profile);
        var edge12 = asOf.AddMonths(-12);
        var complaints = new List<Complaint>(count);
        for (var k = 0; k < count; k++)
        {
            var date = random.NextDate(first, asOf);
            date = date == edge12 ? date.AddDays(1) : date;
            var channel = random.PickWeighted(Channels);
            var reference = $"TS{date:yyyyMMdd}{index:D7}{k:D2}";
            complaints.Add(new Complaint(reference, enterprise.Uscc, date, channel, random.Pick(matters), random.Bernoulli(VerifiedShare)));
        }

        complaints.Sort((a, b) => (a.Date, a.Reference).CompareTo((b.Date, b.Reference)) is var c and not 0 ? c : 0);
        var verifiedRecent = complaints.Count(c => c.Verified && c.Date > edge12);
        return new ComplaintHistory(complaints, verifiedRecent >= 2 ? -5 : 0);
    }

    private static double YearlyRate(RiskProfile profile) => profile switch
    {
        RiskProfile.Catering => 0.9,
        RiskProfile.Food => 0.5,
        RiskProfile.Trade => 0.45,
        RiskProfile.ChemicalTrade or RiskProfile.HazardousChemicals or RiskProfile.Petroleum or RiskProfile.HazardousStorage => 0.15,
        RiskProfile.Office => 0.12,
        _ => 0.1,
    };

    private static IReadOnlyList<string> Matters(RiskProfile profile) => profile switch
    {
        RiskProfile.Catering => ["食品卫生问题", "餐具消毒不到位", "未明码标价", "拒开发票", "预付卡退费纠纷"],
        RiskProfile.Food => ["产品标签不符合规定", "疑似过期食品", "生产环境卫生问题", "虚假宣传"],
        RiskProfile.Trade => ["商品质量问题", "未明码标价", "虚假宣传", "退换货纠纷", "计量不准"],
        RiskProfile.HazardousChemicals or RiskProfile.Petroleum or RiskProfile.HazardousStorage or RiskProfile.ChemicalTrade =>
            ["异味扰民", "安全隐患举报", "无证经营危险化学品举报", "违规储存举报"],
        RiskProfile.Office => ["合同纠纷", "虚假宣传", "冒用他人名义", "未按约提供服务"],
        _ => ["噪声扰民", "安全隐患举报", "无照经营举报", "合同纠纷"],
    };

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
