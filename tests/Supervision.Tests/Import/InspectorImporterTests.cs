using Supervision.Data.Import;

namespace Supervision.Tests.Import;

public sealed class InspectorImporterTests : IDisposable
{
    private readonly TempDirectory directory = new();

    public void Dispose() => directory.Dispose();

    [Fact]
    public void Import_ChineseHeaders_ReadsInspectors()
    {
        var path = directory.Write("inspectors.csv",
        [
            "人员编号,姓名,部门,执法证号,证件有效期,区域,资质,回避企业",
            $"P001,张三,应急管理局,31000123,2026-12-31,浦东新区,危险化学品;消防,{TestUscc.Valid(1)}",
            "P002,李四,市场监管局,31000124,2025-06-30,临港新片区,,",
        ], TempDirectory.Gb18030);

        var result = InspectorImporter.Import(path);

        ReportAssert.Counts(result.Report, read: 2, accepted: 2, rejected: 0);
        Assert.Equal("张三", result.Rows[0].Name);
        Assert.Equal(["危险化学品", "消防"], result.Rows[0].Certifications);
        Assert.Equal([TestUscc.Valid(1)], result.Rows[0].Conflicts);
        Assert.Equal(new DateOnly(2025, 6, 30), result.Rows[1].CertificateValidTo);
        Assert.Empty(result.Rows[1].Conflicts);
    }

    [Fact]
    public void Import_InvalidConflictUscc_RejectsNamingTheEntry()
    {
        var path = directory.Write("inspectors.csv",
        [
            "inspector_id,name,department,certificate_no,certificate_valid_to,region,certifications,conflicts",
            $"P001,Zhang,EM,31000123,2026-12-31,Pudong,,{TestUscc.Valid(1)};{TestUscc.WrongCheck(2)}",
        ]);

        var result = InspectorImporter.Import(path);

        ReportAssert.Counts(result.Report, read: 1, accepted: 0, rejected: 1);
        var issue = ReportAssert.ErrorAt(result.Report, 2);
        Assert.Equal("conflicts", issue.Column);
        Assert.StartsWith("entry 2:", issue.Reason, StringComparison.Ordinal);
    }
}
