using Supervision.Rules.Bundle;
using Supervision.Rules.Language;

namespace Supervision.Rules.Rulebook;

/// <summary>Part five: the inspection ratios as sentences, "监管类别 I：抽查比例 30%，最少 1 家", and the regimes that override them.</summary>
internal static class RatioSection
{
    public static void Add(List<BookBlock> blocks, RuleBundle bundle, VariableCatalog catalog)
    {
        blocks.Add(new BookHeading(2, "五、分类抽查比例"));
        var items = new List<string>();
        foreach (var table in bundle.Tables.Where(t => t.Outputs.Contains("ratio")))
        {
            items.AddRange(table.Rows.Select(row => $"{Label(table, row, catalog)}：{Outcome(table, row)}（{row.Id}；依据：{row.Basis}；有效期：{Validity.Of(row)}）"));
        }

        foreach (var rule in bundle.Rules.Where(r => r.Kind == EvaluationKind.Regime && (r.Ratio is not null || r.Category is not null)))
        {
            items.Add($"监管方式 {rule.Regime}：{RuleSection.Effect(rule)}，优先于上述比例（{rule.Id}；依据：{rule.Basis}；有效期：{Validity.Of(rule)}）");
        }

        blocks.Add(new BookParagraph("每类企业的抽查家数为该类企业数乘以抽查比例（向上取整），不少于最少抽查家数，且不超过该类企业总数。"));
        blocks.Add(new BookList(items));
    }

    private static string Label(TableSpec table, TableRow row, VariableCatalog catalog)
    {
        var parts = table.Inputs.Select((input, i) => (Name: catalog.Find(input.Name)?.Description ?? input.Name, Test: row.Tests[i]))
            .Where(p => p.Test is not AnyCell)
            .Select(p => p.Test is ValueSetCell { Negated: false, Values.Count: 1 } single ? $"{p.Name} {single.Values[0]}" : $"{p.Name} {CellWords.Input(p.Test)}")
            .ToList();
        return parts.Count == 0 ? "所有企业" : string.Join("，", parts);
    }

    private static string Outcome(TableSpec table, TableRow row)
    {
        string? Value(string output) => table.Outputs.ToList().IndexOf(output) is var i and >= 0 ? row.Outputs[i] : null;
        var parts = new List<string>();
        if (Value("ratio") is { } ratio)
        {
            parts.Add($"抽查比例 {CellWords.Output("ratio", ratio)}");
        }

        if (Value("min_count") is { } min)
        {
            parts.Add($"最少 {min} 家");
        }

        if (Value("exempt") == "true")
        {
            parts.Add("免于常规抽查");
        }

        return string.Join("，", parts);
    }
}
