using Supervision.Tests.Cli;
using Supervision.Tests.Exports;
using Supervision.Tests.Import;
using Supervision.Tests.Support;

namespace Supervision.Tests.Reports;

/// <summary>`supervision report` as a scheduler runs it: the printable page and the workbook from the stored nights.</summary>
[Collection(TwoNightsCollection.Name)]
public sealed class ReportCommandTests(TwoNightsFixture nights)
{
    [Fact]
    public void Report_Html_IsTheSamePageTwice_AndTheWorkbookHoldsEveryTable()
    {
        using var output = new TempDirectory();
        string[] common = ["report", "--connection", nights.Database.ConnectionString, "--rules", RepoPaths.Rules, "--data", RepoPaths.DataSamples,
            "--from", "2026-11-01", "--to", "2026-11-30", "--step", "night"];
        var html = Path.Combine(output.Path, "report.html");
        var workbook = Path.Combine(output.Path, "report.xlsx");

        var first = CliRunner.Run([.. common, "--out", html]);
        var bytes = File.ReadAllBytes(html);
        var second = CliRunner.Run([.. common, "--out", html]);
        var book = CliRunner.Run([.. common, "--district", "鲅鱼圈区海星街道", "--out", workbook]);

        Assert.True(first.ExitCode == 0, first.Error);
        Assert.Contains("wrote", first.Out, StringComparison.Ordinal);
        Assert.Equal(bytes, File.ReadAllBytes(html));
        Assert.Equal(0, second.ExitCode);
        Assert.True(book.ExitCode == 0, book.Error);
        var sheets = Openpyxl.Dump(workbook).EnumerateArray().Select(s => s.GetProperty("name").GetString()).ToList();
        Assert.Equal(["按监管类别", "按安全等级", "按信用等级", "按监管方式", "区街道×类别", "行业×类别", "变动企业", "各类别企业数", "区街道I类占比", "按月按类别抽查",
            "按月按区街道抽查", "成效按抽取池", "成效按监管类别", "定向与核验", "风险排序能力", "距上次检查", "年度检查次数", "超过年度上限"], sheets);
        Assert.False(File.Exists(workbook + ".partial"));
    }

    [Theory]
    [InlineData(1, "--out", "report.pdf")]
    [InlineData(1, "--from", "2026-13-01")]
    [InlineData(3, "--from", "2020-01-01", "--to", "2020-12-31")]
    public void Report_BadRequestOrEmptyPeriod_WritesNothing(int code, params string[] options)
    {
        using var output = new TempDirectory();
        var target = Path.Combine(output.Path, "report.html");
        string[] args = ["report", "--connection", nights.Database.ConnectionString, "--rules", RepoPaths.Rules, "--out", target, .. options];

        var result = CliRunner.Run([.. args.Select(a => a == "report.pdf" ? Path.Combine(output.Path, a) : a)]);

        Assert.Equal(code, result.ExitCode);
        Assert.Empty(Directory.EnumerateFileSystemEntries(output.Path));
    }
}
