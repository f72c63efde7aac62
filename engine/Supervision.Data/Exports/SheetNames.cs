using System.Globalization;
using System.Text;

namespace Supervision.Data.Exports;

/// <summary>
/// Turns report titles into worksheet names Excel accepts: 1 to 31 characters, none of : \ / ? * [ ], not starting or
/// ending with an apostrophe, not the reserved "History", and unique without regard to case (Excel refuses to open a
/// workbook that breaks any of these).
/// </summary>
internal static class SheetNames
{
    public const int MaxLength = 31;

    private const string Forbidden = ":\\/?*[]";

    /// <summary>One name per title, in order; a repeated name gets " (2)", " (3)" … within the 31 characters.</summary>
    public static IReadOnlyList<string> For(IEnumerable<string?> titles)
    {
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var names = new List<string>();
        foreach (var title in titles)
        {
            var name = Clean(title, names.Count + 1);
            var unique = name;
            for (var n = 2; !taken.Add(unique); n++)
            {
                var suffix = string.Create(CultureInfo.InvariantCulture, $" ({n})");
                unique = Truncate(name, MaxLength - suffix.Length) + suffix;
            }

            names.Add(unique);
        }

        return names;
    }

    private static string Clean(string? title, int position)
    {
        var text = new StringBuilder();
        foreach (var c in title ?? string.Empty)
        {
            text.Append(Forbidden.Contains(c, StringComparison.Ordinal) || char.IsControl(c) ? '_' : c);
        }

        var name = Truncate(text.ToString().Trim().Trim('\''), MaxLength).Trim().Trim('\'');
        return name.Length == 0 || name.Equals("History", StringComparison.OrdinalIgnoreCase)
            ? string.Create(CultureInfo.InvariantCulture, $"Sheet{position}")
            : name;
    }

    /// <summary>Cuts to at most <paramref name="length"/> UTF-16 units without splitting a surrogate pair (rare CJK characters).</summary>
    private static string Truncate(string text, int length)
    {
        if (text.Length <= length)
        {
            return text;
        }

        return char.IsHighSurrogate(text[length - 1]) ? text[..(length - 1)] : text[..length];
    }
}
