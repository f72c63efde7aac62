using System.Text;

namespace Supervision.Rules.Rulebook;

/// <summary>Writes a <see cref="BookDocument"/> as CommonMark with GitHub tables.</summary>
internal static class MarkdownRenderer
{
    public static string Render(BookDocument document)
    {
        var text = new StringBuilder();
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case BookHeading heading:
                    text.Append('#', heading.Level).Append(' ').AppendLine(Escape(heading.Text));
                    break;
                case BookParagraph paragraph:
                    text.AppendLine(Escape(paragraph.Text));
                    break;
                case BookList list:
                    foreach (var item in list.Items)
                    {
                        text.Append("- ").AppendLine(Escape(item));
                    }

                    break;
                case BookTable table:
                    Row(text, table.Header);
                    Row(text, [.. table.Header.Select(_ => "---")]);
                    foreach (var row in table.Rows)
                    {
                        Row(text, row);
                    }

                    break;
            }

            text.AppendLine();
        }

        return text.ToString();
    }

    private static void Row(StringBuilder text, IReadOnlyList<string> cells)
        => text.Append("| ").AppendJoin(" | ", cells.Select(c => Escape(c).Replace("|", "\\|", StringComparison.Ordinal))).AppendLine(" |");

    /// <summary>
    /// Backslash-escapes the characters that would start Markdown syntax inside regulators' text (emphasis, code,
    /// links, raw HTML); '&lt;' only where it could open a tag, so that "&lt;60分" stays readable in the file.
    /// </summary>
    public static string Escape(string text)
    {
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var next = i + 1 < text.Length ? text[i + 1] : ' ';
            if (c is '\\' or '`' or '*' or '[' or ']' || (c == '<' && (char.IsAsciiLetter(next) || next is '/' or '!' or '?')))
            {
                result.Append('\\');
            }

            result.Append(c is '\r' or '\n' ? ' ' : c);
        }

        return result.ToString();
    }
}
