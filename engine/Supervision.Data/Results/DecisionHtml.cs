using System.Globalization;
using System.Net;
using System.Text;

namespace Supervision.Data.Results;

/// <summary>
/// decisions.html: one printable page per finding, in the form of a notice to the enterprise (告知) — the violation,
/// the recommended outcome and why, both legal bases, the education step and the follow-up — for the inspectors to
/// review and hand over. Shows no category, pool or credit class.
/// </summary>
public static class DecisionHtml
{
    public const string File = "decisions.html";

    public static void Write(string path, IReadOnlyList<DecidedFinding> decided, IReadOnlyDictionary<string, string> names,
        Func<DecidedFinding, string> violation, DateOnly asOf)
    {
        static string E(string? text) => WebUtility.HtmlEncode(text ?? "");
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $$"""
            <!DOCTYPE html>
            <html lang="zh-CN"><head><meta charset="utf-8"><title>检查发现问题处理建议 {{DecisionCsv.Iso(asOf)}}</title>
            <style>body{font-family:"Noto Sans SC","Microsoft YaHei",sans-serif;max-width:60em;margin:2em auto;line-height:1.7;color:#222}
            section{border:1px solid #bbb;padding:1em 1.5em;margin:1.5em 0;page-break-inside:avoid}th{text-align:left;width:9em;vertical-align:top;color:#555}
            .outcome{font-size:1.2em;font-weight:bold}</style></head><body>
            <h1>检查发现问题处理建议</h1>
            <p>建议日期 {{DecisionCsv.Iso(asOf)}}，共 {{decided.Count}} 项。依据包容免罚清单提出，由执法部门依法作出决定。</p>
            """);
        foreach (var d in decided)
        {
            var decision = d.Decision;
            var words = violation(d);
            html.Append(CultureInfo.InvariantCulture, $"""
                <section><h2>{E(names.GetValueOrDefault(d.Result.Uscc, d.Result.Uscc))}</h2><table>
                <tr><th>统一社会信用代码</th><td>{E(d.Result.Uscc)}</td></tr>
                <tr><th>检查</th><td>{E(d.Result.Department)} {DecisionCsv.Iso(d.Result.Date)}，检查事项 {E(d.Finding.Item)}（任务 {E(d.Result.TaskId)}）</td></tr>
                <tr><th>发现问题</th><td>{E(words.Length > 0 ? $"{words}（{d.Finding.ViolationCode}）" : d.Finding.ViolationCode)}</td></tr>
                <tr><th>处理建议</th><td class="outcome">{E(ResultWords.Of(decision.Outcome))}{(decision.ItemNo is null ? "" : $"（清单第 {E(decision.ItemNo)} 项，{E(decision.Modality)}）")}</td></tr>
                <tr><th>理由</th><td>{E(decision.Reason)}</td></tr>
                <tr><th>处罚依据</th><td>{E(decision.PenaltyBasis)}</td></tr>
                <tr><th>不予/减轻/从轻依据</th><td>{E(decision.ExemptionBasis)}</td></tr>
                <tr><th>教育措施</th><td>{E(decision.Education)}</td></tr>
                <tr><th>配套监管措施</th><td>{E(decision.FollowUp)}</td></tr>
                </table></section>
                """);
        }

        html.Append("</body></html>\n");
        System.IO.File.WriteAllText(path, html.ToString(), new UTF8Encoding(false));
    }
}
