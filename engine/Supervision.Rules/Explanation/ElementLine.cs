using System.Globalization;
using System.Text;
using Supervision.Rules.Compilation;
using Supervision.Rules.Language;
using Supervision.Rules.Scoring;

namespace Supervision.Rules.Explanation;

/// <summary>An element in one line with the values it read, then its legal basis and source location.</summary>
internal static class ElementLine
{
    public static void Write(StringBuilder text, string prefix, Element element, VariableCatalog catalog, DecisionFact fact, string? result)
    {
        var values = element.Reads.Count == 0
            ? ""
            : " [" + string.Join(", ", element.Reads.Select(n => $"{n} = {ValueText.Of(catalog.Get(n), fact)}")) + "]";
        text.AppendLine(CultureInfo.InvariantCulture, $"{prefix}{element.Id} {element.Title}{values}{(result is null ? "" : " " + result)}");
        Basis(text, prefix.Length, element);
    }

    /// <summary>"依据 … · file:line:column", indented under an element's line.</summary>
    public static void Basis(StringBuilder text, int indent, Element element)
        => text.AppendLine(CultureInfo.InvariantCulture, $"{new string(' ', indent + 4)}依据 {element.Basis} · {element.Location}");
}
