using System.Globalization;
using System.Text;
using Supervision.Rules.Bundle;
using Supervision.Rules.Language;

namespace Supervision.Rules.Explanation;

/// <summary>
/// Why an enterprise is not in a category: which matrix rows give that category and which of their cells fail for
/// it, what the safety level or credit class they need would take, and which regime rules would impose the category
/// (or impose another one now). Only rules and rows in force on the as-of date are considered.
/// </summary>
internal static class CategoryWhyNot
{
    public static void Write(StringBuilder text, WhyNotContext context, string category)
    {
        var outcome = context.Outcome;
        var regimeRule = context.State.RegimeRule;
        var matrixRow = context.MatrixRow();
        text.AppendLine(CultureInfo.InvariantCulture, $"为什么不是监管类别 {category} (why not category {category}):");
        var decidedBy = regimeRule?.Category is not null
            ? $"监管方式 {regimeRule.Regime}（{regimeRule.Id}）"
            : $"矩阵行 {matrixRow?.Id}（安全风险等级 {outcome.SafetyLevel} × 信用风险类别 {outcome.CreditClass}）";
        if (outcome.Category == category)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  已是监管类别 {category}，由{decidedBy}决定 (the enterprise is in category {category}); 不带 --why-not 运行 explain 可见全部理由");
            return;
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"  实际为监管类别 {outcome.Category}，由{decidedBy}决定 (actual category {outcome.Category})");
        text.AppendLine();
        var needs = new List<(string Variable, CellTest Test)>();
        foreach (var table in context.Bundle.Bundle.Tables.Where(t => WhyNotContext.OutputIndex(t, VariableCatalog.Category) >= 0))
        {
            Matrix(text, context, table, category, needs);
        }

        var grades = needs.Where(n => GradeRequirement.Applies(n.Variable)).DistinctBy(n => (n.Variable, n.Test.Text))
            .OrderBy(n => n.Variable == VariableCatalog.SafetyLevel ? 0 : 1).ToList();
        if (grades.Count > 0)
        {
            text.AppendLine("所需的等级与类别 (what those levels and classes would take):");
            foreach (var (variable, test) in grades)
            {
                GradeRequirement.Write(text, context, variable, test, "  ");
            }

            text.AppendLine();
        }

        var forcing = context.Bundle.ByPhase[Phase.Regime].Where(e => e.Rule?.Category == category && context.InForce(e)).ToList();
        text.AppendLine(forcing.Count == 0
            ? $"将监管类别定为 {category} 的监管方式 (regime rules that impose {category}): 没有 (none)"
            : $"将监管类别定为 {category} 的监管方式 (regime rules that impose {category}, whatever the matrix says):");
        foreach (var rule in forcing)
        {
            ElementBlock.Write(text, context, rule, "  ");
        }

        if (regimeRule?.Category is { } imposed && imposed != category && context.Bundle.Find(regimeRule.Id) is { } applied)
        {
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture,
                $"另：监管方式 {regimeRule.Regime} 在矩阵之后将类别定为 {imposed}，须其不成立 (the regime in force imposes {imposed} after the matrix; it would have to not apply):");
            ElementBlock.Write(text, context, applied, "  ");
        }
    }

    private static void Matrix(StringBuilder text, WhyNotContext context, TableSpec table, string category, List<(string, CellTest)> needs)
    {
        var output = WhyNotContext.OutputIndex(table, VariableCatalog.Category);
        var rows = table.Rows.Where(r => r.Outputs[output] == category && context.InForce(context.Bundle.Find(r.Id)!)).ToList();
        text.AppendLine(rows.Count == 0
            ? $"{table.Title} ({table.File}): 没有一行得出 {category} (no row gives {category})"
            : $"{table.Title} ({table.File}) 中得出 {category} 的行 (rows giving {category}):");
        foreach (var row in rows)
        {
            var element = context.Bundle.Find(row.Id)!;
            var fact = context.FactFor(element.Phase);
            var cells = RowTracer.Trace(table, row, context.Catalog, fact);
            var failing = new List<string>();
            var met = new List<string>();
            for (var i = 0; i < table.Inputs.Count; i++)
            {
                var variable = context.Catalog.Get(table.Inputs[i].Name);
                var value = ValueText.Of(variable, fact);
                if (cells[i].Failed)
                {
                    failing.Add($"{variable.Description} {variable.Name} 为 {ElementWords.Needs(row.Tests[i])}（实际 {value}）");
                    needs.Add((variable.Name, row.Tests[i]));
                }
                else if (row.Tests[i] is not AnyCell)
                {
                    met.Add($"{variable.Description} {value}");
                }
            }

            var sentence = failing.Count == 0
                ? "已匹配 (matches)"
                : "需要 (needs) " + string.Join(" 且 ", failing) + (met.Count == 0 ? "" : $"；已满足 (already met): {string.Join("、", met)}");
            text.AppendLine(CultureInfo.InvariantCulture, $"  {row.Id} {sentence}");
            TraceWriter.Write(text, cells, "    ");
            ElementLine.Basis(text, 0, element);
        }

        text.AppendLine();
    }
}
