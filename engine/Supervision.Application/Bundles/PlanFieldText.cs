using System.Text;
using System.Text.RegularExpressions;

namespace Supervision.Application.Bundles;

/// <summary>
/// The top-level fields of a plan file (plans/*.yaml) read and replaced as text, so that everything else — comments,
/// key order, indentation, the block values — stays as the author wrote it: replacing a field's value rewrites only the
/// value's characters on its line and keeps the key, the spacing and the trailing <c># comment</c>.
/// </summary>
public static partial class PlanFieldText
{
    /// <summary>The fields in file order.</summary>
    public static IReadOnlyList<PlanField> Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return [.. Lines(text).Select((line, i) => Field(line.Text, i + 1)).OfType<PlanField>()];
    }

    /// <summary>
    /// The file with the editable fields named in <paramref name="values"/> given those values (the same text for
    /// those unchanged). A comment keeps its column when the new value leaves room for it.
    /// </summary>
    /// <exception cref="DraftEditRefusedException">An unknown or block field, or a value that is empty, not one line, or would end in a comment.</exception>
    public static string With(string text, IReadOnlyDictionary<string, string> values, string file)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(values);
        var fields = Read(text).ToDictionary(f => f.Key, StringComparer.Ordinal);
        foreach (var (key, value) in values)
        {
            if (!fields.TryGetValue(key, out var field) || !field.Editable)
            {
                throw new DraftEditRefusedException($"{file}: “{key}”不是可在此修改的单行字段，请用文件编辑器修改（not a one-line top-level field）");
            }

            var trimmed = value.Trim();
            if (trimmed.Length == 0 || trimmed.Contains('\n', StringComparison.Ordinal) || trimmed.Contains('\r', StringComparison.Ordinal)
                || Field($"{key}: {trimmed}", field.Line) is not { Editable: true, Comment: null } parsed || parsed.Value != trimmed)
            {
                throw new DraftEditRefusedException(
                    $"{file}:{field.Line}: “{key}”的值须为一行且不能为空，不能以“ #”开始注释（the value must be one non-empty line, with no ' #' comment）：{value}");
            }
        }

        var result = new StringBuilder(text.Length + 64);
        var number = 0;
        foreach (var (line, end) in Lines(text))
        {
            number++;
            if (Field(line, number) is { } field && values.TryGetValue(field.Key, out var value) && value.Trim() != field.Value)
            {
                result.Append(Replace(line, field, value.Trim()));
            }
            else
            {
                result.Append(line);
            }

            result.Append(end);
        }

        return result.ToString();
    }

    private static string Replace(string line, PlanField field, string value)
    {
        var match = KeyLine().Match(line);
        var rest = match.Groups["rest"].Value;
        var gap = rest.Length - rest.TrimStart().Length;
        var head = line[..(match.Groups["rest"].Index + gap)] + value;
        if (field.Comment is null)
        {
            return head;
        }

        var commentAt = match.Groups["rest"].Index + CommentStart(rest)!.Value;
        return head + new string(' ', Math.Max(commentAt - head.Length, 1)) + line[commentAt..];
    }

    private static PlanField? Field(string line, int number)
    {
        var match = KeyLine().Match(line);
        if (!match.Success)
        {
            return null;
        }

        var rest = match.Groups["rest"].Value;
        var commentStart = CommentStart(rest);
        var value = (commentStart is { } at ? rest[..at] : rest).Trim();
        var comment = commentStart is { } c ? rest[(c + 1)..].Trim() : null;
        var editable = value.Length > 0 && value[0] is not ('|' or '>') && Closed(value);
        return new PlanField(match.Groups["key"].Value, value, comment, number, editable);
    }

    // Where " #" starts a comment, outside quotes (a quote opens a quoted scalar only where a value may start).
    private static int? CommentStart(string rest)
    {
        char? quote = null;
        for (var i = 0; i < rest.Length; i++)
        {
            var c = rest[i];
            if (quote is { } q)
            {
                if (c == q && q == '\'' && i + 1 < rest.Length && rest[i + 1] == '\'')
                {
                    i++;
                }
                else if (c == q && (q == '\'' || rest[i - 1] != '\\'))
                {
                    quote = null;
                }
            }
            else if (c is '"' or '\'' && (i == 0 || rest[i - 1] is ' ' or '\t' or '[' or '{' or ','))
            {
                quote = c;
            }
            else if (c == '#' && i > 0 && rest[i - 1] is ' ' or '\t')
            {
                return i;
            }
        }

        return null;
    }

    // A value is on its line when its quotes and flow brackets close there.
    private static bool Closed(string value)
    {
        if (value[0] is '"' or '\'')
        {
            return value.Length > 1 && value[^1] == value[0];
        }

        if (value[0] is not ('[' or '{'))
        {
            return true;
        }

        var depth = 0;
        foreach (var c in value)
        {
            depth += c is '[' or '{' ? 1 : c is ']' or '}' ? -1 : 0;
        }

        return depth == 0 && value[^1] is ']' or '}';
    }

    private static IEnumerable<(string Text, string End)> Lines(string text)
    {
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                yield return (text[start..], "");
                yield break;
            }

            var cr = end > start && text[end - 1] == '\r';
            yield return (text[start..(cr ? end - 1 : end)], cr ? "\r\n" : "\n");
            start = end + 1;
        }
    }

    [GeneratedRegex(@"^(?<key>[A-Za-z_][A-Za-z0-9_.-]*):(?<rest>(?:[ \t].*)?)$")]
    private static partial Regex KeyLine();
}
