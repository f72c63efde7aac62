using System.Text.Json;
using Supervision.Data.Exports;
using Supervision.Tests.Import;

namespace Supervision.Tests.Exports;

public sealed class XlsxExportTests
{
    private static readonly ReportColumn[] Columns =
    [
        new("统一社会信用代码", ReportCellKind.Text),
        new("企业名称", ReportCellKind.Text),
        new("违规次数", ReportCellKind.Integer),
        new("风险分", ReportCellKind.Decimal),
        new("违规占比", ReportCellKind.Percent),
        new("检查日期", ReportCellKind.Date),
        new("备注", ReportCellKind.Text),
    ];

    private static readonly IReadOnlyList<object?>[] MixedRows =
    [
        ["91310000MA1FL0001X", "上海甲乙贸易有限公司", 3L, 87.5, 0.25, new DateOnly(2026, 11, 27), "=1+1"],
        ["91310000MA1FL0002Y", "浦东𠀀记餐饮店_x0041_", -2, -0.39m, 1.0, null, "+86 21 1234 5678"],
        ["-2", "丙&<丁>\"公司\"", 0L, 1234567.125, null, new DateTime(2025, 1, 2, 13, 45, 0), "-2"],
        [null, "戊公司", null, null, 0.0125m, new DateOnly(1899, 12, 31), "@SUM(A1:A2)"],
        ["\t91310000", "\r己公司", 12345678901L, 0.1, -0.05, new DateOnly(1900, 3, 1), "=HYPERLINK(\"http://example.invalid\",\"点击\")"],
    ];

    [Fact]
    public async Task WriteAsync_MixedCells_OpenpyxlReadsExactValuesAndNoFormula()
    {
        using var directory = new TempDirectory();
        var path = Path.Combine(directory.Path, "report.xlsx");
        ReportTable[] sheets =
        [
            new("风险企业明细", Columns, MixedRows),
            new("汇总:2026/11?", [new("区域", ReportCellKind.Text), new("家数", ReportCellKind.Integer)], [["黄浦区", 12], ["=cmd|' /C calc'!A0", 3L]]),
            new("汇总:2026/11?", [new("=危险表头", ReportCellKind.Text)], []),
        ];

        await using (var stream = File.Create(path))
        {
            await XlsxExport.WriteAsync(stream, sheets, CancellationToken.None);
        }

        var book = Openpyxl.Dump(path);
        Assert.Equal(["风险企业明细", "汇总_2026_11_", "汇总_2026_11_ (2)"], book.EnumerateArray().Select(s => s.GetProperty("name").GetString()));
        var cells = book.EnumerateArray().SelectMany(s => s.GetProperty("rows").EnumerateArray()).SelectMany(r => r.EnumerateArray()).ToList();
        Assert.DoesNotContain(cells, c => c.GetProperty("t").GetString() == "f");

        var main = Rows(book, 0);
        Assert.Equal(Columns.Select(c => c.Header), main[0].Select(c => c.Value));
        Assert.All(main[0], c => Assert.Equal("s", c.Type));
        Assert.Equal(6, main.Count);

        Assert.Equal(("91310000MA1FL0001X", "s"), (main[1][0].Value, main[1][0].Type));
        Assert.Equal(("上海甲乙贸易有限公司", "s"), (main[1][1].Value, main[1][1].Type));
        Assert.Equal(("3", "n"), (main[1][2].Value, main[1][2].Type));
        Assert.Equal(("87.5", "n"), (main[1][3].Value, main[1][3].Type));
        Assert.Equal(("0.25", "n", "0.00%"), (main[1][4].Value, main[1][4].Type, main[1][4].Format));
        Assert.Equal(("2026-11-27", "d", "yyyy-mm-dd"), (main[1][5].Value, main[1][5].Type, main[1][5].Format));
        Assert.Equal(("'=1+1", "s"), (main[1][6].Value, main[1][6].Type));

        Assert.Equal("浦东𠀀记餐饮店_x0041_", main[2][1].Value);
        Assert.Equal(("-2", "n"), (main[2][2].Value, main[2][2].Type));
        Assert.Equal(("-0.39", "n"), (main[2][3].Value, main[2][3].Type));
        Assert.Equal("1", main[2][4].Value);
        Assert.Null(main[2][5].Value);
        Assert.Equal("'+86 21 1234 5678", main[2][6].Value);

        Assert.Equal(("'-2", "s"), (main[3][0].Value, main[3][0].Type));
        Assert.Equal("丙&<丁>\"公司\"", main[3][1].Value);
        Assert.Equal(("0", "n"), (main[3][2].Value, main[3][2].Type));
        Assert.Equal("1234567.125", main[3][3].Value);
        Assert.Null(main[3][4].Value);
        Assert.Equal(("2025-01-02", "d"), (main[3][5].Value, main[3][5].Type));
        Assert.Equal(("'-2", "s"), (main[3][6].Value, main[3][6].Type));

        Assert.Null(main[4][0].Value);
        Assert.Null(main[4][2].Value);
        Assert.Null(main[4][3].Value);
        Assert.Equal("0.0125", main[4][4].Value);
        Assert.Equal(("1899-12-31", "s"), (main[4][5].Value, main[4][5].Type));
        Assert.Equal("'@SUM(A1:A2)", main[4][6].Value);

        Assert.Equal("'\t91310000", main[5][0].Value);
        Assert.StartsWith("'", main[5][1].Value, StringComparison.Ordinal);
        Assert.Equal("12345678901", main[5][2].Value);
        Assert.Equal("0.1", main[5][3].Value);
        Assert.Equal("-0.05", main[5][4].Value);
        Assert.Equal(("1900-03-01", "d"), (main[5][5].Value, main[5][5].Type));
        Assert.Equal("'=HYPERLINK(\"http://example.invalid\",\"点击\")", main[5][6].Value);

        var summary = Rows(book, 1);
        Assert.Equal(["区域", "家数"], summary[0].Select(c => c.Value));
        Assert.Equal(("12", "n"), (summary[1][1].Value, summary[1][1].Type));
        Assert.Equal("'=cmd|' /C calc'!A0", summary[2][0].Value);

        var empty = Rows(book, 2);
        Assert.Equal(["'=危险表头"], Assert.Single(empty).Select(c => c.Value));
    }

    [Fact]
    public async Task WriteAsync_TextInIntegerColumn_ThrowsNamingTableRowAndColumn()
    {
        ReportTable table = new("明细", [new("家数", ReportCellKind.Integer)], [[1L], ["十二"]]);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => XlsxExport.WriteAsync(Stream.Null, [table], CancellationToken.None));

        Assert.Contains("明细", error.Message, StringComparison.Ordinal);
        Assert.Contains("row 2", error.Message, StringComparison.Ordinal);
        Assert.Contains("家数", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteAsync_FractionInIntegerColumnOrShortRow_Throws()
    {
        ReportTable fraction = new("明细", [new("家数", ReportCellKind.Integer)], [[1.5]]);
        ReportTable shortRow = new("明细", [new("家数", ReportCellKind.Integer), new("区域", ReportCellKind.Text)], [[1L]]);

        await Assert.ThrowsAsync<ArgumentException>(() => XlsxExport.WriteAsync(Stream.Null, [fraction], CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => XlsxExport.WriteAsync(Stream.Null, [shortRow], CancellationToken.None));
    }

    [Fact]
    public async Task WriteAsync_NoSheetsOrNoColumns_Throws()
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => XlsxExport.WriteAsync(Stream.Null, [], CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => XlsxExport.WriteAsync(Stream.Null, [new ReportTable("空", [], [])], CancellationToken.None));
    }

    [Fact]
    public async Task WriteAsync_Cancelled_StopsAndDisposesTheRows()
    {
        using var cancellation = new CancellationTokenSource();
        var disposed = false;
        IEnumerable<IReadOnlyList<object?>> Rows()
        {
            try
            {
                for (var i = 0; ; i++)
                {
                    if (i == 1000)
                    {
                        cancellation.Cancel();
                    }

                    yield return [(long)i];
                }
            }
            finally
            {
                disposed = true;
            }
        }

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            XlsxExport.WriteAsync(Stream.Null, [new ReportTable("明细", [new("序号", ReportCellKind.Integer)], Rows())], cancellation.Token));

        Assert.True(disposed);
    }

    private static List<List<(string? Value, string? Type, string? Format)>> Rows(JsonElement book, int sheet) =>
        [.. book[sheet].GetProperty("rows").EnumerateArray().Select(row => row.EnumerateArray().Select(c => (
            c.GetProperty("v").ValueKind switch
            {
                JsonValueKind.Null => null,
                JsonValueKind.String => c.GetProperty("v").GetString(),
                _ => c.GetProperty("v").GetRawText(),
            },
            c.GetProperty("t").GetString(),
            c.GetProperty("f").GetString())).ToList())];
}
