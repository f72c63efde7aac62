using Supervision.Data.Results;
using Supervision.Tests.Import;

namespace Supervision.Tests.Results;

/// <summary>Results are checked against the draw's tasks; every rejected row says why, at its line and column.</summary>
public sealed class ResultImporterTests
{
    private const string Header = "task_id,uscc,date,inspectors,items_checked,findings,harm,quantity,rectification_deadline,rectification_status,corrected_timing,corrected_on";
    private const string Task = "SJ-2026-12-SC/91210804MA4CK9DK54/1,91210804MA4CK9DK54";

    [Theory]
    [InlineData(",,2026-12-03,not_required,", null)]
    [InlineData(",,2026-12-02,not_required,", "rectification_deadline")]
    [InlineData("SC-005:SJ-MB-01,slight,2026-12-02,pending,", "rectification_deadline")]
    [InlineData("SC-005:SJ-MB-01,slight,2026-12-10,pending,further_handling", null)]
    [InlineData(",,,not_required,further_handling", "findings")]
    [InlineData(",,,not_required,correction_ordered", "findings")]
    [InlineData("SC-005:SJ-MB-01,slight,2026-12-10,pending,no_problem", "findings")]
    [InlineData("SC-005:SJ-MB-01,slight,2026-12-10,pending,unreachable", "findings")]
    [InlineData(",,,not_required,no_problem", null)]
    [InlineData(",,,not_required,refused", null)]
    [InlineData(",,,not_required,正常", "outcome")]
    public void Import_DeadlineAndCategory_CheckedAgainstDateAndFindings(string cells, string? rejectedColumn)
    {
        var parts = cells.Split(',');
        using var directory = new TempDirectory();
        var path = directory.Write("results.csv",
            [Header + ",outcome", $"{Task},2026-12-03,SJ0005;SJ0045,SC-001;SC-005,{parts[0]},{parts[1]},,{parts[2]},{parts[3]},,,{parts[4]}"]);

        var result = ResultImporter.Import(path, SampleResults.Draw);

        Assert.Equal(rejectedColumn, result.Report.Issues.Select(i => i.Column).FirstOrDefault());
    }

    [Fact]
    public void Check_OneRowOfCells_GivesTheFileImportsAnswer_WithEveryErrorAtItsColumn()
    {
        var task = SampleResults.Draw.Outcome.Tasks.Single(t => t.TaskId == Task.Split(',')[0]);
        var cells = new Dictionary<string, string>
        {
            ["task_id"] = task.TaskId, ["uscc"] = task.Uscc, ["date"] = "2026-12-03", ["inspectors"] = "SJ0005", ["items_checked"] = "SC-001;SC-005",
            ["findings"] = "", ["rectification_deadline"] = "2026-12-01", ["rectification_status"] = "not_required", ["outcome"] = "correction_ordered",
        };

        var rejected = ResultImporter.Check(cells, task);
        var accepted = ResultImporter.Check(new Dictionary<string, string>(cells)
        {
            ["inspectors"] = "SJ0005;SJ0045", ["findings"] = "SC-005:SJ-MB-01", ["rectification_deadline"] = "2026-12-10", ["rectification_status"] = "pending",
        }, task);

        Assert.Empty(rejected.Rows);
        Assert.Equal(["findings", "inspectors", "rectification_deadline"], rejected.Report.Issues.Select(i => i.Column).Order(StringComparer.Ordinal));
        Assert.All(rejected.Report.Issues, i => Assert.Equal(ResultImporter.FormName, i.File));
        var row = Assert.Single(accepted.Rows);
        Assert.Equal(ResultCategory.CorrectionOrdered, row.Category);
        Assert.Equal([new ResultFinding("SC-005", "SJ-MB-01")], row.Findings);
        Assert.Equal(new DateOnly(2026, 12, 10), row.RectificationDeadline);
    }

    [Fact]
    public void Check_AFormulaCell_IsRefusedAtItsColumn_ALineBreak_RejectsTheRow()
    {
        var task = SampleResults.Draw.Outcome.Tasks.Single(t => t.TaskId == Task.Split(',')[0]);
        var cells = new Dictionary<string, string>
        {
            ["task_id"] = task.TaskId, ["uscc"] = task.Uscc, ["date"] = "2026-12-03", ["inspectors"] = "SJ0005;SJ0045", ["items_checked"] = "SC-001;SC-005",
            ["findings"] = "=SC-005:SJ-MB-01", ["quantity"] = "=1+1", ["rectification_status"] = "corrected", ["corrected_timing"] = "before_decision",
            ["corrected_on"] = "2026-12-04", ["outcome"] = "correction_ordered",
        };

        var result = ResultImporter.Check(cells, task);
        var broken = ResultImporter.Check(new Dictionary<string, string>(cells) { ["findings"] = "SC-005:SJ-MB-01\n\",x", ["quantity"] = "" }, task);

        Assert.Empty(result.Rows);
        Assert.Contains(result.Report.Issues, i => i.Column == "findings");
        Assert.Contains(result.Report.Issues, i => i.Column == "quantity");
        Assert.Empty(broken.Rows);
        Assert.Contains(broken.Report.Issues, i => i.Reason.Contains("line breaks inside quotes are not accepted", StringComparison.Ordinal));
    }

    [Fact]
    public void Import_SampleFile_AcceptsValidRowsAndRejectsSixWithReasons()
    {
        var result = ResultImporter.Import(SampleResults.ResultsPath, SampleResults.Draw);

        Assert.Equal((30L, 24L, 6L), (result.Report.Read, result.Report.Accepted, result.Report.Rejected));
        Assert.True(result.Report.IsBalanced);
        var issues = result.Report.Issues.Select(i => (i.Line, i.Column)).ToList();
        Assert.Equal([(26L, "task_id"), (27L, "inspectors"), (28L, "date"), (29L, "uscc"), (30L, "findings"), (31L, "corrected_timing")], issues);
        Assert.Equal(21, result.Rows.Sum(r => r.Findings.Count));
    }

    [Theory]
    [InlineData("2026-12-01,SJ0005;SJ0045", null)]
    [InlineData("2026-11-30,SJ0005;SJ0045", "date")]
    [InlineData("2026-12-07,SJ0005;SJ0045", null)]
    [InlineData("2026-12-08,SJ0005;SJ0045", "date")]
    [InlineData("2026-12-03,SJ0005;SJ0046", "inspectors")]
    [InlineData("2026-12-03,SJ0005", "inspectors")]
    public void Import_WindowAndTeam_CheckedAtTheirEdges(string dateAndTeam, string? rejectedColumn)
    {
        using var directory = new TempDirectory();
        var path = directory.Write("results.csv", [Header, $"{Task},{dateAndTeam},SC-001;SC-005,,,,,not_required,,"]);

        var result = ResultImporter.Import(path, SampleResults.Draw);

        Assert.Equal(rejectedColumn, result.Report.Issues.Select(i => i.Column).FirstOrDefault());
    }

    [Theory]
    [InlineData("SC-005:SJ-MB-01,slight,,,corrected,before_discovery,2026-12-02", null)]
    [InlineData("SC-005:SJ-MB-01,slight,,,corrected,before_discovery,2026-12-03", "corrected_timing")]
    [InlineData("SC-005:SJ-MB-01,slight,,2026-12-10,corrected,within_deadline,2026-12-10", null)]
    [InlineData("SC-005:SJ-MB-01,slight,,2026-12-10,corrected,within_deadline,2026-12-11", "corrected_timing")]
    [InlineData("SC-005:SJ-MB-01,slight,,,pending,,", "rectification_deadline")]
    [InlineData("SC-006:SJ-GG-01,none,,,corrected,before_decision,2026-12-04", "findings")]
    [InlineData("SC-005-SJ-MB-01,none,,,corrected,before_decision,2026-12-04", "findings")]
    [InlineData("SC-005:SJ-MB-01,grave,,,corrected,before_decision,2026-12-04", "harm")]
    public void Import_FindingsAndRectification_Consistent(string cells, string? rejectedColumn)
    {
        using var directory = new TempDirectory();
        var path = directory.Write("results.csv", [Header, $"{Task},2026-12-03,SJ0005;SJ0045,SC-001;SC-005,{cells}"]);

        var result = ResultImporter.Import(path, SampleResults.Draw);

        Assert.Equal(rejectedColumn, result.Report.Issues.Select(i => i.Column).FirstOrDefault());
    }

    [Fact]
    public void Import_TwoResultsForOneTask_SecondRejected()
    {
        using var directory = new TempDirectory();
        var row = $"{Task},2026-12-03,SJ0005;SJ0045,SC-001,,,,,not_required,,";
        var path = directory.Write("results.csv", [Header, row, row]);

        var result = ResultImporter.Import(path, SampleResults.Draw);

        Assert.Equal(1, result.Report.Rejected);
        Assert.Contains("first occurrence on line 2", result.Report.Issues[0].Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-1000", "quantity")]
    [InlineData("-0.5", "quantity")]
    [InlineData("1e9", "quantity")]
    [InlineData("NaN", "quantity")]
    [InlineData("0", null)]
    [InlineData("12.5", null)]
    public void Import_NegativeOrNonNumericQuantity_RejectsTheRow(string quantity, string? rejectedColumn)
    {
        using var directory = new TempDirectory();
        var path = directory.Write("results.csv",
            [Header, $"{Task},2026-12-03,SJ0005;SJ0045,SC-001;SC-005,SC-005:SJ-MB-01,slight,{quantity},,corrected,before_decision,2026-12-05"]);

        var result = ResultImporter.Import(path, SampleResults.Draw);

        Assert.Equal(rejectedColumn, result.Report.Issues.Select(i => i.Column).FirstOrDefault());
        Assert.Equal(rejectedColumn is null ? 1 : 0, result.Rows.Count);
        if (rejectedColumn is not null)
        {
            Assert.Equal(2, ReportAssert.ErrorAt(result.Report, 2).Line);
        }
    }
}
