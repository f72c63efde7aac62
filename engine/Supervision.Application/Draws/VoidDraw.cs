using System.Globalization;
using System.Net;
using System.Text;
using Supervision.Data.Draws;
using Supervision.Storage;
using Supervision.Storage.Runs;

namespace Supervision.Application.Draws;

/// <summary>
/// Voiding a draw (作废): an explicit act with a reason, never a silent re-draw. The draw's plans and periods are released
/// in the ledger (the void listed in its <c>voids.csv</c>), and a void notice (抽查作废公告) is written beside the draw's
/// files for publication, so that the public sees that a draw was set aside, by whom and why, before any other is made.
/// </summary>
public static class VoidDraw
{
    /// <summary>The void notice's file name.</summary>
    public const string NoticeFile = "void-notice.html";

    /// <summary>Voids <paramref name="drawId"/>; returns the released claims (none when the ledger does not hold the draw).</summary>
    public static IReadOnlyList<LedgerEntry> Run(DrawLedger ledger, string drawId, string reason, string actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        var claims = ledger.Void(drawId, reason, actor, at);
        foreach (var location in claims.Select(c => c.Location).Distinct(StringComparer.Ordinal).Where(Directory.Exists))
        {
            File.WriteAllText(Path.Combine(location, NoticeFile), Notice(drawId, claims, reason, actor, at), new UTF8Encoding(false));
        }

        return claims;
    }

    /// <summary>
    /// Voids a draw kept in PostgreSQL (the nightly run's): the draw is marked cancelled, its plans and periods released
    /// and the void appended to the audit log, in one transaction. Returns the plans and periods released, or null when
    /// the database holds no such draw (or it was voided before).
    /// </summary>
    public static Task<IReadOnlyList<string>?> InDatabaseAsync(
        Database database, TimeProvider clock, string drawId, string reason, string actor, CancellationToken cancellationToken)
        => new DrawVoids(database, clock).VoidAsync(drawId, reason, actor, cancellationToken);

    private static string Notice(string drawId, IReadOnlyList<LedgerEntry> claims, string reason, string actor, DateTimeOffset at)
    {
        static string E(string text) => WebUtility.HtmlEncode(text);
        var plans = string.Join("", claims.Select(c => string.Create(CultureInfo.InvariantCulture,
            $"<li>{E(c.PlanId)}（{c.PeriodFrom:yyyy-MM-dd} 至 {c.PeriodTo:yyyy-MM-dd}）</li>")));
        return string.Create(CultureInfo.InvariantCulture, $"""
            <!DOCTYPE html>
            <html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>抽查作废公告 {E(drawId)}</title>
            <style>body{"{"}font-family:"Noto Sans SC","Microsoft YaHei",sans-serif;max-width:60em;margin:2em auto;padding:0 1em;line-height:1.6;color:#222{"}"}</style></head><body>
            <h1>抽查作废公告</h1>
            <p>抽查编号 <code>{E(drawId)}</code> 于 {at.UtcDateTime:yyyy-MM-dd HH:mm} (UTC) 作废，作废人：{E(actor)}。</p>
            <p>作废理由：{E(reason)}</p>
            <p>涉及的抽查计划及期间（可重新抽取，重新抽取将另行公告）：</p>
            <ul>{plans}</ul>
            </body></html>

            """);
    }
}
