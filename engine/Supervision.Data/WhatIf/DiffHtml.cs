using System.Globalization;
using System.Net;
using System.Text;
using Supervision.Rules.Compilation;
using Supervision.Rules.Scoring;

namespace Supervision.Data.WhatIf;

/// <summary>
/// The what-if as one self-contained HTML page (UTF-8, zh-CN) for regulators: the summary tables first, then the
/// changed enterprises with both explanations side by side. Every text from the data or the bundles is HTML-encoded.
/// </summary>
public static class DiffHtml
{
    public const string File = "diff.html";

    private const string Style = """
        body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif;
               line-height: 1.55; color: #1f2328; margin: 0 auto; padding: 2rem 1.5rem; max-width: 1400px; }
        h1 { font-size: 1.6rem; border-bottom: 3px solid #a40000; padding-bottom: .4rem; }
        h2 { font-size: 1.3rem; margin-top: 2.2rem; border-bottom: 1px solid #d0d7de; padding-bottom: .2rem; }
        h3 { font-size: 1.05rem; margin: 1.8rem 0 .3rem; }
        nav { background: #f6f8fa; border: 1px solid #d0d7de; padding: .6rem 1rem; }
        nav a { margin-right: 1.2rem; }
        table { border-collapse: collapse; margin: .8rem 0 1.2rem; font-size: .92rem; }
        th, td { border: 1px solid #d0d7de; padding: .3rem .55rem; vertical-align: top; text-align: left; }
        th { background: #eef1f4; }
        td.n { text-align: right; font-variant-numeric: tabular-nums; }
        td.same { background: #f3f6f9; color: #57606a; }
        td.moved { background: #fff1e5; font-weight: 600; }
        .up { color: #a40000; } .down { color: #1a7f37; }
        .note { background: #fff8c5; border: 1px solid #d4a72c; padding: .5rem .8rem; }
        .pair { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; }
        .pair h4 { margin: .2rem 0; font-size: .95rem; }
        pre { white-space: pre-wrap; word-break: break-all; font-family: ui-monospace, "SFMono-Regular", Consolas, monospace;
              font-size: .8rem; background: #f6f8fa; border: 1px solid #d0d7de; padding: .6rem; margin: 0; }
        code { font-family: ui-monospace, "SFMono-Regular", Consolas, monospace; }
        @media print { body { max-width: none; padding: 0; } nav { display: none; } section { break-inside: avoid; } }
        """;

    public static string Render(RulesDiffReport report, string dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(report);
        var html = new StringBuilder();
        html.AppendLine("<!DOCTYPE html>").AppendLine("<html lang=\"zh-CN\">").AppendLine("<head>").AppendLine("<meta charset=\"utf-8\">");
        html.AppendLine("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        html.AppendLine("<title>规则变更影响评估（what-if）</title>");
        html.Append("<style>\n").Append(Style).AppendLine("</style>").AppendLine("</head>").AppendLine("<body>").AppendLine("<main>");
        html.AppendLine("<h1>规则变更影响评估（what-if）</h1>");
        Overview(html, report, dataDirectory);
        html.AppendLine("<nav><a href=\"#transitions\">一、类别迁移矩阵</a><a href=\"#workload\">二、抽查量与工作量</a>"
            + "<a href=\"#elements\">三、规则触发变化</a><a href=\"#changed\">四、结果变化的企业</a></nav>");
        Transitions(html, report.Transitions);
        Workload(html, report);
        Elements(html, report.Elements);
        Changed(html, report);
        html.AppendLine("</main>").AppendLine("</body>").AppendLine("</html>");
        return html.ToString();
    }

    private static void Overview(StringBuilder html, RulesDiffReport report, string dataDirectory)
    {
        html.AppendLine("<table>");
        Row(html, "基准规则集 (base)", Bundle(report.Base));
        Row(html, "候选规则集 (candidate)", Bundle(report.Candidate));
        Row(html, "数据 (data)", Invariant($"{dataDirectory} · {report.Total:N0} 家企业"));
        Row(html, "评估日期 (as-of)", report.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Row(html, "评估失败 (evaluation errors)", Invariant($"基准 {report.BaseErrors:N0} · 候选 {report.CandidateErrors:N0}"));
        html.AppendLine("</table>");
        var share = report.Total == 0 ? 0 : (double)report.Changed.Count / report.Total;
        Paragraph(html, Invariant($"候选规则集使 {report.Changed.Count:N0} 家企业（{share:0.##%}）的结果（监管类别、抽查比例、监管方式、安全风险等级或信用风险类别）发生变化；")
            + Invariant($"预期抽查 {report.BaseExpected:0.0} → {report.CandidateExpected:0.0} 户次（{Signed(report.CandidateExpected - report.BaseExpected)}），")
            + Invariant($"执法人员工作量 {Workload(report.BaseExpected)} → {Workload(report.CandidateExpected)} 人次")
            + Invariant($"（{Signed((report.CandidateExpected - report.BaseExpected) * RulesDiffReport.InspectorsPerInspection)}）。"));
    }

    private static void Transitions(StringBuilder html, TransitionMatrix matrix)
    {
        html.AppendLine("<h2 id=\"transitions\">一、类别迁移矩阵</h2>");
        Paragraph(html, "行：基准规则集下的监管类别；列：候选规则集下的监管类别。对角线上是类别未变的企业，其余格子是改变类别的企业。");
        html.Append("<table><thead><tr><th>基准 \\ 候选</th>");
        foreach (var label in matrix.Labels)
        {
            html.Append("<th>").Append(E(Label(label))).Append("</th>");
        }

        html.AppendLine("<th>合计</th></tr></thead><tbody>");
        for (var row = 0; row < matrix.Labels.Count; row++)
        {
            html.Append("<tr><th>").Append(E(Label(matrix.Labels[row]))).Append("</th>");
            for (var column = 0; column < matrix.Labels.Count; column++)
            {
                var n = matrix[row, column];
                var style = row == column ? "n same" : n > 0 ? "n moved" : "n";
                html.Append(Invariant($"<td class=\"{style}\">{n:N0}</td>"));
            }

            html.AppendLine(Invariant($"<td class=\"n\">{matrix.RowTotal(row):N0}</td></tr>"));
        }

        html.Append("<tr><th>合计</th>");
        for (var column = 0; column < matrix.Labels.Count; column++)
        {
            html.Append(Invariant($"<td class=\"n\">{matrix.ColumnTotal(column):N0}</td>"));
        }

        html.AppendLine(Invariant($"<td class=\"n\">{matrix.Total:N0}</td></tr></tbody></table>"));
    }

    private static void Workload(StringBuilder html, RulesDiffReport report)
    {
        html.AppendLine("<h2 id=\"workload\">二、各类别抽查量与执法人员工作量</h2>");
        html.AppendLine("<table><thead><tr><th rowspan=\"2\">监管类别</th><th colspan=\"3\">企业数</th>"
            + "<th colspan=\"3\">预期抽查户次（Σ 抽查比例）</th><th colspan=\"3\">应抽户数（按最少户数取整）</th></tr>");
        html.AppendLine("<tr>" + string.Concat(Enumerable.Repeat("<th>基准</th><th>候选</th><th>变化</th>", 3)) + "</tr></thead><tbody>");
        foreach (var c in report.Categories)
        {
            html.Append("<tr><th>").Append(E(Label(c.Category))).Append("</th>");
            Triple(html, c.BaseEnterprises, c.CandidateEnterprises);
            Triple(html, c.BaseExpected, c.CandidateExpected);
            Triple(html, c.BasePlanned, c.CandidatePlanned);
            html.AppendLine("</tr>");
        }

        html.Append("<tr><th>合计</th>");
        Triple(html, report.Total - report.BaseErrors, report.Total - report.CandidateErrors);
        Triple(html, report.BaseExpected, report.CandidateExpected);
        Triple(html, report.BasePlanned, report.CandidatePlanned);
        html.AppendLine("</tr>");
        const int k = RulesDiffReport.InspectorsPerInspection;
        html.Append(Invariant($"<tr><th>执法人员工作量（人次，每户 {k} 人）</th><td colspan=\"3\"></td>"));
        Triple(html, report.BaseExpected * k, report.CandidateExpected * k);
        Triple(html, report.BasePlanned * k, report.CandidatePlanned * k);
        html.AppendLine("</tr></tbody></table>");
        Paragraph(html, "预期抽查户次：该类别每家企业的抽查比例之和（监管方式规定的比例优先，如严重违法失信主体 100%），即逐户按比例抽取时的期望户次。"
            + "应抽户数：按随机抽取规则（docs/draw-algorithm.md）确定的户数：严重违法失信主体全部抽取；其余可抽企业（在业、非免于抽查的类别、"
            + "不属于歇业、观察期或触发式监管）按类别取 n = min(可抽户数, max(最少户数, ⌈比例 × 可抽户数⌉))；未计抽查计划的范围、年度上限和投诉举报等线索。"
            + Invariant($"执法人员工作量按每次检查不少于 {k} 名执法人员（《行政处罚法》第四十二条）计算。"));
    }

    private static void Elements(StringBuilder html, IReadOnlyList<ElementCount> elements)
    {
        html.AppendLine("<h2 id=\"elements\">三、触发次数变化的规则和表格行</h2>");
        if (elements.Count == 0)
        {
            Paragraph(html, "每条规则和每个表格行在两个规则集下触发的企业数相同。");
            return;
        }

        html.AppendLine("<table><thead><tr><th>编号</th><th>名称</th><th>基准</th><th>候选</th><th>变化</th></tr></thead><tbody>");
        foreach (var e in elements)
        {
            html.Append("<tr><td><code>").Append(E(e.Id)).Append("</code></td><td>").Append(E(e.Title)).Append("</td>")
                .Append(Invariant($"<td class=\"n\">{(e.Base is { } b ? b.ToString("N0", CultureInfo.InvariantCulture) : "（无此项）")}</td>"))
                .Append(Invariant($"<td class=\"n\">{(e.Candidate is { } c ? c.ToString("N0", CultureInfo.InvariantCulture) : "（无此项）")}</td>"))
                .AppendLine(Invariant($"<td class=\"{Direction(e.Change)}\">{Signed(e.Change)}</td></tr>"));
        }

        html.AppendLine("</tbody></table>");
    }

    private static void Changed(StringBuilder html, RulesDiffReport report)
    {
        html.AppendLine("<h2 id=\"changed\">四、结果变化的企业</h2>");
        if (report.Changed.Count == 0)
        {
            Paragraph(html, "没有企业的结果发生变化。");
            return;
        }

        if (report.Explanations.Count < report.Changed.Count)
        {
            html.Append("<p class=\"note\">").Append(E(Invariant($"共 {report.Changed.Count:N0} 家企业的结果发生变化，本页列出前 {report.Explanations.Count:N0} 家")
                + Invariant($"（按登记顺序）及其两份解释；全部 {report.Changed.Count:N0} 家见 {DiffCsv.ChangesFile}。"))).AppendLine("</p>");
        }

        html.AppendLine("<table><thead><tr><th>统一社会信用代码</th><th>名称</th><th>安全风险等级</th><th>信用风险类别</th><th>监管类别</th>"
            + "<th>抽查比例</th><th>监管方式</th><th>规则变化</th></tr></thead><tbody>");
        foreach (var change in report.Explanations.Select(s => s.Change))
        {
            var (a, b) = (change.Base, change.Candidate);
            html.Append(Invariant($"<tr><td><a href=\"#e{change.Index}\">")).Append(E(change.Uscc)).Append("</a></td><td>").Append(E(change.Name)).Append("</td>");
            Cell(html, a, b, o => o.SafetyLevel);
            Cell(html, a, b, o => o.CreditClass);
            Cell(html, a, b, o => o.Category);
            Cell(html, a, b, o => o.Ratio.ToString("0.##%", CultureInfo.InvariantCulture));
            Cell(html, a, b, o => o.Regime);
            html.Append("<td><code>").Append(E(change.RuleDelta)).AppendLine("</code></td></tr>");
        }

        html.AppendLine("</tbody></table>");
        foreach (var pair in report.Explanations)
        {
            html.AppendLine(Invariant($"<section id=\"e{pair.Change.Index}\">"));
            html.Append("<h3>").Append(E($"{pair.Change.Uscc} {pair.Change.Name}")).AppendLine("</h3>");
            Paragraph(html, $"变化：{DiffCsv.ChangedFields(pair.Change.Changes)} · 规则变化：{(pair.Change.RuleDelta.Length == 0 ? "无" : pair.Change.RuleDelta)}");
            html.AppendLine("<div class=\"pair\">");
            html.Append("<div><h4>基准规则集</h4><pre>").Append(E(pair.BaseText)).AppendLine("</pre></div>");
            html.Append("<div><h4>候选规则集</h4><pre>").Append(E(pair.CandidateText)).AppendLine("</pre></div>");
            html.AppendLine("</div>").AppendLine("</section>");
        }
    }

    private static void Cell(StringBuilder html, Outcome a, Outcome b, Func<Outcome, string> value)
    {
        var (before, after) = (a.Error is null ? value(a) : "评估失败", b.Error is null ? value(b) : "评估失败");
        html.Append(before == after ? "<td>" + E(before) : "<td class=\"moved\">" + E($"{before} → {after}")).Append("</td>");
    }

    private static void Triple(StringBuilder html, double before, double after)
        => html.Append(Invariant($"<td class=\"n\">{before:N1}</td><td class=\"n\">{after:N1}</td><td class=\"{Direction(after - before)}\">{Signed(after - before)}</td>"));

    private static void Triple(StringBuilder html, long before, long after)
        => html.Append(Invariant($"<td class=\"n\">{before:N0}</td><td class=\"n\">{after:N0}</td><td class=\"{Direction(after - before)}\">{Signed(after - before)}</td>"));

    private static void Row(StringBuilder html, string header, string value)
        => html.Append("<tr><th>").Append(E(header)).Append("</th><td>").Append(E(value)).AppendLine("</td></tr>");

    private static void Paragraph(StringBuilder html, string text) => html.Append("<p>").Append(E(text)).AppendLine("</p>");

    private static string Bundle(CompiledBundle bundle)
        => $"{bundle.Bundle.Manifest.Id} {bundle.Bundle.Manifest.Version} · {bundle.Bundle.Manifest.Title} · sha256 {bundle.Bundle.ContentHash}";

    private static string Label(string label) => label == TransitionMatrix.ErrorLabel ? "评估失败" : label;

    private static string Workload(double expected) => (expected * RulesDiffReport.InspectorsPerInspection).ToString("0.0", CultureInfo.InvariantCulture);

    /// <summary>The class of a change cell: numeric, red when up, green when down.</summary>
    private static string Direction(double change) => change > 0 ? "n up" : change < 0 ? "n down" : "n";

    private static string Signed(double change) => change.ToString("+#,0.0;−#,0.0;0.0", CultureInfo.InvariantCulture);

    private static string Signed(long change) => change.ToString("+#,0;−#,0;0", CultureInfo.InvariantCulture);

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);
}
