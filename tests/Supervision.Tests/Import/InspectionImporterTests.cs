using Supervision.Data.Import;

namespace Supervision.Tests.Import;

public sealed class InspectionImporterTests : IDisposable
{
    private const string Header = "inspection_id,uscc,date,department,inspectors,violation_found,items";

    private readonly TempDirectory directory = new();

    public void Dispose() => directory.Dispose();

    [Fact]
    public void Import_ValidRows_SplitsListsAndParsesBooleans()
    {
        var path = directory.Write("inspections.csv",
        [
            Header,
            $"INS-1,{TestUscc.Valid(1)},2024-03-15,应急管理局,P001; P002 ,是,A01;A02;",
            $"INS-2,{TestUscc.Valid(1)},2024-06-15,市场监管局,P003；P004,false,",
        ]);

        var result = InspectionImporter.Import(path);

        ReportAssert.Counts(result.Report, read: 2, accepted: 2, rejected: 0);
        Assert.Equal(["P001", "P002"], result.Rows[0].Inspectors);
        Assert.Equal(["A01", "A02"], result.Rows[0].Items);
        Assert.True(result.Rows[0].ViolationFound);
        Assert.Equal(["P003", "P004"], result.Rows[1].Inspectors);
        Assert.Empty(result.Rows[1].Items);
        Assert.Equal(new DateOnly(2024, 6, 15), result.Rows[1].Date);
    }

    [Theory]
    [InlineData("INS-1,{0},2024-03-15,应急管理局,,true,", "inspectors", "at least one")]
    [InlineData("INS-1,{0},2024-03-15,应急管理局,P1;P1,true,", "inspectors", "more than once")]
    [InlineData("INS-1,{0},2024-03-15,应急管理局,P1,maybe,", "violation_found", "not a boolean")]
    [InlineData("INS-1,{0},2024-02-30,应急管理局,P1,true,", "date", "not a date")]
    [InlineData(",{0},2024-03-15,应急管理局,P1,true,", "inspection_id", "required")]
    public void Import_InvalidRow_RejectsWithColumn(string line, string column, string reason)
    {
        var path = directory.Write("inspections.csv", [Header, line.Replace("{0}", TestUscc.Valid(1), StringComparison.Ordinal)]);

        var result = InspectionImporter.Import(path);

        ReportAssert.Counts(result.Report, read: 1, accepted: 0, rejected: 1);
        var issue = ReportAssert.ErrorAt(result.Report, 2);
        Assert.Equal(column, issue.Column);
        Assert.Contains(reason, issue.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_DuplicateInspectionId_RejectsSecond()
    {
        var path = directory.Write("inspections.csv",
        [
            Header,
            $"INS-1,{TestUscc.Valid(1)},2024-03-15,应急管理局,P1,true,",
            $"INS-1,{TestUscc.Valid(2)},2024-03-16,应急管理局,P2,false,",
        ]);

        var result = InspectionImporter.Import(path);

        ReportAssert.Counts(result.Report, read: 2, accepted: 1, rejected: 1);
        var issue = ReportAssert.ErrorAt(result.Report, 3);
        Assert.Equal("inspection_id", issue.Column);
        Assert.Contains("line 2", issue.Reason, StringComparison.Ordinal);
    }
}
