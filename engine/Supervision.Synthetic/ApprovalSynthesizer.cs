using Supervision.Model.Randomness;
using Supervision.Model.Registry;

namespace Supervision.Synthetic;

/// <summary>
/// Draws the approvals granted on a commitment (告知承诺制) or on credit (信用审批) in the <see cref="HistoryMonths"/> months
/// before the as-of date: operating enterprises, a Poisson number (0.12 a year), the matter by industry; most of those older than
/// <see cref="VerificationDays"/> days are verified by then, the rest (and the recent ones) wait. A commitment is found
/// false only for enterprises meant to be of credit class C or D, so that the −30 of C-DED-FALSE-COMMITMENT keeps them
/// in reach of their class; the finding falls inside the 36 months the rule reads.
/// </summary>
internal static class ApprovalSynthesizer
{
    /// <summary>Length of the approval history, in months before the as-of date.</summary>
    public const int HistoryMonths = 24;

    /// <summary>How long a verification usually takes after the approval.</summary>
    public const int VerificationDays = 60;

    private static readonly double[] FalseShare = [0, 0, 0.25, 0.35];

    public static ApprovalHistory Draw(SeededRandom random, long index, EnterpriseIdentity identity, int targetClass, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(random);
        ArgumentNullException.ThrowIfNull(identity);
        var enterprise = identity.Enterprise;
        var first = Max(enterprise.RegistrationDate, asOf.AddMonths(-HistoryMonths).AddDays(1));
        if (enterprise.Status != OperatingStatus.Operating || first > asOf)
        {
            return new ApprovalHistory([], 0);
        }

        var (matter, department) = Matter(identity.Profile);
        var years = (asOf.DayNumber - first.DayNumber + 1) / 365.0;
        var count = PoissonDraw.Count(random, 0.12 * years);
        var approvals = new List<Approval>(count);
        for (var k = 0; k < count; k++)
        {
            var granted = random.NextDate(first, asOf);
            var kind = random.Bernoulli(0.8) ? ApprovalKind.Commitment : ApprovalKind.Credit;
            DateOnly? verifiedOn = null;
            bool? commitmentTrue = null;
            if (granted.AddDays(VerificationDays) <= asOf && random.Bernoulli(0.85))
            {
                verifiedOn = granted.AddDays(random.NextInt(10, VerificationDays));
                commitmentTrue = !random.Bernoulli(FalseShare[targetClass]);
            }

            var number = $"营自贸审{(kind == ApprovalKind.Commitment ? "承" : "信")}〔{granted.Year}〕{index:D7}{k:D2}号";
            approvals.Add(new Approval(number, enterprise.Uscc, kind, matter, department, granted,
                ["申请人符合许可条件", "已具备相应的经营场所和设施", "从业人员具备相应资质"], verifiedOn, commitmentTrue));
        }

        approvals.Sort((a, b) => (a.GrantedOn, a.ApprovalNo).CompareTo((b.GrantedOn, b.ApprovalNo)) is var c and not 0 ? c : 0);
        var foundFalse = approvals.Any(a => a.FoundFalseBy(asOf) && a.VerifiedOn > asOf.AddMonths(-36));
        return new ApprovalHistory(approvals, foundFalse ? -30 : 0);
    }

    private static (string Matter, string Department) Matter(RiskProfile profile) => profile switch
    {
        RiskProfile.Catering or RiskProfile.Food => ("食品经营许可", "市场监管局"),
        RiskProfile.HazardousChemicals or RiskProfile.Petroleum or RiskProfile.HazardousStorage or RiskProfile.ChemicalTrade => ("危险化学品经营许可", "应急管理局"),
        RiskProfile.Port or RiskProfile.Shipping => ("港口经营许可", "交通运输局"),
        RiskProfile.Warehousing or RiskProfile.Manufacturing => ("特种设备使用登记", "市场监管局"),
        _ => ("第二类医疗器械经营备案", "市场监管局"),
    };

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
