using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Supervision.Data.Exports;

namespace Supervision.Application.Reports;

/// <summary>
/// The printable risk report: one self-contained HTML page (styles inline, charts as inline SVG with Chinese labels, no
/// script) laid out for A4 by its print styles, for a period and a filter. The same bytes from the web page and from
/// <c>supervision report</c>: nothing in it depends on when or where it was made, only on the stored nights.
/// </summary>
public static class PrintableReport
{
    /// <summary>How many moves the report lists; the count is always whole, the export has them all.</summary>
    public const int ListedMoves = 50;

    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private const string Styles = """
        @page { size: A4; margin: 16mm 14mm; }
        body { font-family: "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", sans-serif; color: #1f2933; font-size: 10.5pt; line-height: 1.5; margin: 0 auto; max-width: 60rem; padding: 1rem; }
        h1 { font-size: 18pt; margin: 0 0 .25rem; }
        h2 { font-size: 13pt; margin: 1.5rem 0 .5rem; border-bottom: 2px solid #1f4e79; padding-bottom: .2rem; }
        h3 { font-size: 11pt; margin: 1rem 0 .35rem; }
        .meta { color: #52606d; margin: 0 0 1rem; }
        table { border-collapse: collapse; width: 100%; margin: .35rem 0 .75rem; font-size: 9.5pt; }
        th, td { border: 1px solid #cbd2d9; padding: .2rem .4rem; text-align: left; vertical-align: top; }
        thead th { background: #f0f4f8; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
        figure { margin: .5rem 0; }
        figure svg { width: 100%; height: auto; max-width: 42rem; }
        .finding { background: #f0f4f8; border-left: 4px solid #1f4e79; padding: .4rem .6rem; }
        footer { margin-top: 2rem; color: #52606d; font-size: 9pt; }
        @media print {
            body { padding: 0; max-width: none; }
            h2 { break-after: avoid; }
            table, figure, .finding { break-inside: avoid; }
            thead { display: table-header-group; }
        }
        """;

    public static string Render(PrintableReportContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var html = new StringBuilder(64 * 1024);
        var (overview, trends, effect, vocabulary) = (content.Overview, content.Trends, content.Effectiveness, content.Vocabulary);
        var night = Day(content.Latest.AsOf);
        html.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(H($"企业风险分析报告 {Day(content.From)} 至 {Day(content.To)}")).Append("</title>\n<style>\n").Append(Styles).Append("\n</style>\n</head>\n<body>\n");
        html.Append("<header>\n<h1>中国（辽宁）自由贸易试验区营口片区 企业风险分析报告</h1>\n<p class=\"meta\">")
            .Append(H($"期间 {Day(content.From)} 至 {Day(content.To)} · 范围：{content.FilterWords} · 最近一次评估基准日 {night}（{ReportFormat.Count(content.Latest.Enterprises)} 户） · 规则集 {vocabulary.BundleHash[..12]}"))
            .Append("</p>\n</header>\n");

        html.Append("<section>\n<h2>").Append(H($"一、风险总览（评估基准日 {night}）")).Append("</h2>\n");
        html.Append("<p class=\"finding\">").Append(H($"符合条件的企业 {ReportFormat.Count(overview.Total)} 户；") + H(string.Join("，",
            overview.ByCategory.Select(r => $"{ReportVocabulary.Label(r.Value)}{(r.Value.Length > 0 ? " 类" : "")} {ReportFormat.Count(r.Enterprises)} 户（{ReportFormat.Percent(r.Share)}）")))).Append("。</p>\n");
        Figure(html, SvgChart.Bars("各监管类别企业数", [.. overview.ByCategory.Select(r => new ChartBar(CategoryName(r.Value), r.Enterprises))], "户"));
        ShareTable(html, "监管类别", overview.ByCategory, CategoryName);
        ShareTable(html, "安全等级", overview.BySafetyLevel, ReportVocabulary.Label);
        ShareTable(html, "信用等级", overview.ByCreditClass, ReportVocabulary.Label);
        ShareTable(html, "监管方式", overview.ByRegime, ReportWords.Regime);
        html.Append("<h3>各区/街道的监管类别分布</h3>\n");
        Figure(html, SvgChart.StackedShares("各区/街道监管类别构成", [.. overview.Categories.Select(CategoryName)],
            [.. overview.ByDistrict.Select(r => new ChartShareGroup(Place(r.Key), [.. r.Counts.Select(c => (double)c)]))]));
        CrossTable(html, "区/街道", overview.Categories, overview.ByDistrict);
        html.Append("<h3>各行业的监管类别分布</h3>\n");
        CrossTable(html, "行业代码", overview.Categories, overview.ByIndustry);
        html.Append("</section>\n");

        html.Append("<section>\n<h2>二、变动企业</h2>\n");
        if (content.Moves.PreviousRunId is null)
        {
            html.Append("<p>该评估批次之前没有可对比的批次。</p>\n");
        }
        else
        {
            html.Append("<p>").Append(H($"与上一评估批次相比，监管类别、安全等级、信用等级或监管方式发生变化的企业共 {ReportFormat.Count(content.Moves.Count)} 户")).Append(content.Moves.Count > ListedMoves ? H($"，下列前 {ListedMoves} 户") : "").Append("。</p>\n");
            Table(html, ["企业", "区/街道", "监管类别", "安全等级", "信用等级", "新触发的规则", "不再触发的规则"], content.Moves.Moves.Take(ListedMoves).Select(m => (IReadOnlyList<(string, bool)>)
            [
                ($"{m.Name} {m.Uscc}", false), (Place(m.District), false), ($"{ReportVocabulary.Label(m.FromCategory)} → {ReportVocabulary.Label(m.ToCategory)}", false),
                ($"{ReportVocabulary.Label(m.FromLevel)} → {ReportVocabulary.Label(m.ToLevel)}", false), ($"{ReportVocabulary.Label(m.FromClass)} → {ReportVocabulary.Label(m.ToClass)}", false),
                (Rules(m.FiredNow, vocabulary), false), (Rules(m.FiredBefore, vocabulary), false),
            ]));
        }

        html.Append("</section>\n");

        html.Append("<section>\n<h2>三、趋势</h2>\n");
        Figure(html, SvgChart.Lines("各监管类别企业占比", trends.Periods,
            [.. trends.Categories.Select((c, i) => new ChartSeries(CategoryName(c), [.. trends.Enterprises.Select(r => r.Share(i) * 100)]))], "%"));
        var trendHeaders = new List<string> { trends.Step == TrendStep.Month ? "月份" : "评估日", "合计" };
        trendHeaders.AddRange(trends.Categories.Select(CategoryName));
        Table(html, trendHeaders, trends.Enterprises.Select(r => (IReadOnlyList<(string, bool)>)
            [(r.Period, false), (ReportFormat.Count(r.Total), true), .. r.Counts.Select((c, i) => ($"{ReportFormat.Count(c)}（{(r.Share(i) is { } s ? ReportFormat.Percent(s) : "—")}）", true))]));
        html.Append("<h3>").Append(H($"各区/街道 {trends.Focus} 类企业占比变化")).Append("</h3>\n");
        if (trends.Districts.FirstOrDefault(d => d.Change is not null) is { } rising)
        {
            html.Append("<p class=\"finding\">").Append(H($"{trends.Focus} 类占比上升最多的是 {Place(rising.District)}：{(rising.First is { } f ? ReportFormat.Percent(f) : "—")} → {(rising.Last is { } l ? ReportFormat.Percent(l) : "—")}（{ReportFormat.Points(rising.Change)}）。")).Append("</p>\n");
        }

        Table(html, ["区/街道", "期初占比", "期末占比", "变化", "期末企业数"], trends.Districts.Select(d => (IReadOnlyList<(string, bool)>)
        [
            (Place(d.District), false), (d.First is { } f ? ReportFormat.Percent(f) : "—", true), (d.Last is { } l ? ReportFormat.Percent(l) : "—", true),
            (ReportFormat.Points(d.Change), true), (ReportFormat.Count(d.Enterprises), true),
        ]));
        html.Append("</section>\n");

        html.Append("<section>\n<h2>四、抽查与发现问题（按抽取月份）</h2>\n");
        ActivityTable(html, "监管类别", trends.ByCategory, CategoryName);
        ActivityTable(html, "区/街道", trends.ByDistrict, Place);
        html.Append("</section>\n");

        html.Append("<section>\n<h2>五、抽查成效（以评促改）</h2>\n<p class=\"finding\">").Append(H(EffectivenessWords.Comparison(effect))).Append("</p>\n");
        Figure(html, SvgChart.Bars("各抽取池发现问题的比例",
            [.. effect.ByPool.Where(p => p.Problems.Rate is not null).Select(p => new ChartBar(EffectivenessWords.Pool(p.Group, vocabulary), Math.Round(p.Problems.Rate!.Value * 100, 1)))], "%"));
        OutcomeTable(html, "抽取池", effect.ByPool, p => EffectivenessWords.Pool(p, vocabulary));
        OutcomeTable(html, "监管类别", effect.ByCategory, CategoryName);
        Table(html, ["风险排序依据", "AUC（95%置信区间）", "发现问题", "未发现问题"], EffectivenessWords.Rankings(effect).Select(r => (IReadOnlyList<(string, bool)>)
            [(r.Name, false), (EffectivenessWords.Auc(r.Quality), true), (ReportFormat.Count(r.Quality.Positives), true), (ReportFormat.Count(r.Quality.Negatives), true)]));
        html.Append("</section>\n");

        var coverage = content.Coverage;
        html.Append("<section>\n<h2>").Append(H($"六、覆盖与无事不扰（评估基准日 {Day(coverage.AsOf)}）")).Append("</h2>\n<p class=\"finding\">")
            .Append(H(CoverageWords.Summary(coverage))).Append("</p>\n");
        Table(html, ["距上次检查", "企业数", "占比"], coverage.SinceLastVisit.Select(b => (IReadOnlyList<(string, bool)>)
            [(b.Bucket, false), (ReportFormat.Count(b.Enterprises), true), (ReportFormat.Percent(coverage.Enterprises == 0 ? 0 : (double)b.Enterprises / coverage.Enterprises), true)]));
        Table(html, [$"{coverage.AsOf.Year} 年检查次数", "企业数"], coverage.VisitsThisYear.Select(v => (IReadOnlyList<(string, bool)>)
            [(v.Visits.ToString(CultureInfo.InvariantCulture), true), (ReportFormat.Count(v.Enterprises), true)]));
        if (coverage.OverCaps.Count > 0)
        {
            Table(html, ["超过年度上限的企业", "全年检查", "单一部门最多", "含触发式检查"], coverage.OverCaps.Take(ListedMoves).Select(e => (IReadOnlyList<(string, bool)>)
                [($"{e.Name} {e.Uscc}", false), (e.Visits.ToString(CultureInfo.InvariantCulture), true), (e.MostByOneDepartment.ToString(CultureInfo.InvariantCulture), true), (e.Triggered ? "是" : "否", false)]));
        }

        html.Append("</section>\n");

        html.Append("<footer>").Append(H("发现率的区间为 Wilson 95% 得分区间，差值区间为 Newcombe 混合得分法，AUC 区间按 Hanley–McNeil；任务为一个部门对一户被抽中企业的检查，结果未确认的任务不计入发现率。本报告的数字均可在风险分析页面及其导出文件中复核。"))
            .Append("</footer>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void ShareTable(StringBuilder html, string header, IReadOnlyList<ShareRow> rows, Func<string, string> words)
        => Table(html, [header, "企业数", "占比"], rows.Select(r => (IReadOnlyList<(string, bool)>)
            [(words(r.Value), false), (ReportFormat.Count(r.Enterprises), true), (ReportFormat.Percent(r.Share), true)]));

    private static void CrossTable(StringBuilder html, string header, IReadOnlyList<string> categories, IReadOnlyList<CrossRow> rows)
    {
        var headers = new List<string> { header, "合计" };
        headers.AddRange(categories.Select(CategoryName));
        Table(html, headers, rows.Select(r => (IReadOnlyList<(string, bool)>)
            [(Place(r.Key), false), (ReportFormat.Count(r.Total), true), .. r.Counts.Select((c, i) => ($"{ReportFormat.Count(c)}（{ReportFormat.Percent(r.Share(i))}）", true))]));
    }

    private static void ActivityTable(StringBuilder html, string header, IReadOnlyList<ActivityRow> rows, Func<string, string> words)
    {
        if (rows.Count == 0)
        {
            html.Append("<p>该期间没有抽取任务。</p>\n");
            return;
        }

        Table(html, ["月份", header, "抽取任务", "已检查", "发现问题", "发现率（95%置信区间）"], rows.Select(r => (IReadOnlyList<(string, bool)>)
        [
            (r.Month, false), (words(r.Group), false), (ReportFormat.Count(r.Drawn), true), (ReportFormat.Count(r.Inspected), true),
            (ReportFormat.Count(r.Problems.Hits), true), (ReportFormat.Rate(r.Problems), true),
        ]));
    }

    private static void OutcomeTable(StringBuilder html, string header, IReadOnlyList<OutcomeRow> rows, Func<string, string> words)
        => Table(html, [header, "抽取任务", "已检查", "发现问题", "发现率（95%置信区间）"], rows.Select(r => (IReadOnlyList<(string, bool)>)
        [
            (words(r.Group), false), (ReportFormat.Count(r.Drawn), true), (ReportFormat.Count(r.Inspected), true), (ReportFormat.Count(r.Problems.Hits), true),
            (ReportFormat.Rate(r.Problems), true),
        ]));

    /// <summary>A table; each cell is its text and whether it is a number (right-aligned).</summary>
    private static void Table(StringBuilder html, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<(string Text, bool Number)>> rows)
    {
        html.Append("<table>\n<thead><tr>");
        foreach (var header in headers)
        {
            html.Append("<th scope=\"col\">").Append(H(header)).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in rows)
        {
            html.Append("<tr>");
            foreach (var (text, number) in row)
            {
                html.Append(number ? "<td class=\"num\">" : "<td>").Append(H(text)).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    private static void Figure(StringBuilder html, string svg) => html.Append("<figure>").Append(svg).Append("</figure>\n");

    private static string Rules(IReadOnlyList<string> ids, ReportVocabulary vocabulary)
        => ids.Count == 0 ? "—" : string.Join("；", ids.Select(id => vocabulary.Element(id) is { } e ? $"{id} {e.Title}（依据：{e.Basis}）" : id));

    private static string CategoryName(string category) => category.Length == 0 ? ReportVocabulary.ErrorLabel : $"{category} 类";

    private static string Place(string district) => district.Length == 0 ? "（未登记）" : district;

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string H(string text) => Encoder.Encode(text);
}
