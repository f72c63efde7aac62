using System.Globalization;
using System.Text;
using Supervision.Rules.Compilation;

namespace Supervision.Data.WhatIf;

/// <summary>The what-if's console summary: the transition matrix, the changes per category and the workload change.</summary>
public static class DiffText
{
    public static string Format(RulesDiffReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"rules diff · as-of {report.AsOf:yyyy-MM-dd} · {report.Total:N0} enterprises");
        text.AppendLine(CultureInfo.InvariantCulture, $"  base      {Bundle(report.Base)}");
        text.AppendLine(CultureInfo.InvariantCulture, $"  candidate {Bundle(report.Candidate)}");
        text.AppendLine();
        Matrix(text, report.Transitions);
        text.AppendLine();
        var c = report.Changed;
        text.AppendLine(CultureInfo.InvariantCulture, $"changed outcomes: {c.Count:N0} enterprises (category {Count(c, OutcomeChanges.Category):N0}, ratio {Count(c, OutcomeChanges.Ratio):N0}, "
            + $"regime {Count(c, OutcomeChanges.Regime):N0}, safety level {Count(c, OutcomeChanges.SafetyLevel):N0}, "
            + $"credit class {Count(c, OutcomeChanges.CreditClass):N0}, evaluation failed on one side {Count(c, OutcomeChanges.Evaluation):N0})");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"{"category",-10} {"enterprises base → candidate",30} {"expected inspections (Σ ratio)",36} {"planned draw",26}");
        foreach (var row in report.Categories)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{row.Category,-10} {Change(row.BaseEnterprises, row.CandidateEnterprises),30} "
                + $"{Change(row.BaseExpected, row.CandidateExpected),36} {Change(row.BasePlanned, row.CandidatePlanned),26}");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"{"total",-10} {Change(report.Total - report.BaseErrors, report.Total - report.CandidateErrors),30} "
            + $"{Change(report.BaseExpected, report.CandidateExpected),36} {Change(report.BasePlanned, report.CandidatePlanned),26}");
        const int k = RulesDiffReport.InspectorsPerInspection;
        text.AppendLine(CultureInfo.InvariantCulture, $"inspector workload ({k} inspectors per inspection, person-visits): "
            + $"expected {Change(report.BaseExpected * k, report.CandidateExpected * k)}; planned {Change(report.BasePlanned * k, report.CandidatePlanned * k)}");
        return text.ToString();
    }

    private static void Matrix(StringBuilder text, TransitionMatrix matrix)
    {
        text.AppendLine("category transitions (rows: base, columns: candidate)");
        var width = Math.Max(8, matrix.Labels.Max(l => l.Length) + 2);
        text.Append("base\\cand".PadRight(12));
        foreach (var label in matrix.Labels.Append("total"))
        {
            text.Append(label.PadLeft(width));
        }

        text.AppendLine();
        for (var row = 0; row <= matrix.Labels.Count; row++)
        {
            var total = row == matrix.Labels.Count;
            text.Append((total ? "total" : matrix.Labels[row]).PadRight(12));
            for (var column = 0; column < matrix.Labels.Count; column++)
            {
                text.Append(Number(total ? matrix.ColumnTotal(column) : matrix[row, column]).PadLeft(width));
            }

            text.AppendLine(Number(total ? matrix.Total : matrix.RowTotal(row)).PadLeft(width));
        }
    }

    private static string Bundle(CompiledBundle bundle)
        => $"{bundle.Bundle.Manifest.Id} {bundle.Bundle.Manifest.Version} · sha256 {bundle.Bundle.ContentHash}";

    private static int Count(IReadOnlyList<ChangedEnterprise> changed, OutcomeChanges flag) => changed.Count(c => c.Changes.HasFlag(flag));

    private static string Change(double before, double after)
        => string.Create(CultureInfo.InvariantCulture, $"{before:N1} → {after:N1} ({after - before:+#,0.0;-#,0.0;0})");

    private static string Change(int before, int after)
        => string.Create(CultureInfo.InvariantCulture, $"{before:N0} → {after:N0} ({after - before:+#,0;-#,0;0})");

    private static string Number(int n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
