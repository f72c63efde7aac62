using System.Buffers;
using System.Globalization;
using System.Text;

namespace Supervision.Model.Text;

/// <summary>
/// Characters that no data value may hold: C0 controls (NUL, BEL, ESC, tab, CR, LF…), DEL, C1 controls, and the
/// bidirectional formatting characters (embeddings, overrides and isolates U+202A–U+202E, U+2066–U+2069, the marks
/// U+200E, U+200F and U+061C) and the line and paragraph separators U+2028, U+2029. They make a terminal or an
/// editor show another text than the one stored (a right-to-left override reverses a name; ESC starts a terminal
/// command), so imports refuse them and whatever prints data escapes them.
/// </summary>
public static class UnsafeCharacters
{
    private static readonly SearchValues<char> Unsafe = SearchValues.Create(Build());

    /// <summary>Index of the first unsafe character of <paramref name="text"/>, or -1.</summary>
    public static int IndexOf(ReadOnlySpan<char> text) => text.IndexOfAny(Unsafe);

    public static bool IsUnsafe(char c) => Unsafe.Contains(c);

    /// <summary>The character as a reader can name it, e.g. "U+202E (right-to-left override)".</summary>
    public static string Describe(char c)
    {
        var code = ((int)c).ToString("X4", CultureInfo.InvariantCulture);
        return Name(c) is { } name ? $"U+{code} ({name})" : $"U+{code}";
    }

    /// <summary>
    /// The text with every unsafe character written as <c>\u{XXXX}</c>, for printing values to a terminal or a log; the
    /// text itself when it holds none.
    /// </summary>
    public static string Escape(string text) => Escape(text, keepLineBreaks: false);

    /// <summary>The same, for a multi-line text the program composed: its LF line ends are kept, every other unsafe character escaped.</summary>
    public static string EscapeKeepingLines(string text) => Escape(text, keepLineBreaks: true);

    private static string Escape(string text, bool keepLineBreaks)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = IndexOf(text);
        if (first < 0)
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (IsUnsafe(c) && !(keepLineBreaks && c == '\n'))
            {
                escaped.Append(CultureInfo.InvariantCulture, $"\\u{{{(int)c:X4}}}");
            }
            else
            {
                escaped.Append(c);
            }
        }

        return escaped.ToString();
    }

    private static string? Name(char c) => c switch
    {
        '\0' => "NUL",
        '\a' => "BEL",
        '\b' => "backspace",
        '\t' => "tab",
        '\n' => "line feed",
        '\r' => "carriage return",
        '\u001B' => "ESC",
        '\u007F' => "DEL",
        '\u061C' => "Arabic letter mark",
        '\u200E' => "left-to-right mark",
        '\u200F' => "right-to-left mark",
        '\u2028' => "line separator",
        '\u2029' => "paragraph separator",
        '\u202A' => "left-to-right embedding",
        '\u202B' => "right-to-left embedding",
        '\u202C' => "pop directional formatting",
        '\u202D' => "left-to-right override",
        '\u202E' => "right-to-left override",
        '\u2066' => "left-to-right isolate",
        '\u2067' => "right-to-left isolate",
        '\u2068' => "first strong isolate",
        '\u2069' => "pop directional isolate",
        < '\u0020' => "control character",
        >= '\u0080' and <= '\u009F' => "C1 control character",
        _ => null,
    };

    private static string Build()
    {
        var chars = new StringBuilder();
        for (var c = '\0'; c < '\u0020'; c++)
        {
            chars.Append(c);
        }

        chars.Append('\u007F');
        for (var c = '\u0080'; c <= '\u009F'; c++)
        {
            chars.Append(c);
        }

        return chars.Append("\u061C\u200E\u200F\u2028\u2029\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069").ToString();
    }
}
