using System.Globalization;
using System.Text.Json;

namespace Supervision.Draws.Protocol;

/// <summary>
/// Compares two JSON values as data: objects by their properties (in any order), arrays element by element, strings by
/// ordinal equality, and numbers as exact decimals (<c>1</c> equals <c>1.0</c>; never through binary floating point).
/// </summary>
public static class JsonEquivalence
{
    /// <summary>Where <paramref name="expected"/> and <paramref name="actual"/> differ (a JSON path and both values), at most <paramref name="limit"/>.</summary>
    public static IReadOnlyList<string> Differences(JsonElement expected, JsonElement actual, string path, int limit = 20)
    {
        var differences = new List<string>();
        Compare(expected, actual, path, differences, limit);
        return differences;
    }

    private static void Compare(JsonElement expected, JsonElement actual, string path, List<string> differences, int limit)
    {
        if (differences.Count >= limit)
        {
            return;
        }

        if (expected.ValueKind != actual.ValueKind && !(IsBoolean(expected) && IsBoolean(actual)))
        {
            differences.Add($"{path}: {Show(expected)} ≠ {Show(actual)}");
            return;
        }

        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
                var names = expected.EnumerateObject().Select(p => p.Name).Union(actual.EnumerateObject().Select(p => p.Name), StringComparer.Ordinal);
                foreach (var name in names)
                {
                    var hasExpected = expected.TryGetProperty(name, out var e);
                    var hasActual = actual.TryGetProperty(name, out var a);
                    if (hasExpected && hasActual)
                    {
                        Compare(e, a, $"{path}.{name}", differences, limit);
                    }
                    else if (differences.Count < limit)
                    {
                        differences.Add($"{path}.{name}: {(hasExpected ? Show(e) : "(absent)")} ≠ {(hasActual ? Show(a) : "(absent)")}");
                    }
                }

                break;
            case JsonValueKind.Array:
                var left = expected.EnumerateArray().ToList();
                var right = actual.EnumerateArray().ToList();
                if (left.Count != right.Count)
                {
                    differences.Add($"{path}: {left.Count} element(s) ≠ {right.Count}");
                }

                for (var i = 0; i < Math.Min(left.Count, right.Count); i++)
                {
                    Compare(left[i], right[i], $"{path}[{i}]", differences, limit);
                }

                break;
            case JsonValueKind.Number:
                if (!decimal.TryParse(expected.GetRawText(), NumberStyles.Float, CultureInfo.InvariantCulture, out var x)
                    || !decimal.TryParse(actual.GetRawText(), NumberStyles.Float, CultureInfo.InvariantCulture, out var y) || x != y)
                {
                    differences.Add($"{path}: {Show(expected)} ≠ {Show(actual)}");
                }

                break;
            case JsonValueKind.String:
                if (!string.Equals(expected.GetString(), actual.GetString(), StringComparison.Ordinal))
                {
                    differences.Add($"{path}: {Show(expected)} ≠ {Show(actual)}");
                }

                break;
            default:
                if (expected.ValueKind != actual.ValueKind)
                {
                    differences.Add($"{path}: {Show(expected)} ≠ {Show(actual)}");
                }

                break;
        }
    }

    private static bool IsBoolean(JsonElement element) => element.ValueKind is JsonValueKind.True or JsonValueKind.False;

    private static string Show(JsonElement element)
    {
        var text = element.GetRawText();
        return text.Length <= 80 ? text : text[..77] + "…";
    }
}
