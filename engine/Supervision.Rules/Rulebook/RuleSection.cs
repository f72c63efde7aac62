using Supervision.Rules.Bundle;

namespace Supervision.Rules.Rulebook;

/// <summary>Part three: every rule, grouped by evaluation, as "若 … 则 …" with its basis, validity and source line.</summary>
internal static class RuleSection
{
    private static readonly (EvaluationKind Kind, string Title, string Note)[] Groups =
    [
        (EvaluationKind.Safety, "（一）安全评估规则", "条件成立时按所列分值加分或扣分；“直接判定”的规则成立时，不论得分直接判定安全风险等级。"),
        (EvaluationKind.Credit, "（二）信用评估规则", "条件成立时按所列分值加分或扣分；“直接判定”的规则成立时，不论得分直接判定信用风险类别。"),
        (EvaluationKind.Regime, "（三）监管方式规则", "条件成立时适用所列监管方式；多种情形同时成立时按规则集规定的优先顺序取最前者，其余记入解释。"),
        (EvaluationKind.List, "（四）名单管理规则", "对每一条列入严重违法失信名单或经营异常名录的记录，在评估日判断；条件成立时自所列日期起移出（或转入严重违法失信名单），"
            + "多条成立时取日期最早者。名单状态决定“在严重违法失信名单中”“在经营异常名录中”等指标。"),
        (EvaluationKind.Alert, "（五）预警规则", "每晚评估后，将每户企业本次评估与上次评估及新增记录比较；条件成立时发出所列等级的预警。"
            + "对仅在触发时抽查的企业（触发式监管、不诉不查），预警自动作为案源线索进入当晚抽取，并记入抽取记录。"),
    ];

    public static void Add(List<BookBlock> blocks, RuleBundle bundle, ConditionWriter words)
    {
        blocks.Add(new BookHeading(2, "三、评估规则"));
        foreach (var (kind, title, note) in Groups)
        {
            blocks.Add(new BookHeading(3, title));
            var rules = bundle.Rules.Where(r => r.Kind == kind).ToList();
            if (rules.Count == 0)
            {
                blocks.Add(new BookParagraph("（无）"));
                continue;
            }

            blocks.Add(new BookParagraph(note));
            var writer = kind switch
            {
                EvaluationKind.List => new ConditionWriter(Lists.ListVocabulary.Catalog(bundle.Manifest)),
                EvaluationKind.Alert => new ConditionWriter(Alerts.AlertVocabulary.Catalog(bundle.Manifest)),
                _ => words,
            };
            blocks.Add(new BookTable(["编号", "名称", "规则", "依据", "有效期", "来源"],
                [.. rules.Select(r => (IReadOnlyList<string>)
                [
                    r.Id, r.Title, $"若 {writer.Write(r.When)}，则 {Effect(r)}", r.Basis, Validity.Of(r), RulebookBuilder.Source(r.Location),
                ])]));
        }
    }

    /// <summary>What a rule does when its condition holds: 扣 10 分 / 直接判定为 红 / 适用 blacklist 监管方式….</summary>
    public static string Effect(RuleSpec rule)
    {
        if (rule.ListEffect is { } list)
        {
            var on = list.OnMonths == 0 ? list.OnDate : $"{list.OnDate} 后 {list.OnMonths} 个月";
            return list.Action == Lists.ListAction.Escalate
                ? $"自 {on} 起移出经营异常名录，列入严重违法失信名单"
                : $"自 {on} 起移出{Lists.ListExplanation.ListTitle(list.List)}";
        }

        if (rule.AlertEffect is { } alert)
        {
            return $"发出{Alerts.AlertVocabulary.Levels[alert.Level]}：{Alerts.AlertVocabulary.Kinds[alert.Kind]}";
        }

        if (rule.Kind == EvaluationKind.Regime)
        {
            var parts = new List<string> { $"适用 {rule.Regime} 监管方式" };
            if (rule.Category is { } category)
            {
                parts.Add($"监管类别定为 {category}");
            }

            if (rule.Ratio is { } ratio)
            {
                parts.Add($"抽查比例 {CellWords.Percent(ratio)}");
            }

            return string.Join("，", parts);
        }

        if (rule.Grade is { } grade)
        {
            return rule.Kind == EvaluationKind.Safety ? $"直接判定为 {grade}（不论得分）" : $"直接判定为 {grade} 类（不论得分）";
        }

        return rule.Points switch
        {
            < 0 and var p => $"扣 {ConditionWriter.Number(-p)} 分",
            > 0 and var p => $"加 {ConditionWriter.Number(p)} 分",
            _ => "不加分也不扣分",
        };
    }
}
