using Supervision.Rules.Bundle;
using Supervision.Rules.Language;

namespace Supervision.Rules.Rulebook;

/// <summary>
/// Builds the published rulebook ("事项公开") of a bundle: its identity, every indicator, every rule in plain words,
/// every decision table and the inspection ratios, each with its legal basis, validity and source line.
/// </summary>
internal static class RulebookBuilder
{
    public static BookDocument Build(RuleBundle bundle, VariableCatalog catalog)
    {
        var blocks = new List<BookBlock>();
        var manifest = bundle.Manifest;
        blocks.Add(new BookHeading(1, manifest.Title));
        blocks.Add(new BookParagraph(
            "本文件是规则集的事项公开文本：列出评估使用的全部指标、规则、决策表和抽查比例，每一项均注明法律依据、有效期及其在规则集中的来源位置"
            + "（文件:行）。条件中的指标以其含义表述；规则集文件为准。"));
        OverviewSection.Add(blocks, bundle, catalog);
        IndicatorSection.Add(blocks, bundle, catalog);
        RuleSection.Add(blocks, bundle, new ConditionWriter(catalog));
        TableSection.Add(blocks, bundle, catalog);
        RatioSection.Add(blocks, bundle, catalog);
        blocks.Add(new BookParagraph(
            $"本文件由 supervision rules book 根据规则集 {manifest.Id} 版本 {manifest.Version}（内容指纹 SHA-256 {bundle.ContentHash}）自动生成。"));
        return new BookDocument(manifest.Title, blocks);
    }

    /// <summary>"file:line" of a location, as regulators look it up.</summary>
    public static string Source(Diagnostics.SourceLocation location) => $"{location.File}:{location.Line}";

    /// <summary>The title of the table producing <paramref name="output"/>, for cross references.</summary>
    public static string TableTitle(RuleBundle bundle, string output)
        => bundle.Tables.FirstOrDefault(t => t.Outputs.Contains(output)) is { } table ? $"“{table.Title}”表（{table.Id}）" : "相应决策表";
}
