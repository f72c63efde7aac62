using System.Text;
using Supervision.Data.Exports;

namespace Supervision.Tests.Exports;

public sealed class CsvExportTests
{
    private static readonly ReportColumn[] Columns =
    [
        new("统一社会信用代码", ReportCellKind.Text),
        new("企业名称", ReportCellKind.Text),
        new("违规次数", ReportCellKind.Integer),
        new("风险分", ReportCellKind.Decimal),
        new("违规占比", ReportCellKind.Percent),
        new("检查日期", ReportCellKind.Date),
    ];

    [Fact]
    public void Write_MixedCells_BomCrlfEscapedTextNumbersAsIs()
    {
        IReadOnlyList<object?>[] rows =
        [
            ["=1+1", "甲,乙\"丙\"", -2, -0.39, 0.25, new DateOnly(2026, 11, 27)],
            ["-2", "@SUM(A1)", 12345678901L, 0.1, 0.123456, null],
            ["+86", null, null, 1e16, -0.00001, new DateTime(2025, 1, 2, 8, 0, 0)],
            ["\tx", "丁", 0, 1234.5m, 1m / 3m, null],
        ];

        var bytes = Write(new ReportTable("明细", Columns, rows));

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.Equal(
            "统一社会信用代码,企业名称,违规次数,风险分,违规占比,检查日期\r\n"
            + "'=1+1,\"甲,乙\"\"丙\"\"\",-2,-0.39,0.25,2026-11-27\r\n"
            + "'-2,'@SUM(A1),12345678901,0.1,0.1235,\r\n"
            + "'+86,,,10000000000000000,0,2025-01-02\r\n"
            + "'\tx,丁,0,1234.5,0.3333,\r\n",
            text);
    }

    [Fact]
    public void Write_NoRows_HeaderOnly()
    {
        var text = Encoding.UTF8.GetString(Write(new ReportTable("明细", [new("=表头", ReportCellKind.Text)], []))[3..]);

        Assert.Equal("'=表头\r\n", text);
    }

    [Fact]
    public void Write_DateInIntegerColumn_Throws()
    {
        var table = new ReportTable("明细", [new("家数", ReportCellKind.Integer)], [[new DateOnly(2026, 1, 1)]]);

        Assert.Throws<ArgumentException>(() => Write(table));
    }

    [Fact]
    public void Write_NaN_EmptyField()
    {
        var table = new ReportTable("明细", [new("比率", ReportCellKind.Decimal), new("占比", ReportCellKind.Percent)], [[double.NaN, double.PositiveInfinity]]);

        var text = Encoding.UTF8.GetString(Write(table)[3..]);

        Assert.Equal("比率,占比\r\n,\r\n", text);
    }

    private static byte[] Write(ReportTable table)
    {
        using var stream = new MemoryStream();
        CsvExport.Write(stream, table);
        return stream.ToArray();
    }
}
