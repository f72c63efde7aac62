using Supervision.Model.Import;

namespace Supervision.Tests.Import;

internal static class ReportAssert
{
    /// <summary>Checks the totals and that they add up: read = accepted + rejected.</summary>
    public static void Counts(ImportReport report, long read, long accepted, long rejected)
    {
        Assert.Equal(read, report.Accepted + report.Rejected);
        Assert.True(report.IsBalanced);
        Assert.Equal((read, accepted, rejected), (report.Read, report.Accepted, report.Rejected));
    }

    /// <summary>The single error issue on <paramref name="line"/>.</summary>
    public static ImportIssue ErrorAt(ImportReport report, long line)
        => Assert.Single(report.Issues, i => i.Line == line && i.Severity == IssueSeverity.Error);
}
