using Supervision.Data.Import;
using Supervision.Model.Import;

namespace Supervision.Tests.Import;

public sealed class ImportReportFormatterTests
{
    [Fact]
    public void Format_MoreIssuesThanCap_PrintsCapAndCountsTheRest()
    {
        var issues = Enumerable.Range(2, 5)
            .Select(line => new ImportIssue("a.csv", line, "uscc", "USCC is empty", IssueSeverity.Error))
            .ToList();
        var report = new ImportReport("a.csv", "UTF-8", 7, 2, 5, issues);

        var text = ImportReportFormatter.Format(report, maxIssuesPerFile: 2);

        var lines = text.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
            [
                "a.csv (UTF-8): read 7, accepted 2, rejected 5, 5 error(s), 0 warning(s)",
                "  a.csv:2: error: column 'uscc': USCC is empty",
                "  a.csv:3: error: column 'uscc': USCC is empty",
                "  … and 3 more",
            ],
            lines);
    }

    [Fact]
    public void Format_SeveralReports_PrintsEachWithoutCapLine()
    {
        var first = new ImportReport("a.csv", "UTF-8", 1, 1, 0, []);
        var second = new ImportReport("b.csv", "GB18030", 1, 1, 0, [new ImportIssue("b.csv", 1, null, "unknown columns ignored: x", IssueSeverity.Warning)]);

        var text = ImportReportFormatter.Format([first, second]);

        Assert.DoesNotContain("more", text, StringComparison.Ordinal);
        Assert.Contains("b.csv:1: warning: unknown columns ignored: x", text, StringComparison.Ordinal);
    }
}
