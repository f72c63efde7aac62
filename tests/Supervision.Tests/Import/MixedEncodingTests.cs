using System.Text;
using Supervision.Data.Import;
using Supervision.Model.Import;

namespace Supervision.Tests.Import;

/// <summary>
/// A file whose lines are not all in one encoding (issue 17): read in the encoding of most of its lines, each line in
/// another encoding rejected at its line and column, never imported garbled, and the report says the file is inconsistent.
/// </summary>
public sealed class MixedEncodingTests : IDisposable
{
    private const string Header = "uscc,name,industry_code,region,grid,registration_date,status,new_business_form";

    private static readonly Encoding Latin1 = Encoding.Latin1;

    private readonly TempDirectory directory = new();

    public void Dispose() => directory.Dispose();

    [Fact]
    public void Import_Utf8FileWithOneLatin1Line_RejectsOnlyThatLineAtItsColumn()
    {
        var path = WriteLines("enterprises.csv",
        [
            (Header, Encoding.UTF8),
            (Row(1, "营口丰天通跨境电子商务有限公司"), Encoding.UTF8),
            (Row(2, "营口博顺泰供应链管理有限公司"), Encoding.UTF8),
            (Row(3, "Müller Präzisionstechnik GmbH"), Latin1),
            (Row(4, "鲅鱼圈区化工有限公司"), Encoding.UTF8),
        ]);

        var result = EnterpriseImporter.Import(path);

        ReportAssert.Counts(result.Report, read: 4, accepted: 3, rejected: 1);
        Assert.Equal("UTF-8", result.Report.Encoding);
        Assert.True(result.Report.EncodingInconsistent);
        var error = Assert.Single(result.Report.Issues, i => i.Severity == IssueSeverity.Error);
        Assert.Equal((4L, "name"), (error.Line, error.Column));
        Assert.Contains("not valid UTF-8 at byte 21 of the line", error.Reason, StringComparison.Ordinal);
        Assert.Contains("UTF-8 by its other 3 line(s)", error.Reason, StringComparison.Ordinal);
        Assert.Contains(result.Report.Issues, i => i.Severity == IssueSeverity.Warning && i.Line == 0 && i.Reason.Contains("mixes encodings", StringComparison.Ordinal));
        Assert.Equal(["营口丰天通跨境电子商务有限公司", "营口博顺泰供应链管理有限公司", "鲅鱼圈区化工有限公司"], result.Rows.Select(r => r.Name));
    }

    [Fact]
    public void Import_Gb18030FileWithOneUtf8Line_ReadsGb18030AndRejectsTheUtf8Line()
    {
        var gb = TempDirectory.Gb18030;
        var path = WriteLines("enterprises.csv",
        [
            (Header, gb),
            (Row(1, "营口丰天通跨境电子商务有限公司"), gb),
            (Row(2, "营口博顺泰供应链管理有限公司"), Encoding.UTF8),
            (Row(3, "鲅鱼圈区化工有限公司"), gb),
        ]);

        var result = EnterpriseImporter.Import(path);

        ReportAssert.Counts(result.Report, read: 3, accepted: 2, rejected: 1);
        Assert.Equal("GB18030", result.Report.Encoding);
        Assert.True(result.Report.EncodingInconsistent);
        var error = Assert.Single(result.Report.Issues, i => i.Severity == IssueSeverity.Error);
        Assert.Equal((3L, "name"), (error.Line, error.Column));
        Assert.StartsWith("the line is UTF-8, although the file is GB18030 by its other 2 line(s)", error.Reason, StringComparison.Ordinal);
        Assert.Equal(["营口丰天通跨境电子商务有限公司", "鲅鱼圈区化工有限公司"], result.Rows.Select(r => r.Name));
    }

    [Fact]
    public void Import_PureGb18030File_AcceptsEveryRowAndIsConsistent()
    {
        var path = directory.Write("enterprises.csv",
            [Header, Row(1, "营口丰天通跨境电子商务有限公司"), Row(2, "营口博顺泰供应链管理有限公司")], TempDirectory.Gb18030);

        var result = EnterpriseImporter.Import(path);

        ReportAssert.Counts(result.Report, read: 2, accepted: 2, rejected: 0);
        Assert.Equal("GB18030", result.Report.Encoding);
        Assert.False(result.Report.EncodingInconsistent);
        Assert.Empty(result.Report.Issues);
        Assert.Equal(["营口丰天通跨境电子商务有限公司", "营口博顺泰供应链管理有限公司"], result.Rows.Select(r => r.Name));
    }

    [Fact]
    public void Import_Gb18030FileWithUtf8ByteOrderMark_ReadsTheHeader()
    {
        // What made score reject every row at line 1 while nightly (which drops the mark) read the file.
        var path = WriteLines("enterprises.csv",
        [
            ("\uFEFF" + Header, Encoding.UTF8),
            (Row(1, "营口丰天通跨境电子商务有限公司"), TempDirectory.Gb18030),
            (Row(2, "营口博顺泰供应链管理有限公司"), TempDirectory.Gb18030),
        ]);

        var result = EnterpriseImporter.Import(path);

        ReportAssert.Counts(result.Report, read: 2, accepted: 2, rejected: 0);
        Assert.Equal("GB18030", result.Report.Encoding);
        Assert.False(result.Report.EncodingInconsistent);
    }

    [Fact]
    public void Import_Gb18030FileWithUndecodableLine_RejectsThatLineWithoutCallingTheFileInconsistent()
    {
        var gb = TempDirectory.Gb18030;
        var path = Path.Combine(directory.Path, "enterprises.csv");
        var bytes = new List<byte>();
        bytes.AddRange(gb.GetBytes($"{Header}\n{Row(1, "营口丰天通跨境电子商务有限公司")}\n"));
        bytes.AddRange(Encoding.ASCII.GetBytes($"{TestUscc.Valid(2)},"));
        bytes.AddRange([0xB0, 0xFF, (byte)'x']);
        bytes.AddRange(Encoding.ASCII.GetBytes(",C2614,R,G1,2020-01-01,operating,false\n"));
        File.WriteAllBytes(path, [.. bytes]);

        var result = EnterpriseImporter.Import(path);

        ReportAssert.Counts(result.Report, read: 2, accepted: 1, rejected: 1);
        Assert.False(result.Report.EncodingInconsistent);
        var error = Assert.Single(result.Report.Issues, i => i.Severity == IssueSeverity.Error);
        Assert.Equal((3L, "name"), (error.Line, error.Column));
        Assert.Contains("valid neither in GB18030", error.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Rows, r => r.Name.Contains('\uFFFD', StringComparison.Ordinal));
    }

    [Fact]
    public void Import_HeaderInTheMinorityEncoding_RejectsEveryRowAtTheHeader()
    {
        var path = WriteLines("enterprises.csv",
        [
            ("uscc,name,industry_code,region,grid,registration_date,status,new_business_form,备注", TempDirectory.Gb18030),
            (Row(1, "营口丰天通跨境电子商务有限公司") + ",x", Encoding.UTF8),
            (Row(2, "营口博顺泰供应链管理有限公司") + ",y", Encoding.UTF8),
        ]);

        var result = EnterpriseImporter.Import(path);

        ReportAssert.Counts(result.Report, read: 2, accepted: 0, rejected: 2);
        Assert.Contains(result.Report.Issues, i => i.Line == 1 && i.Reason.StartsWith("the header row is unreadable: bytes not valid UTF-8", StringComparison.Ordinal));
    }

    [Fact]
    public void Import_MismatchedLineAcrossReadBoundaries_IsRejectedAtItsLine()
    {
        // Enough rows that the Latin-1 line is read well after CsvHelper's first buffer.
        var lines = new List<(string, Encoding)> { (Header, Encoding.UTF8) };
        for (var i = 1; i <= 3000; i++)
        {
            lines.Add((Row(i, i == 2500 ? "Société Générale" : $"企业{i}有限公司"), i == 2500 ? Latin1 : Encoding.UTF8));
        }

        var result = EnterpriseImporter.Import(WriteLines("enterprises.csv", lines));

        ReportAssert.Counts(result.Report, read: 3000, accepted: 2999, rejected: 1);
        Assert.Equal(2501L, Assert.Single(result.Report.Issues, i => i.Severity == IssueSeverity.Error).Line);
    }

    private static string Row(int number, string name) => $"{TestUscc.Valid(number)},{name},C2614,鲅鱼圈区,G1,2020-01-01,operating,false";

    private string WriteLines(string fileName, IEnumerable<(string Text, Encoding Encoding)> lines)
    {
        var path = Path.Combine(directory.Path, fileName);
        using var file = File.Create(path);
        foreach (var (text, encoding) in lines)
        {
            file.Write(encoding.GetBytes(text + "\n"));
        }

        return path;
    }
}
