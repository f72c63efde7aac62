using System.Globalization;
using System.Net;
using System.Text;
using Supervision.Draws.Record;

namespace Supervision.Data.Results;

/// <summary>The printable HTML form of the results notice.</summary>
internal static class ResultsNoticeHtml
{
    public static string Render(DrawRecord record, IReadOnlyList<IReadOnlyList<string?>> rows, DateOnly asOf)
    {
        static string E(string? text) => WebUtility.HtmlEncode(text ?? "");
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $$"""
            <!DOCTYPE html>
            <html lang="zh-CN"><head><meta charset="utf-8"><title>{{E(string.Join("；", record.Plans.Select(p => p.Title)))}} 抽查结果公示</title>
            <style>body{font-family:"Noto Sans SC","Microsoft YaHei",sans-serif;max-width:72em;margin:2em auto;line-height:1.6;color:#222}
            table{border-collapse:collapse;width:100%;margin:1em 0}th,td{border:1px solid #bbb;padding:.3em .5em;text-align:left;vertical-align:top}
            th{background:#f0f0f0}.late{color:#b00;font-weight:bold}code{font-size:.85em;word-break:break-all}</style></head><body>
            <h1>随机抽查结果公示</h1>
            <p>抽查编号 <code>{{E(record.DrawId)}}</code>；公示日期 {{DecisionCsv.Iso(asOf)}}；共 {{rows.Count}} 户次。</p>
            <p>依据《企业信息公示暂行条例》第六条，抽查检查结果自检查之日起 {{record.Plans[0].PublicationWorkingDays}} 个工作日内向社会公示；
            对不予行政处罚的，执法部门已依照《中华人民共和国行政处罚法》第三十三条对当事人进行教育。</p>
            <table><tr><th>统一社会信用代码</th><th>企业名称</th><th>检查部门</th><th>检查日期</th><th>检查事项</th><th>检查结果及处理</th><th>整改情况</th><th>公示截止</th><th></th></tr>
            """);
        foreach (var row in rows)
        {
            html.Append(CultureInfo.InvariantCulture,
                $"<tr><td>{E(row[0])}</td><td>{E(row[1])}</td><td>{E(row[2])}</td><td>{E(row[3])}</td><td>{E(row[4])}</td><td>{E(row[5])}</td><td>{E(row[6])}</td><td>{E(row[7])}</td><td class=\"late\">{E(row[9])}</td></tr>\n");
        }

        html.Append("</table>\n</body></html>\n");
        return html.ToString();
    }
}
