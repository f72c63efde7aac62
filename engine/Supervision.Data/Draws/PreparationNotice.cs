using System.Globalization;
using System.Net;
using System.Text;
using Supervision.Draws.Protocol;

namespace Supervision.Data.Draws;

/// <summary>
/// The pre-draw notice (抽查准备公告), published before any randomness exists: what the draw is frozen to (the
/// preparation's SHA-256 and the hashes it holds), each department's commitment, and the public random value it will take.
/// </summary>
public static class PreparationNotice
{
    /// <summary>The notice's file name.</summary>
    public const string File = "preparation-notice.html";

    /// <summary>Writes the notice into <paramref name="directory"/>.</summary>
    public static void Write(string directory, DrawPreparation preparation, string preparationSha256)
    {
        ArgumentNullException.ThrowIfNull(preparation);
        static string E(string? text) => WebUtility.HtmlEncode(text ?? "");
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $$"""
            <!DOCTYPE html>
            <html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{{E(string.Join("；", preparation.Plans.Select(p => p.Title)))}} 抽查准备公告</title>
            <style>body{font-family:"Noto Sans SC","Microsoft YaHei",sans-serif;max-width:72em;margin:2em auto;padding:0 1em;line-height:1.6;color:#222}
            table{border-collapse:collapse;width:100%;margin:1em 0}th,td{border:1px solid #bbb;padding:.3em .5em;text-align:left;vertical-align:top}
            th{background:#f0f0f0}code{font-size:.85em;word-break:break-all}</style></head><body>
            <h1>随机抽查准备公告</h1>
            <p>抽查编号 <code>{{E(preparation.DrawId)}}</code>，抽取日期 {{DrawOutputs.Iso(preparation.AsOf)}}。本公告在随机数产生之前发布：检查对象名录、执法检查人员名录、检查事项和工作日历自此冻结，抽取结果只取决于下列各部门的种子份额和尚未产生的公共随机数，任何一方都无法在看到名录后选择结果。</p>
            <h2>一、冻结的抽查依据</h2>
            <ul>
            <li>准备文件（{{E(DrawPreparation.FileName)}}）SHA-256：<code>{{E(preparationSha256)}}</code></li>
            <li>检查对象名录快照 SHA-256：<code>{{E(preparation.PopulationSha256)}}</code>（{{preparation.PopulationEntries}} 条）</li>
            <li>执法检查人员名录：{{preparation.Inspectors.Count}} 人（含资格证有效期、专业资质与回避关系，已写入准备文件）</li>
            <li>工作日历 SHA-256：<code>{{E(preparation.CalendarHash)}}</code>；评估规则集 SHA-256：<code>{{E(preparation.BundleHash)}}</code></li>
            </ul>
            <table><tr><th>抽查计划</th><th>实施部门</th><th>检查期间</th><th>检查事项</th></tr>

            """);
        foreach (var plan in preparation.Plans)
        {
            html.Append(CultureInfo.InvariantCulture,
                $"<tr><td>{E(plan.Id)} {E(plan.Title)}</td><td>{E(string.Join("、", plan.Departments))}</td><td>{DrawOutputs.Iso(plan.PeriodFrom)} 至 {DrawOutputs.Iso(plan.PeriodTo)}</td><td>{plan.Items.Count} 项</td></tr>\n");
        }

        html.Append("""
            </table>
            <h2>二、各部门随机种子份额承诺</h2>
            <p>各部门自行生成 32 字节秘密份额，此处只公布其承诺值（SHA-256）；抽取时各部门公开份额，与承诺值不符的抽取将被拒绝。</p>
            <table><tr><th>部门</th><th>承诺值</th></tr>

            """);
        foreach (var commitment in preparation.Commitments)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(commitment.Department)}</td><td><code>{E(commitment.Commitment)}</code></td></tr>\n");
        }

        html.Append(CultureInfo.InvariantCulture, $"""
            </table>
            <h2>三、公共随机数</h2>
            <p>抽取将使用以下公共随机数（本公告发布时尚未产生，产生后任何人可查证）：{E(preparation.PublicRandomness)}</p>
            <p>随机种子 = SHA-256（协议标识、准备文件 SHA-256、各部门份额、公共随机数，逐项加长度前缀），算法 <code>{E(DrawPreparation.Version)}</code> 全文及测试向量见 docs/draw-algorithm.md。</p>
            </body></html>

            """);
        System.IO.File.WriteAllText(Path.Combine(directory, File), html.ToString(), new UTF8Encoding(false));
    }
}
