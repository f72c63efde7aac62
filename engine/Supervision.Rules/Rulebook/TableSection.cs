using Supervision.Rules.Bundle;
using Supervision.Rules.Language;

namespace Supervision.Rules.Rulebook;

/// <summary>Part four: every decision table with its hit policy in words and every row with its basis.</summary>
internal static class TableSection
{
    public static void Add(List<BookBlock> blocks, RuleBundle bundle, VariableCatalog catalog)
    {
        blocks.Add(new BookHeading(2, "四、决策表"));
        foreach (var table in bundle.Tables)
        {
            blocks.Add(new BookHeading(3, $"{table.Title}（{table.Id}）"));
            var inputs = table.Inputs.Select(i => $"{Name(catalog, i.Name)}（{i.Name}{(i.Domain is { } d ? "，取值 " + CellWords.Input(d) : "")}）");
            var outputs = table.Outputs.Select(o => $"{CellWords.OutputName(o, catalog)}（{o}）");
            blocks.Add(new BookParagraph($"文件 {table.File}。输入：{string.Join("、", inputs)}；输出：{string.Join("、", outputs)}。"));
            blocks.Add(new BookParagraph(HitPolicy(table, catalog)));
            blocks.Add(new BookTable(
                ["编号", .. table.Inputs.Select(i => Name(catalog, i.Name)), .. table.Outputs.Select(o => CellWords.OutputName(o, catalog)), "依据", "有效期", "来源"],
                [.. table.Rows.Select(r => (IReadOnlyList<string>)
                [
                    r.Id, .. r.Tests.Select(CellWords.Input), .. r.Outputs.Select((v, i) => CellWords.Output(table.Outputs[i], v)),
                    r.Basis, Validity.Of(r), RulebookBuilder.Source(r.Location),
                ])]));
        }
    }

    private static string HitPolicy(TableSpec table, VariableCatalog catalog) => table.HitPolicy switch
    {
        Bundle.HitPolicy.Unique => "命中规则：唯一命中（unique）。任何一家企业恰好适用其中一行；规则检查（supervision rules check）已验证各行互不重叠，且覆盖输入的全部取值。",
        _ => $"命中规则：优先命中（priority）。多行同时适用时，取“{CellWords.OutputName(table.Outputs[0], catalog)}”排序最靠前（风险最高）的一行；"
            + "规则检查已验证输入的全部取值都有适用的行。",
    };

    private static string Name(VariableCatalog catalog, string name) => catalog.Find(name)?.Description ?? name;
}
