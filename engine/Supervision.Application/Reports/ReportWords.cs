using Supervision.Data.Results;
using Supervision.Draws.Drawing;
using Supervision.Draws.Plans;

namespace Supervision.Application.Reports;

/// <summary>The Chinese words reports show for stored codes: regimes, draw pools and result categories.</summary>
public static class ReportWords
{
    private static readonly Dictionary<string, string> RegimeWords = new(StringComparer.Ordinal)
    {
        ["blacklist"] = "黑名单（严重违法失信）",
        ["dormant"] = "歇业/休眠",
        ["observation"] = "新业态观察期",
        ["trigger_only"] = "仅触发式监管",
        ["routine"] = "常规监管",
    };

    /// <summary>A regime's name in Chinese with its code, or the code itself when the bundle declared another.</summary>
    public static string Regime(string code) => RegimeWords.TryGetValue(code, out var words) ? $"{words}（{code}）" : ReportVocabulary.Label(code);

    /// <summary>Why a task's enterprise was drawn, from its pool.</summary>
    public static string Pool(string pool, IReadOnlyList<string> categories) => pool switch
    {
        Pools.Triggered => "案件线索、投诉举报或预警触发（必查）",
        Pools.Verification => "最低风险类别中的核验样本（检验分类是否漏判）",
        Pools.VerificationOnly => "仅参加核验抽样的最低风险企业",
        ApprovalVerification.FullPool => "告知承诺、信用审批事项全覆盖核查（必查）",
        ApprovalVerification.SamplePool => "告知承诺、信用审批事项按比例随机抽中核查",
        _ when categories.Contains(pool) => $"第 {pool} 类企业按该类抽查比例随机抽中",
        _ when RegimeWords.ContainsKey(pool) => $"{Regime(pool)}企业，按监管方式必查",
        _ => pool,
    };

    /// <summary>A result category's words as the national platform words it, or the code.</summary>
    public static string Outcome(string? code) => code is null ? "尚未录入" : ResultCategory.Find(code)?.Words ?? code;

    /// <summary>Whether a result category found a problem (every category but 未发现问题 and 未发现开展…经营活动); matches supervision.problem_found.</summary>
    public static bool ProblemFound(string code) => code is not ("no_problem" or "no_activity");
}
