using Supervision.Data.Import;
using Supervision.Model.Import;
using Supervision.Model.Indicators;

namespace Supervision.Tests.Import;

public sealed class PopulationLoaderTests : IDisposable
{
    private static readonly IndicatorColumn[] Columns = [new("hazard_score", IndicatorType.Number, [], 0, 100)];

    private readonly TempDirectory directory = new();

    public void Dispose() => directory.Dispose();

    [Fact]
    public void Load_AllFiles_RejectsRowsOfUnknownEnterprisesInEachFile()
    {
        WriteRegistry();
        var stranger = TestUscc.Valid(99);
        directory.Write(PopulationLoader.SafetyIndicatorsFile, ["uscc,hazard_score", $"{TestUscc.Valid(1)},42", $"{stranger},1"]);
        directory.Write(PopulationLoader.CreditRecordsFile,
        [
            "uscc,record_type,start_date,end_date,grade,amount,document_no,basis",
            $"{TestUscc.Valid(1)},penalty,2023-04-01,,,100,DOC-1,",
            $"{TestUscc.Valid(1)},blacklist,2023-05-01,,,,DOC-2,",
            $"{stranger},penalty,2023-04-01,,,100,DOC-3,",
        ]);
        directory.Write(PopulationLoader.InspectionsFile,
        [
            "inspection_id,uscc,date,department,inspectors,violation_found,items",
            $"INS-1,{stranger},2024-03-15,EM,P001;P002,true,",
            $"INS-2,{TestUscc.Valid(2)},2024-03-15,EM,P001;P002,false,",
        ]);
        directory.Write(PopulationLoader.InspectorsFile,
        [
            "inspector_id,name,department,certificate_no,certificate_valid_to,region,certifications,conflicts",
            $"P001,Zhang,EM,31000123,2026-12-31,Pudong,,{stranger}",
        ]);

        var population = PopulationLoader.Load(directory.Path, Columns);

        Assert.Equal(5, population.Reports.Count);
        Assert.All(population.Reports, report => Assert.True(report.IsBalanced));
        Assert.Equal(2, population.Enterprises.Count);
        Assert.Equal(new object?[] { 42.0 }, Assert.Single(population.Indicators).Value);
        Assert.Equal(2, population.CreditRecords[TestUscc.Valid(1)].Count());
        Assert.Empty(population.CreditRecords[stranger]);
        Assert.Equal("INS-2", Assert.Single(population.Inspections[TestUscc.Valid(2)]).InspectionId);
        Assert.Single(population.Inspectors);
        Assert.Same(Columns, population.IndicatorColumns);
        foreach (var (report, line) in population.Reports.Skip(1).Take(3).Zip(new[] { 3L, 4L, 2L }))
        {
            Assert.Equal(1, report.Rejected);
            var issue = ReportAssert.ErrorAt(report, line);
            Assert.Equal(("uscc", true), (issue.Column, issue.Reason.StartsWith("unknown enterprise", StringComparison.Ordinal)));
        }
    }

    [Fact]
    public void Load_OnlyRegistry_ReturnsEmptyDataAndWarningPerMissingFile()
    {
        WriteRegistry();

        var population = PopulationLoader.Load(directory.Path, Columns);

        Assert.Equal(2, population.Enterprises.Count);
        Assert.Empty(population.Indicators);
        Assert.Empty(population.CreditRecords);
        Assert.Empty(population.Inspections);
        Assert.Empty(population.Inspectors);
        foreach (var report in population.Reports.Skip(1))
        {
            ReportAssert.Counts(report, read: 0, accepted: 0, rejected: 0);
            var warning = Assert.Single(report.Issues);
            Assert.Equal(IssueSeverity.Warning, warning.Severity);
            Assert.Contains("file not found", warning.Reason, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Load_NoRegistry_ThrowsFileNotFoundWithPath()
    {
        var expected = Path.Combine(directory.Path, PopulationLoader.EnterprisesFile);

        var exception = Assert.Throws<FileNotFoundException>(() => PopulationLoader.Load(directory.Path, Columns));

        Assert.Equal(expected, exception.FileName);
        Assert.Contains(expected, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_RejectedRegistryRow_MakesItsEnterpriseUnknown()
    {
        directory.Write(PopulationLoader.EnterprisesFile,
        [
            "uscc,name,industry_code,region,grid,registration_date,status",
            $"{TestUscc.Valid(1)},Alpha,C2614,Pudong,G01,2015-03-02,bankrupt",
        ]);
        directory.Write(PopulationLoader.SafetyIndicatorsFile, ["uscc,hazard_score", $"{TestUscc.Valid(1)},42"]);

        var population = PopulationLoader.Load(directory.Path, Columns);

        Assert.Empty(population.Enterprises);
        ReportAssert.Counts(population.Reports[1], read: 1, accepted: 0, rejected: 1);
        Assert.Contains("unknown enterprise", ReportAssert.ErrorAt(population.Reports[1], 2).Reason, StringComparison.Ordinal);
    }

    private void WriteRegistry()
        => directory.Write(PopulationLoader.EnterprisesFile,
        [
            "uscc,name,industry_code,region,grid,registration_date,status",
            $"{TestUscc.Valid(1)},Alpha,C2614,Pudong,G01,2015-03-02,operating",
            $"{TestUscc.Valid(2)},Beta,C14,Lingang,G02,2016-03-02,operating",
        ]);
}
