using System.Globalization;
using System.Net;
using System.Text;
using Supervision.Data.Import;
using Supervision.Draws.Record;

namespace Supervision.Data.Draws;

/// <summary>
/// The public notice (三公开): the items and their legal basis (事项公开), how the draw was made and how to check it
/// (程序公开), the drawn list with windows, and when results will be published (结果公开). No category or credit class.
/// </summary>
public static class NoticeWriter
{
    private static readonly string[] Header = ["plan_id", "uscc", "enterprise", "departments", "window_from", "window_to", "joint", "results_due"];

    public static void Write(string directory, DrawRecord record)
    {
        var rows = Rows(record).ToList();
        SafeCsvWriter.Write(Path.Combine(directory, "notice.csv"), Header, rows);
        File.WriteAllText(Path.Combine(directory, "notice.html"), Html(record, rows), new UTF8Encoding(false));
    }

    /// <summary>
    /// The bytes <see cref="Write"/> writes to notice.csv and notice.html (the HTML before publication stamps the audit
    /// chain's head in it): the public pages regenerate a published notice with this and compare it with the audit log.
    /// </summary>
    public static (byte[] Csv, byte[] Html) Render(DrawRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var rows = Rows(record).ToList();
        using var csv = new MemoryStream();
        SafeCsvWriter.Write(csv, Header, rows);
        return (csv.ToArray(), new UTF8Encoding(false).GetBytes(Html(record, rows)));
    }

    private static IEnumerable<IReadOnlyList<string?>> Rows(DrawRecord record)
    {
        var tasks = record.Outcome.Tasks.ToLookup(t => t.VisitId, StringComparer.Ordinal);
        foreach (var visit in record.Outcome.Visits.OrderBy(v => v.VisitId, StringComparer.Ordinal))
        {
            var visitTasks = tasks[visit.VisitId].ToList();
            yield return
            [
                string.Join('+', visitTasks.Select(t => t.PlanId).Distinct()), visit.Uscc, visitTasks[0].Name,
                string.Join('、', visitTasks.Select(t => t.Department).Distinct()), DrawOutputs.Iso(visit.WindowFrom), DrawOutputs.Iso(visit.WindowTo),
                visit.Joint ? "是" : "否", visit.PublicationDue is { } due ? DrawOutputs.Iso(due) : "待下一年度节假日安排公布后确定",
            ];
        }
    }

    /// <summary>For a prepared draw, how its seed came about; nothing for a draw with a given seed (the notice stays as it was).</summary>
    private static string Prepared(DrawRecord record)
    {
        if (record.Preparation is not { } p)
        {
            return "";
        }

        static string E(string? text) => WebUtility.HtmlEncode(text ?? "");
        return $"<li>本次抽取按事先公布的抽查准备公告执行（{E(Supervision.Draws.Protocol.DrawPreparation.Version)}）：准备文件 SHA-256 <code>{E(p.Sha256)}</code>；"
            + $"公共随机数（{E(p.PublicRandomness)}）为 <code>{E(p.PublicValue)}</code>；{E(string.Join("、", p.Shares.Select(s => s.Department)))} 公开的种子份额与承诺值一致，随机种子由此导出。</li>\n";
    }

    private static string Html(DrawRecord record, List<IReadOnlyList<string?>> rows)
    {
        static string E(string? text) => WebUtility.HtmlEncode(text ?? "");
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $$"""
            <!DOCTYPE html>
            <html lang="zh-CN"><head><meta charset="utf-8"><title>{{E(string.Join("；", record.Plans.Select(p => p.Title)))}} 抽查公告</title>
            <style>body{font-family:"Noto Sans SC","Microsoft YaHei",sans-serif;max-width:72em;margin:2em auto;line-height:1.6;color:#222}
            table{border-collapse:collapse;width:100%;margin:1em 0}th,td{border:1px solid #bbb;padding:.3em .5em;text-align:left;vertical-align:top}
            th{background:#f0f0f0}code{font-size:.85em;word-break:break-all}</style></head><body>
            <h1>随机抽查公告</h1>
            <p>抽查编号 <code>{{E(record.DrawId)}}</code>，确定日期 {{DrawOutputs.Iso(record.AsOf)}}。</p>
            """);
        foreach (var plan in record.Plans)
        {
            html.Append(CultureInfo.InvariantCulture, $"""
                <h2>{E(plan.Title)}</h2>
                <p>实施部门：{E(string.Join("、", plan.Departments))}（{E(plan.Departments[0])}牵头）；检查期间 {DrawOutputs.Iso(plan.PeriodFrom)} 至 {DrawOutputs.Iso(plan.PeriodTo)}。</p>
                <h3>一、抽查事项（事项公开）</h3>
                <table><tr><th>编号</th><th>检查事项</th><th>类别</th><th>实施部门</th><th>依据</th></tr>
                """);
            foreach (var item in plan.Items)
            {
                html.Append(CultureInfo.InvariantCulture,
                    $"<tr><td>{E(item.Code)}</td><td>{E(item.Title)}</td><td>{(item.Key ? "重点检查事项（每户必查）" : $"一般检查事项（每户随机抽取 {plan.GeneralItemsPerTask} 项）")}</td><td>{E(item.Department ?? plan.Departments[0])}</td><td>{E(item.Basis)}</td></tr>\n");
            }

            html.Append("</table>\n");
        }

        var tasks = record.Outcome.Tasks;
        html.Append(CultureInfo.InvariantCulture, $"""
            <h3>二、抽查程序（程序公开）</h3>
            <ul>
            <li>检查对象从检查对象名录库中随机抽取，检查人员从执法检查人员名录库中随机选派，每户至少两名持证执法人员（《中华人民共和国行政处罚法》第四十二条），与检查对象有利害关系的人员回避（第四十三条），上次检查同一企业的人员不再选派。</li>
            <li>抽取算法 <code>{E(record.Algorithm)}</code>：以随机种子为密钥，对"计划编号、企业统一社会信用代码"等计算 HMAC-SHA-256 抽签号，抽签号最小者中选；算法全文及测试向量见 docs/draw-algorithm.md，任何人可据此复核。</li>
            <li>随机种子承诺值（种子的 SHA-256，抽取前确定）：<code>{E(record.SeedCommitment)}</code>；种子原值已记入抽查记录，供复核。</li>
            {Prepared(record)}<li>检查对象名录快照 SHA-256：<code>{E(record.PopulationSha256)}</code>（{record.PopulationEntries} 条）；评估规则集 SHA-256：<code>{E(record.BundleHash)}</code>；工作日历 SHA-256：<code>{E(record.CalendarHash)}</code>。</li>
            <li>本次抽中 {rows.Count} 户，共 {tasks.Count} 项检查任务，其中跨部门联合检查 {record.Outcome.Visits.Count(v => v.Joint)} 户（进一次门、查多项事）。</li>
            </ul>
            <h3>三、抽查名单</h3>
            <table><tr><th>统一社会信用代码</th><th>企业名称</th><th>检查部门</th><th>检查时间窗口</th><th>联合检查</th><th>结果公示截止</th></tr>
            """);
        foreach (var row in rows)
        {
            html.Append(CultureInfo.InvariantCulture,
                $"<tr><td>{E(row[1])}</td><td>{E(row[2])}</td><td>{E(row[3])}</td><td>{E(row[4])} 至 {E(row[5])}</td><td>{E(row[6])}</td><td>{E(row[7])}</td></tr>\n");
        }

        html.Append(CultureInfo.InvariantCulture, $"""
            </table>
            <h3>四、结果公开</h3>
            <p>检查结果自检查结束之日起 {record.Plans[0].PublicationWorkingDays} 个工作日内通过国家企业信用信息公示系统向社会公示（《企业信息公示暂行条例》第六条）；截止日期按国务院公布的节假日安排计算。</p>
            </body></html>
            """);
        return html.ToString();
    }
}
