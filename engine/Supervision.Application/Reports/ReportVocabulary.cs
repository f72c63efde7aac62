using Supervision.Rules.Compilation;

namespace Supervision.Application.Reports;

/// <summary>
/// The words a report orders and explains by, from the rule bundle: categories, safety levels, credit classes and regimes
/// in the bundle's order (most severe first), and each rule's title and legal basis by id. A value the bundle does not
/// know (a run scored under an earlier bundle) sorts after the known ones; an evaluation error shows as <see cref="ErrorLabel"/>.
/// </summary>
public sealed class ReportVocabulary
{
    /// <summary>How an empty category or level (an evaluation error) is shown.</summary>
    public const string ErrorLabel = "评估出错";

    private readonly Dictionary<string, (string Title, string Basis)> elements = new(StringComparer.Ordinal);

    public ReportVocabulary(CompiledBundle bundle)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        var manifest = bundle.Bundle.Manifest;
        Categories = manifest.Categories;
        SafetyLevels = manifest.SafetyLevels;
        CreditClasses = manifest.CreditClasses;
        Regimes = [.. manifest.Regimes, Rules.Bundle.BundleManifest.RoutineRegime];
        BundleHash = bundle.Bundle.ContentHash;
        foreach (var element in bundle.Elements)
        {
            elements.TryAdd(element.Id, (element.Title, element.Basis));
        }
    }

    public IReadOnlyList<string> Categories { get; }

    public IReadOnlyList<string> SafetyLevels { get; }

    public IReadOnlyList<string> CreditClasses { get; }

    public IReadOnlyList<string> Regimes { get; }

    /// <summary>The bundle the titles and bases come from.</summary>
    public string BundleHash { get; }

    /// <summary>The title and legal basis of a rule or table row, or null when the bundle has no such id.</summary>
    public (string Title, string Basis)? Element(string id) => elements.TryGetValue(id, out var found) ? found : null;

    /// <summary>A value as shown: itself, or <see cref="ErrorLabel"/> for the empty value of an evaluation error.</summary>
    public static string Label(string value) => value.Length == 0 ? ErrorLabel : value;

    /// <summary><paramref name="values"/> in the order of <paramref name="known"/>, unknown values after them in ordinal order, the empty value last.</summary>
    public static IReadOnlyList<string> Order(IEnumerable<string> values, IReadOnlyList<string> known)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(known);
        return [.. values.Distinct(StringComparer.Ordinal)
            .OrderBy(v => v.Length == 0 ? 2 : known.Contains(v) ? 0 : 1)
            .ThenBy(v => known.Contains(v) ? IndexOf(known, v) : 0)
            .ThenBy(v => v, StringComparer.Ordinal)];
    }

    private static int IndexOf(IReadOnlyList<string> list, string value)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (string.Equals(list[i], value, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
