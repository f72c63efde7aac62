using Supervision.Data.Exports;
using Supervision.Storage.Reports;

namespace Supervision.Application.Reports;

/// <summary>
/// The analysts' tables as export tables (one worksheet or CSV file each), with Chinese headers: the overview's
/// breakdowns, a run's enterprises and the moves. Rows of the long tables stream from the database as they are written.
/// </summary>
public static class ReportTables
{
    private static readonly ReportColumn[] ShareColumns = [Text("企业数", ReportCellKind.Integer), Text("占比", ReportCellKind.Percent)];

    /// <summary>The overview's four distributions and two cross tables.</summary>
    public static IReadOnlyList<ReportTable> Overview(RiskOverview overview)
    {
        ArgumentNullException.ThrowIfNull(overview);
        return
        [
            Shares("按监管类别", "监管类别", overview.ByCategory, ReportVocabulary.Label),
            Shares("按安全等级", "安全等级", overview.BySafetyLevel, ReportVocabulary.Label),
            Shares("按信用等级", "信用等级", overview.ByCreditClass, ReportVocabulary.Label),
            Shares("按监管方式", "监管方式", overview.ByRegime, ReportWords.Regime),
            Cross("区街道×类别", "区/街道", overview.Categories, overview.ByDistrict),
            Cross("行业×类别", "行业代码", overview.Categories, overview.ByIndustry),
        ];
    }

    /// <summary>A run's enterprises, one row each.</summary>
    public static ReportTable Enterprises(string title, IEnumerable<AssessedEnterprise> rows) => new(title,
        [
            Text("统一社会信用代码"), Text("企业名称"), Text("行业代码"), Text("功能区"), Text("区/街道"), Text("网格"), Text("监管类别"),
            Text("安全等级"), Text("安全得分", ReportCellKind.Decimal), Text("信用等级"), Text("信用得分", ReportCellKind.Decimal), Text("监管方式"),
            Text("触发的规则"), Text("评估错误"),
        ],
        rows.Select(a => (IReadOnlyList<object?>)
        [
            a.Uscc, a.Name, a.IndustryCode, a.Region, a.District, a.Grid, a.Category, a.SafetyLevel, a.SafetyScore, a.CreditClass, a.CreditScore,
            a.Regime, string.Join(';', a.Fired), a.Error,
        ]));

    /// <summary>A night's alerts, most urgent first, with the rule, the values it read, its basis and the case lead.</summary>
    public static ReportTable Alerts(string title, IEnumerable<NightAlertRow> rows) => new(title,
        [
            Text("预警等级"), Text("统一社会信用代码"), Text("企业名称"), Text("区/街道"), Text("预警类型"), Text("预警规则"), Text("规则名称"),
            Text("读取的数值"), Text("依据"), Text("监管方式"), Text("案件线索"),
        ],
        rows.Select(a => (IReadOnlyList<object?>)
        [
            AlertWords.Level(a.Level), a.Uscc, a.Name, a.District, AlertWords.Kind(a.Kind), a.RuleId, a.Title, a.ReadValues, a.Basis, a.Regime, a.LeadReference,
        ]));

    /// <summary>The moves between two runs, with the rules behind each.</summary>
    public static ReportTable Moves(string title, IEnumerable<RiskMove> rows) => new(title,
        [
            Text("统一社会信用代码"), Text("企业名称"), Text("行业代码"), Text("区/街道"), Text("网格"), Text("原监管类别"), Text("现监管类别"),
            Text("原安全等级"), Text("现安全等级"), Text("原信用等级"), Text("现信用等级"), Text("原监管方式"), Text("现监管方式"),
            Text("新触发的规则"), Text("不再触发的规则"),
        ],
        rows.Select(m => (IReadOnlyList<object?>)
        [
            m.Uscc, m.Name, m.IndustryCode, m.District, m.Grid, m.FromCategory, m.ToCategory, m.FromLevel, m.ToLevel, m.FromClass, m.ToClass,
            m.FromRegime, m.ToRegime, string.Join(';', m.FiredNow), string.Join(';', m.FiredBefore),
        ]));

    /// <summary>The trends: enterprises per category per period, the districts' focus shares, the monthly tasks per category and district.</summary>
    public static IReadOnlyList<ReportTable> Trends(TrendReport trends)
    {
        ArgumentNullException.ThrowIfNull(trends);
        var periodHeader = trends.Step == TrendStep.Month ? "月份" : "评估日";
        var columns = new List<ReportColumn> { Text(periodHeader), Text("合计", ReportCellKind.Integer) };
        foreach (var category in trends.Categories)
        {
            var name = ReportVocabulary.Label(category);
            columns.Add(Text($"{name} 类企业数", ReportCellKind.Integer));
            columns.Add(Text($"{name} 类占比", ReportCellKind.Percent));
        }

        var enterprises = new ReportTable("各类别企业数", columns, trends.Enterprises.Select(r =>
        {
            var cells = new List<object?> { r.Period, r.Total };
            for (var i = 0; i < trends.Categories.Count; i++)
            {
                cells.Add(r.Counts[i]);
                cells.Add(r.Share(i));
            }

            return (IReadOnlyList<object?>)cells;
        }));
        var districts = new ReportTable($"区街道{trends.Focus}类占比",
            [Text("区/街道"), Text("期初占比", ReportCellKind.Percent), Text("期末占比", ReportCellKind.Percent), Text("变化（百分点）", ReportCellKind.Decimal),
                Text("期末企业数", ReportCellKind.Integer)],
            trends.Districts.Select(d => (IReadOnlyList<object?>)[d.District, d.First, d.Last, d.Change * 100, d.Enterprises]));
        return [enterprises, districts, Activity("按月按类别抽查", "监管类别", trends.ByCategory), Activity("按月按区街道抽查", "区/街道", trends.ByDistrict)];
    }

    /// <summary>The effectiveness: outcomes per pool and per category, and the ranking qualities.</summary>
    public static IReadOnlyList<ReportTable> Effectiveness(EffectivenessReport report, ReportVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(vocabulary);
        var rankings = new ReportTable("风险排序能力",
            [Text("依据"), Text("AUC", ReportCellKind.Decimal), Text("95%下限", ReportCellKind.Decimal), Text("95%上限", ReportCellKind.Decimal),
                Text("发现问题", ReportCellKind.Integer), Text("未发现问题", ReportCellKind.Integer)],
            EffectivenessWords.Rankings(report).Select(r => (IReadOnlyList<object?>)
                [r.Name, r.Quality.Auc, r.Quality.Auc is null ? null : r.Quality.Low, r.Quality.Auc is null ? null : r.Quality.High, r.Quality.Positives, r.Quality.Negatives]));
        return
        [
            Outcomes("成效按抽取池", "抽取池", report.ByPool, p => EffectivenessWords.Pool(p, vocabulary)),
            Outcomes("成效按监管类别", "监管类别", report.ByCategory, ReportVocabulary.Label),
            Outcomes("定向与核验", "样本", [new OutcomeRow("定向抽查（按类别比例）", 0, report.Targeted.Trials, report.Targeted),
                new OutcomeRow("核验样本", 0, report.Verification.Trials, report.Verification)], n => n, drawn: false),
            rankings,
        ];
    }

    /// <summary>Coverage: time since the last visit, this year's visits, the enterprises over a cap.</summary>
    public static IReadOnlyList<ReportTable> Coverage(CoverageReport coverage)
    {
        ArgumentNullException.ThrowIfNull(coverage);
        return
        [
            new ReportTable("距上次检查", [Text("距上次检查"), Text("企业数", ReportCellKind.Integer), Text("占比", ReportCellKind.Percent)],
                coverage.SinceLastVisit.Select(b => (IReadOnlyList<object?>)
                    [b.Bucket, b.Enterprises, coverage.Enterprises == 0 ? 0.0 : (double)b.Enterprises / coverage.Enterprises])),
            new ReportTable("年度检查次数", [Text($"{coverage.AsOf.Year} 年检查次数", ReportCellKind.Integer), Text("企业数", ReportCellKind.Integer)],
                coverage.VisitsThisYear.Select(v => (IReadOnlyList<object?>)[v.Visits, v.Enterprises])),
            new ReportTable("超过年度上限", [Text("统一社会信用代码"), Text("企业名称"), Text("全年检查", ReportCellKind.Integer),
                    Text("单一部门最多", ReportCellKind.Integer), Text("含触发式检查")],
                coverage.OverCaps.Select(e => (IReadOnlyList<object?>)[e.Uscc, e.Name, e.Visits, e.MostByOneDepartment, e.Triggered ? "是" : "否"])),
        ];
    }

    private static ReportTable Activity(string title, string header, IReadOnlyList<ActivityRow> rows) => new(title,
        [Text("月份"), Text(header), Text("抽取任务", ReportCellKind.Integer), Text("已检查", ReportCellKind.Integer), Text("发现问题", ReportCellKind.Integer),
            Text("发现率", ReportCellKind.Percent), Text("95%下限", ReportCellKind.Percent), Text("95%上限", ReportCellKind.Percent)],
        rows.Select(r => (IReadOnlyList<object?>)
            [r.Month, r.Group, r.Drawn, r.Inspected, r.Problems.Hits, r.Problems.Rate, r.Problems.Interval?.Low, r.Problems.Interval?.High]));

    private static ReportTable Outcomes(string title, string header, IReadOnlyList<OutcomeRow> rows, Func<string, string> words, bool drawn = true)
    {
        var columns = new List<ReportColumn> { Text(header) };
        if (drawn)
        {
            columns.Add(Text("抽取任务", ReportCellKind.Integer));
        }

        columns.AddRange([Text("已检查", ReportCellKind.Integer), Text("发现问题", ReportCellKind.Integer), Text("发现率", ReportCellKind.Percent),
            Text("95%下限", ReportCellKind.Percent), Text("95%上限", ReportCellKind.Percent)]);
        return new ReportTable(title, columns, rows.Select(r =>
        {
            var cells = new List<object?> { words(r.Group) };
            if (drawn)
            {
                cells.Add(r.Drawn);
            }

            cells.AddRange([r.Inspected, r.Problems.Hits, r.Problems.Rate, r.Problems.Interval?.Low, r.Problems.Interval?.High]);
            return (IReadOnlyList<object?>)cells;
        }));
    }

    private static ReportTable Shares(string title, string header, IReadOnlyList<ShareRow> rows, Func<string, string> words)
        => new(title, [Text(header), .. ShareColumns], rows.Select(r => (IReadOnlyList<object?>)[words(r.Value), r.Enterprises, r.Share]));

    private static ReportTable Cross(string title, string header, IReadOnlyList<string> categories, IReadOnlyList<CrossRow> rows)
    {
        var columns = new List<ReportColumn> { Text(header), Text("合计", ReportCellKind.Integer) };
        foreach (var category in categories)
        {
            var name = ReportVocabulary.Label(category);
            columns.Add(Text($"{name} 类企业数", ReportCellKind.Integer));
            columns.Add(Text($"{name} 类占比", ReportCellKind.Percent));
        }

        return new ReportTable(title, columns, rows.Select(r =>
        {
            var cells = new List<object?> { r.Key.Length == 0 ? "（未登记）" : r.Key, r.Total };
            for (var i = 0; i < categories.Count; i++)
            {
                cells.Add(r.Counts[i]);
                cells.Add(r.Share(i));
            }

            return (IReadOnlyList<object?>)cells;
        }));
    }

    private static ReportColumn Text(string header, ReportCellKind kind = ReportCellKind.Text) => new(header, kind);
}
