using System.Globalization;
using Supervision.Rules.Compilation;

namespace Supervision.Rules.Testing;

/// <summary>
/// Prints a rule test report for regulators and CI logs: problems in the test files, one line per case (with the
/// differences and the fired rules under a failed one), the totals and the coverage with every element not covered.
/// </summary>
public static class RuleTestReportWriter
{
    public static void Write(TextWriter writer, RuleTestReport report)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(report);
        foreach (var diagnostic in report.Diagnostics)
        {
            writer.WriteLine(diagnostic);
        }

        foreach (var result in report.Results)
        {
            writer.WriteLine($"{result.Location}: {(result.Passed ? "PASS" : "FAIL")} {result.Name}");
            if (!result.Passed)
            {
                var fired = result.Fired.Count == 0 ? "(none)" : string.Join(", ", result.Fired);
                writer.WriteLine($"    {string.Join("; ", result.Differences)}; fired: {fired}");
            }
        }

        var notRun = report.NotRun > 0 ? $", {report.NotRun} not run (see the errors above)" : "";
        writer.WriteLine();
        writer.WriteLine($"{report.Results.Count + report.NotRun} cases: {report.Passed} passed, {report.Failed} failed{notRun}");
        var coverage = report.Coverage;
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"rules covered {coverage.RulesCovered}/{coverage.Rules}, table rows {coverage.RowsCovered}/{coverage.Rows}"));
        if (!coverage.IsFull)
        {
            writer.WriteLine("not covered (no case makes them fire):");
            foreach (var element in coverage.Uncovered)
            {
                writer.WriteLine($"  {element.Location}: {Describe(element)}");
            }
        }
    }

    private static string Describe(Element element)
    {
        if (element.Kind == ElementKind.Rule)
        {
            return $"rule {element.Id} {element.Title} (when {element.Rule!.When})";
        }

        var table = element.Table!;
        var row = element.Row!;
        var inputs = table.Inputs.Select((input, i) => $"{input.Name} {row.Tests[i].Text}");
        var outputs = table.Outputs.Select((output, i) => $"{output} {row.Outputs[i]}");
        return $"row {element.Id} of table {table.Id} ({string.Join(", ", inputs)} → {string.Join(", ", outputs)})";
    }
}
