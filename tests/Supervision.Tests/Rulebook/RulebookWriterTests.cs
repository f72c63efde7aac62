using System.Net;
using System.Text.RegularExpressions;
using Supervision.Rules.Rulebook;
using Supervision.Tests.Support;

namespace Supervision.Tests.Rulebook;

/// <summary>The published rulebook (事项公开) of the shipped bundle, in Markdown and HTML.</summary>
public sealed class RulebookWriterTests
{
    private static readonly Lazy<string> ShippedMarkdown = new(() => RulebookWriter.Markdown(ShippedBundle.Bundle.Bundle, ShippedBundle.Bundle.Catalog));
    private static readonly Lazy<string> ShippedHtml = new(() => RulebookWriter.Html(ShippedBundle.Bundle.Bundle, ShippedBundle.Bundle.Catalog));

    [Fact]
    public void Markdown_ShippedBundle_MentionsEveryRuleRowIndicatorAndBasis()
    {
        var book = ShippedMarkdown.Value;
        var bundle = ShippedBundle.Bundle.Bundle;

        Assert.All(bundle.Rules, r => Assert.Contains($"| {r.Id} |", book, StringComparison.Ordinal));
        Assert.All(bundle.Tables.SelectMany(t => t.Rows), r => Assert.Contains($"| {r.Id} |", book, StringComparison.Ordinal));
        Assert.All(bundle.Indicators, i => Assert.Contains($"| {i.Name} | {i.Description} |", book, StringComparison.Ordinal));
        Assert.All(bundle.Rules.Select(r => r.Basis).Concat(bundle.Tables.SelectMany(t => t.Rows).Select(r => r.Basis)),
            basis => Assert.Contains(basis, book, StringComparison.Ordinal));
        Assert.Contains(bundle.ContentHash, book, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_ShippedBundle_MentionsEveryRuleRowAndEncodedBasis()
    {
        var html = ShippedHtml.Value;
        var bundle = ShippedBundle.Bundle.Bundle;

        Assert.All(bundle.Rules, r => Assert.Contains($"<td>{r.Id}</td>", html, StringComparison.Ordinal));
        Assert.All(bundle.Tables.SelectMany(t => t.Rows), r => Assert.Contains($"<td>{r.Id}</td>", html, StringComparison.Ordinal));
        Assert.All(bundle.Rules.Select(r => r.Basis).Concat(bundle.Tables.SelectMany(t => t.Rows).Select(r => r.Basis)),
            basis => Assert.Contains(WebUtility.HtmlEncode(basis), html, StringComparison.Ordinal));
    }

    [Fact]
    public void Book_Conditions_AreRenderedInWordsWithTheirEffect()
    {
        var book = ShippedMarkdown.Value;

        Assert.Contains("若 构成重大危险源的数量 ≥ 1，则 扣 10 分", book, StringComparison.Ordinal);
        Assert.Contains("若 在经营异常名录中 且 列入经营异常名录已满月数 ≥ 24，则 扣 10 分", book, StringComparison.Ordinal);
        Assert.Contains("若 新开发的危险化学品生产工艺未经小试、中试和工业化试验直接进行工业化生产，则 直接判定为 红", book, StringComparison.Ordinal);
        Assert.Contains("则 适用 blacklist 监管方式，监管类别定为 I，抽查比例 100%", book, StringComparison.Ordinal);
        Assert.Contains("信用风险类别 为 A、B 之一", book, StringComparison.Ordinal);
        Assert.Contains("监管类别 I：抽查比例 30%，最少 1 家", book, StringComparison.Ordinal);
        Assert.Contains("唯一命中（unique）", book, StringComparison.Ordinal);
        Assert.Contains("| 长期 |", book, StringComparison.Ordinal);
        Assert.DoesNotContain("major_hazard_sources >=", book, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_ShippedBundle_IsASelfContainedWellFormedPage()
    {
        var html = ShippedHtml.Value;

        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">", html.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("<meta charset=\"utf-8\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        foreach (var tag in new[] { "html", "head", "body", "main", "table", "thead", "tbody", "tr", "td", "th", "p", "ul", "li", "h2", "h3", "nav", "style" })
        {
            Assert.Equal(Regex.Count(html, $"<{tag}[ >]"), Regex.Count(html, $"</{tag}>"));
        }

        Assert.Contains("&lt;60分", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<60", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_TextWithMarkup_IsEscaped()
    {
        using var bundle = new BundleCopy();
        bundle.Replace("evaluation/credit.yaml", "title: 列入经营异常名录\n", "title: \"列入<b>经营异常</b>名录 & 未移出\"\n");
        var (compiled, _) = bundle.Compile();

        var html = RulebookWriter.Html(compiled!.Bundle, compiled.Catalog);
        var markdown = RulebookWriter.Markdown(compiled.Bundle, compiled.Catalog);

        Assert.Contains("列入&lt;b&gt;经营异常&lt;/b&gt;名录 &amp; 未移出", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.Contains("列入\\<b>经营异常\\</b>名录 & 未移出", markdown, StringComparison.Ordinal);
    }
}
