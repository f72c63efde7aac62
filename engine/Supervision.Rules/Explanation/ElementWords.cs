using Supervision.Rules.Bundle;
using Supervision.Rules.Compilation;
using Supervision.Rules.Language;
using Supervision.Rules.Rulebook;

namespace Supervision.Rules.Explanation;

/// <summary>What a rule or table row does, and how its condition reads, in plain words.</summary>
internal static class ElementWords
{
    /// <summary>"→ 安全评估 扣 10 分", "→ 监管类别 I", …</summary>
    public static string Effect(Element element, VariableCatalog catalog) => "→ " + What(element, catalog);

    private static string What(Element element, VariableCatalog catalog)
    {
        if (element.Row is { } row)
        {
            var table = element.Table!;
            return string.Join("、", table.Outputs.Select((o, i) => $"{CellWords.OutputName(o, catalog)} {CellWords.Output(o, row.Outputs[i])}"));
        }

        var rule = element.Rule!;
        var evaluation = rule.Kind == EvaluationKind.Safety ? "安全评估" : "信用评估";
        if (rule.Points is { } points)
        {
            return points < 0 ? $"{evaluation} 扣 {ValueText.Number(-points)} 分" : $"{evaluation} 加 {ValueText.Number(points)} 分";
        }

        if (rule.Grade is { } grade)
        {
            var name = rule.Kind == EvaluationKind.Safety ? "安全风险等级" : "信用风险类别";
            return $"直接判定{name}为 {grade}（不论得分）";
        }

        return $"监管方式 {rule.Regime}"
            + (rule.Category is { } category ? $"，监管类别 {category}" : "")
            + (rule.Ratio is { } ratio ? $"，抽查比例 {CellWords.Percent(ratio)}" : "");
    }

    /// <summary>What a cell needs: "C 或 D", "除 D 以外", "60（含）至 75（不含）".</summary>
    public static string Needs(CellTest test) => test switch
    {
        ValueSetCell { Negated: true } set => $"{string.Join(" 或 ", set.Values)} 以外的值",
        ValueSetCell set => string.Join(" 或 ", set.Values),
        _ => CellWords.Input(test),
    };

    /// <summary>The condition as written: the rule's <c>when</c>, or a row's cells.</summary>
    public static string Condition(Element element)
        => element.Rule?.When ?? string.Join(", ", element.Table!.Inputs.Select((input, i) => $"{input.Name}: {element.Row!.Tests[i].Text}"));
}
