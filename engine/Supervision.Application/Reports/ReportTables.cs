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
