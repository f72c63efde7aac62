using System.Net;
using System.Text;

namespace Supervision.Rules.Rulebook;

/// <summary>Writes a <see cref="BookDocument"/> as one self-contained, printable HTML file (UTF-8, lang zh-CN).</summary>
internal static class HtmlRenderer
{
    private const string Style = """
        body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif;
               line-height: 1.6; color: #1f2328; margin: 0 auto; padding: 2rem 1.5rem; max-width: 1200px; }
        h1 { font-size: 1.6rem; border-bottom: 3px solid #a40000; padding-bottom: .4rem; }
        h2 { font-size: 1.3rem; margin-top: 2.2rem; border-bottom: 1px solid #d0d7de; padding-bottom: .2rem; }
        h3 { font-size: 1.1rem; margin-top: 1.6rem; }
        nav { background: #f6f8fa; border: 1px solid #d0d7de; padding: .6rem 1rem; }
        nav a { margin-right: 1.2rem; }
        table { border-collapse: collapse; width: 100%; margin: .8rem 0 1.2rem; font-size: .92rem; }
        th, td { border: 1px solid #d0d7de; padding: .35rem .55rem; vertical-align: top; text-align: left; }
        th { background: #eef1f4; }
        tr:nth-child(even) td { background: #fafbfc; }
        td:first-child { white-space: nowrap; font-family: ui-monospace, "SFMono-Regular", Consolas, monospace; }
        @media print { body { max-width: none; padding: 0; } nav { display: none; } tr { break-inside: avoid; } }
        """;

    public static string Render(BookDocument document)
    {
        var html = new StringBuilder();
        html.AppendLine("<!DOCTYPE html>");
        html.AppendLine("<html lang=\"zh-CN\">");
        html.AppendLine("<head>");
        html.AppendLine("<meta charset=\"utf-8\">");
        html.AppendLine("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        html.Append("<title>").Append(E(document.Title)).AppendLine("</title>");
        html.Append("<style>\n").Append(Style).AppendLine("</style>");
        html.AppendLine("</head>");
        html.AppendLine("<body>");
        html.AppendLine("<main>");
        var section = 0;
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case BookHeading { Level: 1 } title:
                    html.Append("<h1>").Append(E(title.Text)).AppendLine("</h1>");
                    Contents(html, document);
                    break;
                case BookHeading { Level: 2 } heading:
                    html.Append(Invariant($"<h2 id=\"part-{++section}\">")).Append(E(heading.Text)).AppendLine("</h2>");
                    break;
                case BookHeading heading:
                    html.Append(Invariant($"<h{heading.Level}>")).Append(E(heading.Text)).AppendLine(Invariant($"</h{heading.Level}>"));
                    break;
                case BookParagraph paragraph:
                    html.Append("<p>").Append(E(paragraph.Text)).AppendLine("</p>");
                    break;
                case BookList list:
                    html.AppendLine("<ul>");
                    foreach (var item in list.Items)
                    {
                        html.Append("<li>").Append(E(item)).AppendLine("</li>");
                    }

                    html.AppendLine("</ul>");
                    break;
                case BookTable table:
                    Table(html, table);
                    break;
            }
        }

        html.AppendLine("</main>");
        html.AppendLine("</body>");
        html.AppendLine("</html>");
        return html.ToString();
    }

    private static void Contents(StringBuilder html, BookDocument document)
    {
        var parts = document.Blocks.OfType<BookHeading>().Where(h => h.Level == 2).ToList();
        html.Append("<nav>");
        for (var i = 0; i < parts.Count; i++)
        {
            html.Append(Invariant($"<a href=\"#part-{i + 1}\">")).Append(E(parts[i].Text)).Append("</a>");
        }

        html.AppendLine("</nav>");
    }

    private static void Table(StringBuilder html, BookTable table)
    {
        html.AppendLine("<table>");
        html.Append("<thead><tr>");
        foreach (var cell in table.Header)
        {
            html.Append("<th>").Append(E(cell)).Append("</th>");
        }

        html.AppendLine("</tr></thead>");
        html.AppendLine("<tbody>");
        foreach (var row in table.Rows)
        {
            html.Append("<tr>");
            foreach (var cell in row)
            {
                html.Append("<td>").Append(E(cell)).Append("</td>");
            }

            html.AppendLine("</tr>");
        }

        html.AppendLine("</tbody>");
        html.AppendLine("</table>");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);
}
