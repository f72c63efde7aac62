using System.Globalization;
using System.Text;
using Supervision.Rules.Bundle;
using Supervision.Rules.Compilation;
using Supervision.Rules.Language;
using Supervision.Rules.Rulebook;

namespace Supervision.Rules.Explanation;

/// <summary>
/// Whether one rule or table row fired for the enterprise, each part of its condition (or each cell) with the actual
/// values and whether it held, what made it fail or what its match decided, and its legal basis and source location.
/// </summary>
internal static class ElementBlock
{
    public static void Write(StringBuilder text, WhyNotContext context, Element element, string indent)
    {
        var fact = context.FactFor(element.Phase);
        var fired = context.Fired(element);
        var (held, error) = SubExpression.Run(element.Evaluate, fact);
        var status = context.InForce(element)
            ? Status(element, fired, held)
            : $"未生效 (not in force on {context.AsOf:yyyy-MM-dd}; in force {element.Validity})";
        if (!context.Written.Add(element.Id))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{indent}{element.Id} {status}（见上文 see above）");
            return;
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"{indent}{element.Id} {status}: {ElementWords.Condition(element)}");
        string? failure;
        if (element.Rule is { } rule)
        {
            var root = ConditionTracer.Trace(rule.When, rule.WhenLocation, context.Catalog, element.Phase, fact);
            TraceWriter.Write(text, root, indent + "  ");
            // A single comparison's line already says what failed.
            failure = root.Kind == TraceKind.Atom && root.Held is not null ? null : TraceWriter.Failure(root);
        }
        else
        {
            var cells = RowTracer.Trace(element.Table!, element.Row!, context.Catalog, fact);
            TraceWriter.Write(text, cells, indent + "  ");
            failure = cells.Any(c => c.Failed) ? "不成立，因为 (failed on): " + string.Join("；", cells.Where(c => c.Failed).Select(c => c.Text)) : null;
        }

        if (!context.InForce(element))
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"{indent}  评估日期 {context.AsOf:yyyy-MM-dd} 不在其有效期（{element.Validity}）内，引擎不求值 (the engine skips it on this date, whatever its condition)");
        }
        else if (held is null)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{indent}  无法求值 (cannot be evaluated): {error}；该企业的评估因此失败 (the enterprise's evaluation fails)");
        }
        else if (!fired && held == false && failure is not null)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{indent}  {failure}");
        }
        else if (fired && context.Outcome.Error is null)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{indent}  {Decision(context, element)}");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"{indent}  {element.Title} {ElementWords.Effect(element, context.Catalog)}");
        text.AppendLine(CultureInfo.InvariantCulture,
            $"{indent}  依据 {element.Basis} · {element.Location}{(element.Validity.IsAlways ? "" : $" · 有效期 {element.Validity}")}");
    }

    private static string Status(Element element, bool fired, bool? held) => (fired, held) switch
    {
        (true, _) => element.Kind == ElementKind.Rule ? "已触发 (fired)" : "已匹配 (matched)",
        (false, null) => "无法求值 (could not be evaluated)",
        (false, true) => "条件成立但引擎未求值 (holds, but the engine did not get to it)",
        _ => element.Kind == ElementKind.Rule ? "未触发 (did not fire)" : "未匹配 (did not match)",
    };

    /// <summary>What a match decided: counted, applied, or outranked by something that takes precedence.</summary>
    private static string Decision(WhyNotContext context, Element element)
    {
        var outcome = context.Outcome;
        if (element.Rule is { } rule)
        {
            if (rule.Points is not null)
            {
                return "已计入得分 (counted in the score)";
            }

            if (rule.Grade is { } grade)
            {
                var actual = rule.Kind == EvaluationKind.Safety ? outcome.SafetyLevel : outcome.CreditClass;
                return actual == grade ? "已适用 (applies)" : $"但更严重的直接判定优先，实际为 {actual} (a more severe direct grade applies)";
            }

            return context.State.RegimeRule == rule
                ? "已适用 (applies)"
                : $"成立，但监管方式 {outcome.Regime} 优先，未适用 (holds, but {outcome.Regime} takes precedence; see regimes in bundle.yaml)";
        }

        var table = element.Table!;
        var row = element.Row!;
        for (var o = 0; o < table.Outputs.Count; o++)
        {
            var value = row.Outputs[o];
            switch (table.Outputs[o])
            {
                case VariableCatalog.SafetyLevel when outcome.SafetyLevel != value:
                case VariableCatalog.CreditClass when outcome.CreditClass != value:
                    var overrides = context.FiredElements.Where(e => e.Rule?.Grade is not null
                        && (e.Rule.Kind == EvaluationKind.Safety) == (table.Outputs[o] == VariableCatalog.SafetyLevel));
                    return $"但直接判定优先，实际为 {(table.Outputs[o] == VariableCatalog.SafetyLevel ? outcome.SafetyLevel : outcome.CreditClass)}"
                        + $"（{string.Join("、", overrides.Select(e => e.Id))}）(a direct grade overrides the score)";
                case VariableCatalog.Category when outcome.Category != value:
                    return $"但监管方式 {outcome.Regime}（{context.State.RegimeRule?.Id}）将监管类别定为 {outcome.Category} (the regime overrides the matrix)";
                case "ratio" when context.State.RegimeRule?.Ratio is { } ratio:
                    return $"但监管方式 {outcome.Regime}（{context.State.RegimeRule.Id}）规定抽查比例 {CellWords.Percent(ratio)} (the regime sets the ratio)";
                default:
                    break;
            }
        }

        return "已采用 (used)";
    }
}
