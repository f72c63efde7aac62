using System.Globalization;
using System.Text;
using Supervision.Rules.Bundle;
using Supervision.Rules.Language;

namespace Supervision.Rules.Explanation;

/// <summary>
/// What it would take for the enterprise to have a safety level or credit class a matrix cell needs: the score band
/// of the grading rows that give it against the actual score and the points that made the difference, or a direct
/// grade, and a direct grade in force that would have to go.
/// </summary>
internal static class GradeRequirement
{
    /// <summary>Whether <paramref name="variable"/> is a level or class the grading phase produces.</summary>
    public static bool Applies(string variable) => variable is VariableCatalog.SafetyLevel or VariableCatalog.CreditClass;

    public static void Write(StringBuilder text, WhyNotContext context, string variable, CellTest needed, string indent)
    {
        var safety = variable == VariableCatalog.SafetyLevel;
        var kind = safety ? EvaluationKind.Safety : EvaluationKind.Credit;
        var outcome = context.Outcome;
        var actual = safety ? outcome.SafetyLevel : outcome.CreditClass;
        text.AppendLine(CultureInfo.InvariantCulture,
            $"{indent}{context.Catalog.Get(variable).Description} {variable} 为 {ElementWords.Needs(needed)}（实际 {actual}）:");
        var inner = indent + "  ";
        var overrides = context.FiredElements.Where(e => e.Rule is { Grade: not null } r && r.Kind == kind).ToList();

        text.AppendLine(CultureInfo.InvariantCulture, $"{inner}按得分 (by the score):");
        var gradingFact = context.FactFor(Phase.Grading);
        var direction = 0;
        foreach (var table in context.Bundle.Bundle.Tables.Where(t => WhyNotContext.OutputIndex(t, variable) >= 0))
        {
            var output = WhyNotContext.OutputIndex(table, variable);
            foreach (var row in table.Rows.Where(r => Accepts(needed, r.Outputs[output]) && context.InForce(context.Bundle.Find(r.Id)!)))
            {
                var element = context.Bundle.Find(row.Id)!;
                text.AppendLine(CultureInfo.InvariantCulture, $"{inner}  {row.Id} → {row.Outputs[output]}:");
                TraceWriter.Write(text, RowTracer.Trace(table, row, context.Catalog, gradingFact), inner + "    ");
                for (var i = 0; i < table.Inputs.Count; i++)
                {
                    var input = context.Catalog.Get(table.Inputs[i].Name);
                    var value = gradingFact.Numbers[input.Slot];
                    if (row.Tests[i] is IntervalCell band && input.IsNumericSlot && !double.IsNaN(value) && !band.Contains(value))
                    {
                        var (words, sign) = Gap(band, value);
                        direction = direction == 0 ? sign : direction;
                        text.AppendLine(CultureInfo.InvariantCulture, $"{inner}    {input.Description} {words}");
                    }
                }

                ElementLine.Basis(text, inner.Length, element);
            }
        }

        Score(text, context, kind, direction, inner);
        if (overrides.Count > 0 && !Accepts(needed, actual))
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"{inner}  但现由直接判定定为 {actual}（不论得分），须以下规则不成立 (a direct grade applies whatever the score; it would have to not fire):");
            foreach (var rule in overrides)
            {
                ElementBlock.Write(text, context, rule, inner + "    ");
            }
        }

        var direct = context.Bundle.Elements.Where(e => e.Rule is { Grade: { } g } r && r.Kind == kind && Accepts(needed, g) && context.InForce(e)).ToList();
        text.AppendLine(direct.Count == 0
            ? $"{inner}或直接判定 (or a direct grade): 没有直接判定为 {ElementWords.Needs(needed)} 的规则 (no rule grades directly so)"
            : $"{inner}或直接判定 (or a direct grade): 以下规则之一成立 (one of these rules firing):");
        foreach (var rule in direct)
        {
            ElementBlock.Write(text, context, rule, inner + "  ");
        }
    }

    /// <summary>The score as base plus the points that fired, and the rules whose points moved it away from the band.</summary>
    private static void Score(StringBuilder text, WhyNotContext context, EvaluationKind kind, int direction, string indent)
    {
        var manifest = context.Manifest;
        var safety = kind == EvaluationKind.Safety;
        var baseScore = (safety ? manifest.SafetyBaseScoreOn(context.AsOf) : manifest.CreditBaseScoreOn(context.AsOf)) ?? 0;
        var score = safety ? context.Outcome.SafetyScore : context.Outcome.CreditScore;
        var points = context.FiredElements.Where(e => e.Rule is { Points: not null } r && r.Kind == kind).ToList();
        var sum = baseScore + points.Sum(e => e.Rule!.Points!.Value);
        var terms = string.Concat(points.Select(e => $" {ValueText.Points(e.Rule!.Points!.Value)}（{e.Id}）"));
        var clamp = sum == score ? "" : $" = {ValueText.Number(sum)}，按 0–100 计 (clamped)";
        text.AppendLine(CultureInfo.InvariantCulture,
            $"{indent}  得分 (score) {ValueText.Number(score)}: 基础分 {ValueText.Number(baseScore)}{terms}{clamp}");
        if (direction == 0)
        {
            return;
        }

        if (!context.Written.Add($"score {kind} {direction}"))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{indent}  {(direction < 0 ? "加分项" : "扣分项")}见上文 (see above)");
            return;
        }

        // Too high: the bonuses kept it up; too low: the deductions brought it down.
        var movers = points.Where(e => Math.Sign(e.Rule!.Points!.Value) == -direction).ToList();
        text.AppendLine((direction, movers.Count) switch
        {
            (< 0, 0) => $"{indent}  没有加分项；须有更多扣分项成立 (no bonus applied: more deductions would have to apply)",
            (< 0, _) => $"{indent}  使得分高于该区间的加分项 (bonuses that kept the score above the band):",
            (_, 0) => $"{indent}  没有扣分项 (no deduction applied)",
            _ => $"{indent}  使得分低于该区间的扣分项 (deductions that brought the score below the band):",
        });
        var fact = context.FactFor(Phase.Evaluation);
        foreach (var rule in movers)
        {
            ElementLine.Write(text, $"{indent}  {ValueText.Points(rule.Rule!.Points!.Value),6}  ", rule, context.Catalog, fact, null);
        }
    }

    /// <summary>The bound the score must pass and how far it is from it; the sign is -1 when it must go down, +1 when up.</summary>
    private static (string Words, int Sign) Gap(IntervalCell band, double value)
    {
        var actual = ValueText.Number(value);
        if (value > band.High || (value == band.High && !band.HighInclusive))
        {
            var (high, d) = (ValueText.Number(band.High), ValueText.Number(value - band.High));
            return (band.HighInclusive
                ? $"须不高于 {high} (at most {high})，实际 {actual}：须降低至少 {d} 分 (at least {Points(d)} lower)"
                : $"须低于 {high} (below {high})，实际 {actual}" + (value > band.High ? $"：须降低超过 {d} 分 (more than {Points(d)} lower)" : ""), -1);
        }

        var (low, up) = (ValueText.Number(band.Low), ValueText.Number(band.Low - value));
        return (band.LowInclusive
            ? $"须不低于 {low} (at least {low})，实际 {actual}：须提高至少 {up} 分 (at least {Points(up)} higher)"
            : $"须高于 {low} (above {low})，实际 {actual}" + (value < band.Low ? $"：须提高超过 {up} 分 (more than {Points(up)} higher)" : ""), 1);
    }

    private static string Points(string number) => number == "1" ? "1 point" : $"{number} points";

    private static bool Accepts(CellTest test, string value) => test switch
    {
        ValueSetCell set => set.Contains(value),
        AnyCell => true,
        _ => false,
    };
}
