using Supervision.Data.Import;
using Supervision.Model.Registry;

namespace Supervision.Tests.Import;

public sealed class CreditRecordImporterTests : IDisposable
{
    private const string Header = "uscc,record_type,start_date,end_date,grade,amount,document_no,basis";

    private readonly TempDirectory directory = new();

    public void Dispose() => directory.Dispose();

    [Fact]
    public void Import_ValidRecords_AcceptsWithValues()
    {
        var path = directory.Write("credit-records.csv",
        [
            Header,
            $"{TestUscc.Valid(1)},penalty,2023-04-01,,,5000.50,沪浦市监罚〔2023〕12号,安全生产法第九十九条",
            $"{TestUscc.Valid(1)},纳税信用等级,2023-01-01,2023-12-31,m,,TAX-2023-1,",
            $"{TestUscc.Valid(2)},public_credit,2023-01-01,,A,,PC-1,",
            $"{TestUscc.Valid(2)},abnormal_operation,2022-01-01,2022-01-01,,,AB-1,",
        ]);

        var result = CreditRecordImporter.Import(path);

        ReportAssert.Counts(result.Report, read: 4, accepted: 4, rejected: 0);
        Assert.Equal(
            new CreditRecord(TestUscc.Valid(1), CreditRecordType.Penalty, new DateOnly(2023, 4, 1), null, null, 5000.50m, "沪浦市监罚〔2023〕12号", "安全生产法第九十九条"),
            result.Rows[0]);
        Assert.Equal((CreditRecordType.TaxGrade, "M", new DateOnly(2023, 12, 31)), (result.Rows[1].Type, result.Rows[1].Grade, result.Rows[1].EndDate));
        Assert.Equal(string.Empty, result.Rows[1].Basis);
    }

    [Fact]
    public void Import_FilesOneAfterAnother_FindDuplicatesWithinEachFileOnly()
    {
        // The importer reuses its table of keys from one import to the next: it must come back empty.
        var row = $"{TestUscc.Valid(1)},penalty,2023-04-01,,,100,罚〔2023〕1号,安全生产法第九十九条";
        var first = CreditRecordImporter.Import(directory.Write("first.csv", [Header, row, row]));
        var second = CreditRecordImporter.Import(directory.Write("second.csv", [Header, row]));
        var third = CreditRecordImporter.Import(directory.Write("third.csv", [Header, row, $"{TestUscc.Valid(2)},penalty,2023-04-01,,,100,罚〔2023〕1号,", row]));

        ReportAssert.Counts(first.Report, read: 2, accepted: 1, rejected: 1);
        Assert.Contains("first occurrence on line 2", ReportAssert.ErrorAt(first.Report, 3).Reason, StringComparison.Ordinal);
        ReportAssert.Counts(second.Report, read: 1, accepted: 1, rejected: 0);
        ReportAssert.Counts(third.Report, read: 3, accepted: 2, rejected: 1);
        Assert.Contains("first occurrence on line 2", ReportAssert.ErrorAt(third.Report, 4).Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("tax_grade,2023-01-01,,,,D-1", "grade", "required")]
    [InlineData("tax_grade,2023-01-01,,E,,D-1", "grade", "not a grade")]
    [InlineData("public_credit,2023-01-01,,M,,D-1", "grade", "not a grade")]
    [InlineData("penalty,2023-01-01,,A,,D-1", "grade", "only allowed")]
    [InlineData("blacklist,2023-01-01,,,100,D-1", "amount", "only allowed for penalty")]
    [InlineData("penalty,2023-01-01,,,-1,D-1", "amount", "negative")]
    [InlineData("penalty,2023-01-01,,,\"1,000\",D-1", "amount", "not a decimal")]
    [InlineData("penalty,2023-01-01,2022-12-31,,,D-1", "end_date", "before the start date")]
    [InlineData("fine,2023-01-01,,,,D-1", "record_type", "not one of the allowed values")]
    [InlineData("penalty,2023-01-01,,,,", "document_no", "required")]
    public void Import_InvalidRecord_RejectsWithColumn(string fields, string column, string reason)
    {
        var path = directory.Write("credit-records.csv",
        [
            "uscc,record_type,start_date,end_date,grade,amount,document_no",
            $"{TestUscc.Valid(1)},{fields}",
        ]);

        var result = CreditRecordImporter.Import(path);

        ReportAssert.Counts(result.Report, read: 1, accepted: 0, rejected: 1);
        var issue = ReportAssert.ErrorAt(result.Report, 2);
        Assert.Equal(column, issue.Column);
        Assert.Contains(reason, issue.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_SameKeyInEnglishAndChinese_RejectsDuplicate()
    {
        var path = directory.Write("credit-records.csv",
        [
            Header,
            $"{TestUscc.Valid(1)},penalty,2023-04-01,,,100,DOC-1,",
            $"{TestUscc.Valid(1)},penalty,2023-04-01,,,100,DOC-2,",
            $"{TestUscc.Valid(1)},行政处罚,2023-04-01,,,200,DOC-1,",
        ]);

        var result = CreditRecordImporter.Import(path);

        ReportAssert.Counts(result.Report, read: 3, accepted: 2, rejected: 1);
        var issue = ReportAssert.ErrorAt(result.Report, 4);
        Assert.Null(issue.Column);
        Assert.Contains("first occurrence on line 2", issue.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_OptionalColumnsAbsent_Accepts()
    {
        var path = directory.Write("credit-records.csv",
        [
            "统一社会信用代码,记录类型,起始日期,文书号",
            $"{TestUscc.Valid(1)},严重违法失信名单,2023-04-01,BL-1",
        ]);

        var result = CreditRecordImporter.Import(path);

        ReportAssert.Counts(result.Report, read: 1, accepted: 1, rejected: 0);
        Assert.Equal(CreditRecordType.Blacklist, Assert.Single(result.Rows).Type);
    }
}
