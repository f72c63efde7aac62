using System.Globalization;
using System.Net;
using System.Text;

namespace Supervision.Application.Publication;

/// <summary>
/// The audit chain's head printed in a public notice as it is published: "before this notice, the log held entries
/// 1…seq and the last hashed to hash". Whoever keeps the notice holds a witness of the chain outside the database: a log
/// later cut short or rewritten no longer holds that entry with that hash (<c>supervision audit verify --head seq:hash</c>).
/// </summary>
public static class NoticeAnchor
{
    private const string Marker = "<p class=\"audit-anchor\">";

    /// <summary>The paragraph printed in the notice.</summary>
    public static string Paragraph(long seq, string hash)
        => string.Create(CultureInfo.InvariantCulture,
            $"{Marker}审计日志锚点：本公告发布前，审计日志（哈希链）共有 {seq} 条记录，第 {seq} 条的哈希为 <code>{WebUtility.HtmlEncode(hash)}</code>；"
            + $"本公告的 SHA-256 记入其后的审计记录。日后若日志被截短或改写，第 {seq} 条将不再是这个哈希，持有本公告的任何人都可核查"
            + $"（<code>supervision audit verify --head {seq}:{WebUtility.HtmlEncode(hash)}</code>）。</p>\n");

    /// <summary>
    /// Prints the head in the HTML notice at <paramref name="path"/>, before its closing body tag (replacing the head an
    /// earlier, unpublished stamping printed).
    /// </summary>
    public static void Stamp(string path, long seq, string hash)
        => File.WriteAllText(path, Stamped(File.ReadAllText(path, Encoding.UTF8), seq, hash, path), new UTF8Encoding(false));

    /// <summary>The HTML notice <paramref name="html"/> with the head printed as <see cref="Stamp"/> prints it.</summary>
    public static string Stamped(string html, long seq, string hash, string name = "notice")
    {
        ArgumentNullException.ThrowIfNull(html);
        var earlier = html.IndexOf(Marker, StringComparison.Ordinal);
        if (earlier >= 0)
        {
            var end = html.IndexOf("</p>\n", earlier, StringComparison.Ordinal);
            html = html.Remove(earlier, end + "</p>\n".Length - earlier);
        }

        var body = html.LastIndexOf("</body>", StringComparison.Ordinal);
        if (body < 0)
        {
            throw new InvalidDataException($"{name}: not an HTML notice (no </body>)");
        }

        return html.Insert(body, Paragraph(seq, hash));
    }
}
