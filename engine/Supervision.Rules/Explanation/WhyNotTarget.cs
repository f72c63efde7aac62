using System.Text;
using Supervision.Rules.Compilation;
using Supervision.Rules.Language;

namespace Supervision.Rules.Explanation;

/// <summary>What `--why-not` asks about: a supervision category, or one rule or table row.</summary>
/// <param name="Category">The category, or null.</param>
/// <param name="Element">The rule or table row, or null.</param>
internal sealed record WhyNotTarget(string? Category, Element? Element)
{
    /// <summary>The category or element <paramref name="name"/> names (exactly, else ignoring case); null when none.</summary>
    public static WhyNotTarget? Resolve(CompiledBundle bundle, string name)
    {
        var categories = bundle.Bundle.Manifest.Categories;
        if (categories.Contains(name, StringComparer.Ordinal))
        {
            return new WhyNotTarget(name, null);
        }

        if (bundle.Find(name) is { } element)
        {
            return new WhyNotTarget(null, element);
        }

        var category = categories.Where(c => string.Equals(c, name, StringComparison.OrdinalIgnoreCase)).ToList();
        var elements = bundle.Elements.Where(e => string.Equals(e.Id, name, StringComparison.OrdinalIgnoreCase)).ToList();
        return (category.Count, elements.Count) switch
        {
            (1, 0) => new WhyNotTarget(category[0], null),
            (0, 1) => new WhyNotTarget(null, elements[0]),
            _ => null,
        };
    }

    /// <summary>Why <paramref name="name"/> is not a target, with a "did you mean" and every valid category and id.</summary>
    public static string Problem(CompiledBundle bundle, string name)
    {
        var manifest = bundle.Bundle.Manifest;
        var ids = bundle.Elements.Select(e => e.Id).ToList();
        var text = new StringBuilder();
        text.Append($"--why-not '{name}': not a supervision category, rule or table row of bundle {manifest.Id} {manifest.Version}");
        text.AppendLine(NameSuggestion.For(name, [.. manifest.Categories, .. ids]));
        text.AppendLine($"监管类别 (categories): {string.Join(", ", manifest.Categories)}");
        text.AppendLine($"规则 (rules): {string.Join(", ", bundle.Elements.Where(e => e.Kind == ElementKind.Rule).Select(e => e.Id))}");
        text.AppendLine($"表格行 (table rows): {string.Join(", ", bundle.Elements.Where(e => e.Kind == ElementKind.TableRow).Select(e => e.Id))}");
        return text.ToString();
    }
}
