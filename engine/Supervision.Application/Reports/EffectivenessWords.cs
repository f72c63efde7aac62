using System.Globalization;

namespace Supervision.Application.Reports;

/// <summary>The effectiveness page's sentences: the comparison an analyst reads first, pool names, ranking qualities.</summary>
public static class EffectivenessWords
{
    /// <summary>Whether the verification sample found fewer problems than the targeted pools, said only as far as the interval allows.</summary>
    public static string Comparison(EffectivenessReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.TargetedOverVerification is not { } d)
        {
            return "尚无足够的已确认结果：定向抽查或核验样本还没有已检查的任务。";
        }

        var rates = $"定向抽查发现率 {ReportFormat.Percent(report.Targeted.Rate!.Value)}，核验样本发现率 {ReportFormat.Percent(report.Verification.Rate!.Value)}";
        return d.Low > 0
            ? $"{rates}：核验样本发现的问题显著少于定向抽查（差值的 95% 置信区间全部大于 0），分类把风险较高的企业排在了前面。"
            : d.High < 0
                ? $"{rates}：核验样本发现的问题显著多于定向抽查，最低类别中可能有漏判的风险，应复核评估规则。"
                : $"{rates}：两者的差异在 95% 置信水平上不显著，需要更多检查结果才能判断分类是否有效。";
    }

    public static string Pool(string pool, ReportVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        return pool switch
        {
            Supervision.Draws.Drawing.Pools.Verification => "核验样本",
            Supervision.Draws.Drawing.Pools.Triggered => "触发式（线索、投诉、预警）",
            Supervision.Draws.Drawing.Pools.VerificationOnly => "仅核验",
            Supervision.Draws.Plans.ApprovalVerification.FullPool => "审批核查（全覆盖）",
            Supervision.Draws.Plans.ApprovalVerification.SamplePool => "审批核查（抽取）",
            _ when vocabulary.Categories.Contains(pool) => $"{pool} 类",
            _ => ReportWords.Regime(pool),
        };
    }

    public static IEnumerable<(string Name, RankingQuality Quality)> Rankings(EffectivenessReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        yield return ("监管类别（规则评估）", report.Category);
        yield return ("安全评估得分（越低越危险）", report.Safety);
        yield return ("信用评估得分（越低越危险）", report.Credit);
        if (report.Learned is { } learned)
        {
            yield return ("学习模型违法概率", learned);
        }
    }

    public static string Auc(RankingQuality quality)
    {
        ArgumentNullException.ThrowIfNull(quality);
        return quality.Auc is { } auc
            ? string.Create(CultureInfo.InvariantCulture, $"{auc:0.000}（{quality.Low:0.000}–{quality.High:0.000}）")
            : "无法计算（需同时有发现问题和未发现问题的检查）";
    }
}
