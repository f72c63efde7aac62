using Supervision.Rules.Bundle;
using Supervision.Rules.Language;

namespace Supervision.Rules.Rulebook;

/// <summary>
/// Renders a bundle as its published rulebook ("事项公开"): every indicator, rule, table and ratio in plain language
/// with legal basis, validity and source line, as Markdown or as one self-contained HTML page.
/// </summary>
/// <remarks>Stateless and thread-safe. Give it a bundle that passed <c>rules check</c>: the book states that unique tables were proven complete and free of overlaps.</remarks>
public static class RulebookWriter
{
    public static string Markdown(RuleBundle bundle, VariableCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        ArgumentNullException.ThrowIfNull(catalog);
        return MarkdownRenderer.Render(RulebookBuilder.Build(bundle, catalog));
    }

    public static string Html(RuleBundle bundle, VariableCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        ArgumentNullException.ThrowIfNull(catalog);
        return HtmlRenderer.Render(RulebookBuilder.Build(bundle, catalog));
    }
}
