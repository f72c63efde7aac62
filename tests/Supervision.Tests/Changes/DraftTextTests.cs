using Supervision.Application.Bundles;
using Supervision.Tests.Import;
using Supervision.Tests.Support;

namespace Supervision.Tests.Changes;

/// <summary>
/// The text edits behind the browser's draft editors: a CSV grid written back keeps the header and every row left alone
/// byte for byte and quotes as RFC 4180 requires; a plan field replaced keeps its key, spacing and comment; paths that
/// leave the bundle, files that are not text and files over 1 MiB are refused.
/// </summary>
public sealed class DraftTextTests
{
    private const string Ratios = "id,category,ratio,min_count,exempt,basis\n"
        + "RT-I,I,30%,1,false,\"国市监信发〔2022〕6号, 第三条\"\n"
        + "RT-IV,IV,3%,1,false,工商总局令第67号\n";

    [Fact]
    public void CsvWith_OneCellChanged_KeepsTheOtherRowsByteForByte()
    {
        var table = CsvTableText.Parse(Ratios, "tables/ratios.csv");
        var rows = table.Rows.Select(r => (IReadOnlyList<string>)[.. r.Cells]).ToList();
        rows[1] = ["RT-IV", "IV", "4%", "1", "false", "工商总局令第67号"];

        var written = table.With(rows, "tables/ratios.csv");

        Assert.Equal(Ratios.Replace("RT-IV,IV,3%", "RT-IV,IV,4%", StringComparison.Ordinal), written);
    }

    [Fact]
    public void CsvWith_CellsHoldingCommaQuoteAndNewline_AreQuotedAndReadBack()
    {
        var table = CsvTableText.Parse(Ratios, "tables/ratios.csv");
        IReadOnlyList<IReadOnlyList<string>> rows = [.. table.Rows.Select(r => r.Cells), ["RT-X", "I", "5%", "1", "false", "《条例》\"第一条\", 第二款\n附注"]];

        var written = table.With(rows, "tables/ratios.csv");
        var again = CsvTableText.Parse(written, "tables/ratios.csv");

        Assert.EndsWith("RT-X,I,5%,1,false,\"《条例》\"\"第一条\"\", 第二款\n附注\"\n", written, StringComparison.Ordinal);
        Assert.Equal(rows.Select(r => string.Join('|', r)), again.Rows.Select(r => string.Join('|', r.Cells)));
        Assert.Equal(table.Header.Raw, again.Header.Raw);
    }

    [Fact]
    public void CsvWith_ARowLeftOut_RemovesOnlyThatRow_CrLfAndNoFinalNewlineKept()
    {
        var crlf = Ratios.Replace("\n", "\r\n", StringComparison.Ordinal).TrimEnd();
        var table = CsvTableText.Parse(crlf, "t.csv");

        var written = table.With([table.Rows[1].Cells], "t.csv");

        Assert.Equal("id,category,ratio,min_count,exempt,basis\r\nRT-IV,IV,3%,1,false,工商总局令第67号", written);
    }

    [Fact]
    public void CsvWith_TheShippedTablesUnchanged_IsTheFileItself()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(RepoPaths.Rules, "tables"), "*.csv"))
        {
            var text = File.ReadAllText(file);
            var table = CsvTableText.Parse(text, file);

            Assert.Equal(text, table.With([.. table.Rows.Select(r => r.Cells)], file));
        }
    }

    [Fact]
    public void CsvWith_ARowOfTheWrongWidth_IsRefused()
    {
        var table = CsvTableText.Parse(Ratios, "tables/ratios.csv");

        var refused = Assert.Throws<DraftEditRefusedException>(() => table.With([["RT-X", "I"]], "tables/ratios.csv"));

        Assert.Contains("第 1 行有 2 个单元格，表头有 6 个", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CsvParse_AQuoteLeftOpen_IsRefusedWithItsLine()
    {
        var refused = Assert.Throws<DraftEditRefusedException>(() => CsvTableText.Parse("a,b\n1,\"open\n2,3\n", "t.csv"));

        Assert.Contains("t.csv:2", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PlanFields_OfTheMarketPlan_OneLineEditable_BlocksReadOnly()
    {
        var fields = PlanFieldText.Read(File.ReadAllText(Path.Combine(RepoPaths.Rules, "plans", "2026-12-market.yaml")))
            .ToDictionary(f => f.Key, StringComparer.Ordinal);

        Assert.Equal(("5", true), (fields["window_working_days"].Value, fields["window_working_days"].Editable));
        Assert.Equal("{ from: 2026-12-01, to: 2026-12-31 }", fields["period"].Value);
        Assert.Equal("{ per_department_per_year: 2, total_per_year: 4 }", fields["caps"].Value);
        Assert.Equal("\"30 2 1 12 *\"", fields["schedule"].Value);
        Assert.Equal(("{}", "按评估结果的分类抽查比例"), (fields["ratios"].Value, fields["ratios"].Comment));
        Assert.False(fields["items"].Editable);
        Assert.False(fields["scope"].Editable);
        Assert.DoesNotContain("industries", fields.Keys);
    }

    [Fact]
    public void PlanWith_AFieldReplaced_KeepsKeyCommentsAndEverythingElse()
    {
        const string plan = "# 计划\nid: P-1\nwindow_working_days: 5   # 五个工作日\nratios: {}                # 按评估结果\nitems:\n  - code: A\n";

        var written = PlanFieldText.With(plan, new Dictionary<string, string>
        {
            ["window_working_days"] = " 7 ",
            ["ratios"] = "{ I: 40% }",
            ["id"] = "P-1",
        }, "plans/p.yaml");

        Assert.Equal("# 计划\nid: P-1\nwindow_working_days: 7   # 五个工作日\nratios: { I: 40% }        # 按评估结果\nitems:\n  - code: A\n", written);
    }

    [Theory]
    [InlineData("window_working_days", "7 # 注释")]
    [InlineData("window_working_days", "")]
    [InlineData("window_working_days", "7\nteam_size: 9")]
    [InlineData("window_working_days", "[1, 2")]
    [InlineData("items", "[]")]
    [InlineData("unknown", "1")]
    public void PlanWith_ABlockUnknownOrNotOneLineValue_IsRefused(string key, string value)
    {
        const string plan = "window_working_days: 5\nitems:\n  - code: A\n";

        Assert.Throws<DraftEditRefusedException>(() => PlanFieldText.With(plan, new Dictionary<string, string> { [key] = value }, "plans/p.yaml"));
    }

    [Theory]
    [InlineData("../bundle.yaml")]
    [InlineData("tables/../../etc/passwd.csv")]
    [InlineData("/etc/passwd.yaml")]
    [InlineData("tables\\ratios.csv")]
    [InlineData("")]
    [InlineData("tables//ratios.csv")]
    [InlineData("C:/rules/x.yaml")]
    public void Resolve_APathLeavingTheBundle_IsRefused(string path)
    {
        var refused = Assert.Throws<DraftEditRefusedException>(() => DraftPaths.Resolve(RepoPaths.Rules, path));

        Assert.Contains("不在规则目录内", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ResolveAndRead_NotTextOrTooLarge_AreRefused()
    {
        using var folder = new TempDirectory();
        File.WriteAllBytes(Path.Combine(folder.Path, "big.yaml"), new byte[DraftPaths.MaxFileBytes + 1]);
        File.WriteAllBytes(Path.Combine(folder.Path, "bad.csv"), [0xff, 0xfe, 0x00]);

        var binary = Assert.Throws<DraftEditRefusedException>(() => DraftPaths.Resolve(folder.Path, "archive.zip"));
        var big = Assert.Throws<DraftEditRefusedException>(() => DraftPaths.ReadText(DraftPaths.Resolve(folder.Path, "big.yaml"), "big.yaml"));
        var notUtf8 = Assert.Throws<DraftEditRefusedException>(() => DraftPaths.ReadText(DraftPaths.Resolve(folder.Path, "bad.csv"), "bad.csv"));
        var tooLarge = Assert.Throws<DraftEditRefusedException>(
            () => DraftPaths.WriteText(Path.Combine(folder.Path, "x.yaml"), "x.yaml", new string('x', DraftPaths.MaxFileBytes + 1)));

        Assert.Contains("不是可在浏览器中编辑的文本文件", binary.Message, StringComparison.Ordinal);
        Assert.Contains("超过 1 MiB", big.Message, StringComparison.Ordinal);
        Assert.Contains("不是 UTF-8 文本", notUtf8.Message, StringComparison.Ordinal);
        Assert.Contains("超过 1 MiB", tooLarge.Message, StringComparison.Ordinal);
    }
}
