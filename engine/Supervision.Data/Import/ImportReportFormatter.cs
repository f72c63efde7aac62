using System.Globalization;
using System.Text;
using Supervision.Model.Import;
using Supervision.Model.Text;

namespace Supervision.Data.Import;

/// <summary>
/// Prints import reports for the console and log files: the totals, then the issues, capped per file. Issues quote
/// values and headers from the file: control and bidirectional formatting characters are printed escaped (\u{202E}).
/// </summary>
public static class ImportReportFormatter
{
    public const int DefaultMaxIssuesPerFile = 20;

    public static string Format(ImportReport report, int maxIssuesPerFile = DefaultMaxIssuesPerFile)
        => Format([report], maxIssuesPerFile);

    public static string Format(IEnumerable<ImportReport> reports, int maxIssuesPerFile = DefaultMaxIssuesPerFile)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(writer, reports, maxIssuesPerFile);
        return writer.ToString();
    }

    public static void Write(TextWriter writer, IEnumerable<ImportReport> reports, int maxIssuesPerFile = DefaultMaxIssuesPerFile)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentOutOfRangeException.ThrowIfNegative(maxIssuesPerFile);

        foreach (var report in reports)
        {
            var line = new StringBuilder(report.ToString());
            var errors = report.Issues.Count(i => i.Severity == IssueSeverity.Error);
            line.Append($", {errors} error(s), {report.Issues.Count - errors} warning(s)");
            if (!report.IsBalanced)
            {
                line.Append(" — TOTALS DO NOT ADD UP");
            }

            writer.WriteLine(UnsafeCharacters.Escape(line.ToString()));
            foreach (var issue in report.Issues.Take(maxIssuesPerFile))
            {
                writer.WriteLine($"  {UnsafeCharacters.Escape(issue.ToString())}");
            }

            if (report.Issues.Count > maxIssuesPerFile)
            {
                writer.WriteLine($"  … and {report.Issues.Count - maxIssuesPerFile} more");
            }
        }
    }
}
