using Supervision.Rules.Bundle;
using Supervision.Rules.Language;

namespace Supervision.Rules.Rulebook;

/// <summary>Part one: the bundle's identity and the order in which it is evaluated.</summary>
internal static class OverviewSection
{
    public static void Add(List<BookBlock> blocks, RuleBundle bundle, VariableCatalog catalog)
    {
        var m = bundle.Manifest;
        blocks.Add(new BookHeading(2, "一、规则集概况"));
        blocks.Add(new BookTable(["项目", "内容"],
        [
            ["规则集编号", m.Id],
            ["名称", m.Title],
            ["版本", m.Version],
            ["编写", m.Author],
            ["审核批准", m.Approver],
            ["内容指纹（SHA-256）", bundle.ContentHash],
            ["有效期", Validity.Of(m)],
            ["组成", $"{bundle.Indicators.Count} 项指标，{bundle.Rules.Count} 条规则，{bundle.Tables.Count} 张决策表（共 {bundle.Tables.Sum(t => t.Rows.Count)} 行）"],
        ]));
        blocks.Add(new BookHeading(3, "评估流程"));
        blocks.Add(new BookList(
        [
            $"安全评估：每家企业以基础分 {BaseScores(m.SafetyBaseScores)} 分起算，按第三部分的安全评估规则加分或扣分（得分限定在 0 至 100 分），"
                + $"再按{RulebookBuilder.TableTitle(bundle, VariableCatalog.SafetyLevel)}划分{Name(catalog, VariableCatalog.SafetyLevel)}"
                + $"（{string.Join("、", m.SafetyLevels)}，风险由高到低）。“直接判定”规则成立的，不论得分直接判定等级；多条成立时取风险最高者。",
            $"信用评估：每家企业以基础分 {BaseScores(m.CreditBaseScores)} 分起算，按信用评估规则加分或扣分（得分限定在 0 至 100 分），"
                + $"再按{RulebookBuilder.TableTitle(bundle, VariableCatalog.CreditClass)}划分{Name(catalog, VariableCatalog.CreditClass)}"
                + $"（{string.Join("、", m.CreditClasses)}，风险由高到低）。“直接判定”规则成立的，不论得分直接判定类别；多条成立时取风险最高者。",
            $"{Name(catalog, VariableCatalog.Category)}：按{RulebookBuilder.TableTitle(bundle, VariableCatalog.Category)}由安全风险等级和信用风险类别确定"
                + $"（{string.Join("、", m.Categories)}，风险由高到低）。",
            $"{Name(catalog, VariableCatalog.Regime)}：按监管方式规则确定；多种情形同时成立时按 {string.Join("、", m.Regimes)} 的顺序取最前者，"
                + $"均不成立时为 {BundleManifest.RoutineRegime}（常规随机抽查）。监管方式可以另行规定监管类别和抽查比例。",
            $"抽查比例：按{RulebookBuilder.TableTitle(bundle, "ratio")}由监管类别确定抽查比例和最少抽查家数；监管方式规定了抽查比例的，以监管方式为准。",
        ]));
    }

    /// <summary>"100", or "100（2027-01-01至长期）、95（至2026-12-31）" for a dated parameter.</summary>
    private static string BaseScores(IReadOnlyList<DatedValue> values)
        => values.Count == 1 && values[0].Validity.IsAlways
            ? ConditionWriter.Number(values[0].Value)
            : string.Join("、", values.Select(v => $"{ConditionWriter.Number(v.Value)}（{v.Validity}）"));

    private static string Name(VariableCatalog catalog, string name) => catalog.Find(name)?.Description ?? name;
}
