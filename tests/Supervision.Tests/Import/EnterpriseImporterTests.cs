using System.Text;
using Supervision.Data.Import;
using Supervision.Model.Import;
using Supervision.Model.Registry;

namespace Supervision.Tests.Import;

public sealed class EnterpriseImporterTests : IDisposable
{
    private const string Header = "uscc,name,industry_code,region,grid,registration_date,status,new_business_form";

    private readonly TempDirectory directory = new();

    public void Dispose() => directory.Dispose();

    [Fact]
    public void Import_ValidFile_AcceptsAllRowsWithValues()
    {
        var path = directory.Write("enterprises.csv",
        [
            Header,
            $"{TestUscc.Valid(1)},Alpha Chemicals, C2614 ,Pudong,G01,2015-03-02,operating,true",
            $"{TestUscc.Valid(2)},Beta Foods,C14,Lingang,G02,1949-10-01,dormant,0",
            $"{TestUscc.Valid(3)},Gamma Logistics,G5431,Pudong,G01,2020-12-31,注销,",
        ]);

        var result = EnterpriseImporter.Import(path);

        ReportAssert.Counts(result.Report, read: 3, accepted: 3, rejected: 0);
        Assert.Empty(result.Report.Issues);
        Assert.Equal("UTF-8", result.Report.Encoding);
        Assert.Equal(
            new Enterprise(TestUscc.Valid(1), "Alpha Chemicals", "C2614", "Pudong", "", "G01", new DateOnly(2015, 3, 2), OperatingStatus.Operating, true),
            result.Rows[0]);
        Assert.Equal(OperatingStatus.Dormant, result.Rows[1].Status);
        Assert.False(result.Rows[1].NewBusinessForm);
        Assert.Equal(OperatingStatus.Deregistered, result.Rows[2].Status);
        Assert.False(result.Rows[2].NewBusinessForm);
    }

    [Fact]
    public void Import_WrongCheckCharacter_RejectsRowWithLineAndColumn()
    {
        var path = directory.Write("enterprises.csv",
        [
            Header,
            $"{TestUscc.Valid(1)},Alpha,C2614,Pudong,G01,2015-03-02,operating,false",
            $"{TestUscc.WrongCheck(2)},Beta,C2614,Pudong,G01,2015-03-02,operating,false",
        ]);

        var result = EnterpriseImporter.Import(path);

        ReportAssert.Counts(result.Report, read: 2, accepted: 1, rejected: 1);
        var issue = ReportAssert.ErrorAt(result.Report, 3);
        Assert.Equal("uscc", issue.Column);
        Assert.Equal(path, issue.File);
        Assert.Contains("check character", issue.Reason, StringComparison.Ordinal);
        Assert.Equal(TestUscc.Valid(1), Assert.Single(result.Rows).Uscc);
    }

    [Fact]
    public void Import_Gb18030FileWithChineseHeaders_ReadsChineseValues()
    {
        var path = directory.Write("enterprises.csv",
        [
            "统一社会信用代码,企业名称,行业代码,区域,网格,成立日期,经营状态,新业态",
            $"{TestUscc.Valid(1)},上海某某化工有限公司,C2614,浦东新区,第一网格,2015-03-02,存续,是",
            $"{TestUscc.Valid(2)},\"临港物流, 有限公司\",G5431,临港新片区,第二网格,2018-06-30,吊销,否",
        ], TempDirectory.Gb18030);

        var result = EnterpriseImporter.Import(path);

        ReportAssert.Counts(result.Report, read: 2, accepted: 2, rejected: 0);
        Assert.Equal("GB18030", result.Report.Encoding);
        Assert.Equal("上海某某化工有限公司", result.Rows[0].Name);
        Assert.Equal("浦东新区", result.Rows[0].Region);
        Assert.True(result.Rows[0].NewBusinessForm);
        Assert.Equal("临港物流, 有限公司", result.Rows[1].Name);
        Assert.Equal(OperatingStatus.Revoked, result.Rows[1].Status);
    }

    [Fact]
    public void Import_Utf8WithBom_MatchesFirstHeader()
    {
        var path = directory.Write("enterprises.csv",
        [
            "统一社会信用代码,企业名称,行业代码,区域,网格,成立日期,经营状态",
            $"{TestUscc.Valid(1)},上海某某化工有限公司,C2614,浦东新区,第一网格,2015-03-02,在业",
        ], new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        var result = EnterpriseImporter.Import(path);

        ReportAssert.Counts(result.Report, read: 1, accepted: 1, rejected: 0);
        Assert.Empty(result.Report.Issues);
        Assert.Equal("UTF-8", result.Report.Encoding);
        Assert.Equal(TestUscc.Valid(1), Assert.Single(result.Rows).Uscc);
    }

    [Fact]
    public void Import_MissingRequiredColumn_RejectsEveryRowWithFileLevelError()
    {
        var path = directory.Write("enterprises.csv",
        [
            "uscc,name,industry_code,grid,registration_date,status",
            $"{TestUscc.Valid(1)},Alpha,C2614,G01,2015-03-02,operating",
            $"{TestUscc.Valid(2)},Beta,C2614,G01,2015-03-02,operating",
        ]);

        var result = EnterpriseImporter.Import(path);

        ReportAssert.Counts(result.Report, read: 2, accepted: 0, rejected: 2);
        Assert.Empty(result.Rows);
        var issue = Assert.Single(result.Report.Issues);
        Assert.Equal((1L, "region", IssueSeverity.Error), (issue.Line, issue.Column, issue.Severity));
    }

    [Fact]
    public void Import_DistrictAndGrid_AreOptionalAndReadUnderEitherName()
    {
        var without = directory.Write("enterprises.csv",
        [
            "uscc,name,industry_code,region,registration_date,status",
            $"{TestUscc.Valid(1)},Alpha,C2614,综合保税区,2015-03-02,operating",
        ]);
        var withChineseHeaders = directory.Write("enterprises-zh.csv",
        [
            "uscc,name,industry_code,region,街道,网格,registration_date,status",
            $"{TestUscc.Valid(2)},Beta,C2614,综合保税区,鲅鱼圈区海东街道,G08,2015-03-02,operating",
        ]);

        var plain = EnterpriseImporter.Import(without);
        var placed = EnterpriseImporter.Import(withChineseHeaders);

        Assert.Empty(plain.Report.Issues);
        Assert.Equal(("", ""), (plain.Rows[0].District, plain.Rows[0].Grid));
        Assert.Empty(placed.Report.Issues);
        Assert.Equal(("鲅鱼圈区海东街道", "G08"), (placed.Rows[0].District, placed.Rows[0].Grid));
    }

    [Fact]
    public void Import_DuplicateUscc_RejectsLaterRowsCitingFirstLine()
    {
        var path = directory.Write("enterprises.csv",
        [
            Header,
            $"{TestUscc.Valid(1)},Alpha,C2614,Pudong,G01,2015-03-02,operating,false",
            $"{TestUscc.Valid(2)},Beta,C2614,Pudong,G01,2015-03-02,operating,false",
            $"{TestUscc.Valid(1)},Alpha again,C2614,Pudong,G01,2015-03-02,operating,false",
            $"{TestUscc.Valid(1)},Alpha thrice,C2614,Pudong,G01,2015-03-02,operating,false",
        ]);

        var result = EnterpriseImporter.Import(path);

        ReportAssert.Counts(result.Report, read: 4, accepted: 2, rejected: 2);
        Assert.Equal("Alpha", result.Rows[0].Name);
        foreach (var line in new[] { 4L, 5L })
        {
            var issue = ReportAssert.ErrorAt(result.Report, line);
            Assert.Equal("uscc", issue.Column);
            Assert.Contains("first occurrence on line 2", issue.Reason, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("Alpha\"Quoted\" Ltd")]
    [InlineData("\"Alpha Ltd")]
    [InlineData("\"Alpha\" Ltd")]
    public void Import_MalformedQuote_RejectsThatLineAndKeepsFollowingRows(string badName)
    {
        var path = directory.Write("enterprises.csv",
        [
            Header,
            $"{TestUscc.Valid(1)},Alpha,C2614,Pudong,G01,2015-03-02,operating,false",
            $"{TestUscc.Valid(2)},{badName},C2614,Pudong,G01,2015-03-02,operating,false",
            $"{TestUscc.Valid(3)},Gamma,C2614,Pudong,G01,2015-03-02,operating,false",
            $"{TestUscc.Valid(4)},Delta,C2614,Pudong,G01,2015-03-02,operating,false",
        ]);

        var result = EnterpriseImporter.Import(path);

        ReportAssert.Counts(result.Report, read: 4, accepted: 3, rejected: 1);
        var issue = ReportAssert.ErrorAt(result.Report, 3);
        Assert.StartsWith("malformed row", issue.Reason, StringComparison.Ordinal);
        Assert.Equal(["Alpha", "Gamma", "Delta"], result.Rows.Select(r => r.Name));
    }

    [Fact]
    public void Import_FieldCountMismatch_RejectsShortAndLongRows()
    {
        var path = directory.Write("enterprises.csv",
        [
            Header,
            $"{TestUscc.Valid(1)},Alpha,C2614,Pudong,G01,2015-03-02,operating",
            $"{TestUscc.Valid(2)},Beta,C2614,Pudong,G01,2015-03-02,operating,false,extra",
            $"{TestUscc.Valid(3)},Gamma,C2614,Pudong,G01,2015-03-02,operating,false",
        ]);

        var result = EnterpriseImporter.Import(path);

        ReportAssert.Counts(result.Report, read: 3, accepted: 1, rejected: 2);
        Assert.Contains("number of fields", ReportAssert.ErrorAt(result.Report, 2).Reason, StringComparison.Ordinal);
        Assert.Contains("number of fields", ReportAssert.ErrorAt(result.Report, 3).Reason, StringComparison.Ordinal);
        Assert.Equal("Gamma", Assert.Single(result.Rows).Name);
    }

    [Fact]
    public void Import_BadEnumBooleanDateAndCode_ReportsEveryBadCell()
    {
        var path = directory.Write("enterprises.csv",
        [
            Header,
            $"{TestUscc.Valid(1)},Alpha,C26145,Pudong,G01,2015/03/02,active,yes",
            $"{TestUscc.Valid(2)},Beta,C2614,Pudong,G01,1948-12-31,operating,false",
            $"{TestUscc.Valid(3)},,C2614,Pudong,G01,2015-3-2,operating,false",
        ]);

        var result = EnterpriseImporter.Import(path);

        ReportAssert.Counts(result.Report, read: 3, accepted: 0, rejected: 3);
        Assert.Equal(
            ["industry_code", "registration_date", "status", "new_business_form"],
            result.Report.Issues.Where(i => i.Line == 2).Select(i => i.Column));
        Assert.Equal("registration_date", ReportAssert.ErrorAt(result.Report, 3).Column);
        Assert.Equal(["name", "registration_date"], result.Report.Issues.Where(i => i.Line == 4).Select(i => i.Column));
    }

    [Fact]
    public void Import_EmptyLinesAndPaddedValues_IgnoresLinesAndTrimsValues()
    {
        var path = directory.Write("enterprises.csv",
        [
            Header,
            "",
            $"  {TestUscc.Valid(1)} ,  Alpha  ,C2614,Pudong,G01, 2015-03-02 ,Operating, TRUE ",
            "   ",
            "",
            $"{TestUscc.Valid(2)},Beta,C2614,Pudong,G01,2015-03-02,operating,false",
        ]);

        var result = EnterpriseImporter.Import(path);

        ReportAssert.Counts(result.Report, read: 2, accepted: 2, rejected: 0);
        Assert.Empty(result.Report.Issues);
        Assert.Equal((TestUscc.Valid(1), "Alpha", true), (result.Rows[0].Uscc, result.Rows[0].Name, result.Rows[0].NewBusinessForm));
    }

    [Fact]
    public void Import_UnknownExtraColumns_WarnsOnceAndKeepsRows()
    {
        var path = directory.Write("enterprises.csv",
        [
            Header + ",legal_person,remark",
            $"{TestUscc.Valid(1)},Alpha,C2614,Pudong,G01,2015-03-02,operating,false,Zhang San,none",
        ]);

        var result = EnterpriseImporter.Import(path);

        ReportAssert.Counts(result.Report, read: 1, accepted: 1, rejected: 0);
        var warning = Assert.Single(result.Report.Issues);
        Assert.Equal((1L, IssueSeverity.Warning), (warning.Line, warning.Severity));
        Assert.Contains("legal_person, remark", warning.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_MalformedHeader_RejectsEveryRow()
    {
        var path = directory.Write("enterprises.csv",
        [
            "uscc,\"name,industry_code,region,grid,registration_date,status",
            $"{TestUscc.Valid(1)},Alpha,C2614,Pudong,G01,2015-03-02,operating",
            $"{TestUscc.Valid(2)},Beta,C2614,Pudong,G01,2015-03-02,operating",
        ]);

        var result = EnterpriseImporter.Import(path);

        ReportAssert.Counts(result.Report, read: 2, accepted: 0, rejected: 2);
        Assert.Contains("header row is malformed", ReportAssert.ErrorAt(result.Report, 1).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_EmptyFile_ReportsFileLevelError()
    {
        var path = directory.Write("enterprises.csv", []);

        var result = EnterpriseImporter.Import(path);

        ReportAssert.Counts(result.Report, read: 0, accepted: 0, rejected: 0);
        Assert.Contains("empty", ReportAssert.ErrorAt(result.Report, 1).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_RowsOfEmptyFields_IgnoredWithOneWarning()
    {
        var path = directory.Write("enterprises.csv",
        [
            Header,
            $"{TestUscc.Valid(1)},Alpha,C2614,Pudong,G01,2015-03-02,operating,false",
            ",,,,,,,",
            " , ,,,,,,",
        ]);

        var result = EnterpriseImporter.Import(path);

        ReportAssert.Counts(result.Report, read: 1, accepted: 1, rejected: 0);
        var warning = Assert.Single(result.Report.Issues);
        Assert.Equal((3L, IssueSeverity.Warning), (warning.Line, warning.Severity));
        Assert.StartsWith("2 row(s)", warning.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_RecordLongerThanLimit_StopsWithFileLevelError()
    {
        var path = directory.Write("enterprises.csv",
        [
            Header,
            $"{TestUscc.Valid(1)},Alpha,C2614,Pudong,G01,2015-03-02,operating,false",
            $"{TestUscc.Valid(2)},{new string('x', 2 * CsvTable.MaxRecordBytes)},C2614,Pudong,G01,2015-03-02,operating,false",
            $"{TestUscc.Valid(3)},Gamma,C2614,Pudong,G01,2015-03-02,operating,false",
        ]);

        var result = EnterpriseImporter.Import(path);

        ReportAssert.Counts(result.Report, read: 1, accepted: 1, rejected: 0);
        Assert.Contains("reading stopped", ReportAssert.ErrorAt(result.Report, 3).Reason, StringComparison.Ordinal);
    }
}
