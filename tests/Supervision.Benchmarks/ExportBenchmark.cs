using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using Supervision.Data.Exports;

namespace Supervision.Benchmarks;

/// <summary>
/// The report exports (issue 20) on N generated rows of 12 columns (text, Chinese text, integers, decimals, a percent,
/// dates, some formula-like text): seconds to write the .xlsx and the CSV to a temporary file, file size, and the
/// process's peak working set (VmHWM), which must stay far below the 500 MiB budget because the rows stream.
/// Run it as its own process (`--export N`), one format at a time (`--format xlsx|csv`), so the peak belongs to that format.
/// </summary>
internal static class ExportBenchmark
{
    private static readonly string[] Districts = ["黄浦区", "徐汇区", "长宁区", "静安区", "普陀区", "虹口区", "杨浦区", "浦东新区"];

    public static string Run(int count, string format)
    {
        var table = Table(count);
        var path = Path.Combine(Path.GetTempPath(), $"supervision-export-bench-{Guid.NewGuid():N}.{format}");
        try
        {
            var clock = Stopwatch.StartNew();
            using (var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                if (format == "csv")
                {
                    CsvExport.Write(stream, table);
                }
                else
                {
                    XlsxExport.WriteAsync(stream, [table], CancellationToken.None).GetAwaiter().GetResult();
                }
            }

            var seconds = clock.Elapsed.TotalSeconds;
            var size = new FileInfo(path).Length / 1024.0 / 1024.0;
            var peak = Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024.0;
            return string.Create(CultureInfo.InvariantCulture,
                $"| {format} | {count:N0} | {table.Columns.Count} | {seconds:F1} | {size:F0} | {peak:F0} | {(GCSettings.IsServerGC ? "server" : "workstation")} |");
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static ReportTable Table(int count) => new("风险报告明细", [
        new("统一社会信用代码", ReportCellKind.Text),
        new("企业名称", ReportCellKind.Text),
        new("所属区域", ReportCellKind.Text),
        new("行业代码", ReportCellKind.Text),
        new("风险分", ReportCellKind.Decimal),
        new("风险排名", ReportCellKind.Integer),
        new("违规次数", ReportCellKind.Integer),
        new("违规占比", ReportCellKind.Percent),
        new("登记日期", ReportCellKind.Date),
        new("最近检查日期", ReportCellKind.Date),
        new("罚没金额", ReportCellKind.Decimal),
        new("备注", ReportCellKind.Text),
    ], Rows(count));

    private static IEnumerable<IReadOnlyList<object?>> Rows(int count)
    {
        var start = new DateOnly(2000, 1, 1);
        for (var i = 0; i < count; i++)
        {
            yield return [
                string.Create(CultureInfo.InvariantCulture, $"91310{i:D12}X"),
                string.Create(CultureInfo.InvariantCulture, $"上海示例{i % 997}号贸易有限公司"),
                Districts[i % Districts.Length],
                string.Create(CultureInfo.InvariantCulture, $"F{i % 90:D2}"),
                (i * 7919 % 10000) / 100.0,
                (long)i + 1,
                i % 13,
                (i % 101) / 100.0,
                start.AddDays(i % 9000),
                i % 7 == 0 ? null : start.AddDays(8000 + i % 1000),
                (decimal)(i % 100000) * 1.25m - 5000m,
                i % 50 == 0 ? "=HYPERLINK(\"http://x\")" : i % 3 == 0 ? "整改完成" : null,
            ];
        }
    }
}
