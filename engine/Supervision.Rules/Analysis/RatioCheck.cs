using System.Globalization;
using Supervision.Rules.Bundle;

namespace Supervision.Rules.Analysis;

/// <summary>
/// Sanity of the ratio table's outputs beyond what loading checks (0 ≤ ratio ≤ 1) and the compiler checks
/// (SV052: 0 % needs exempt=true): the minimum count must not exceed a cap column when the table has one
/// (max_count), and an exempt row should not be drawn at all.
/// </summary>
internal static class RatioCheck
{
    public const string Cap = "max_count";

    public static void Run(TableReport report)
    {
        var table = report.Table;
        var (ratio, min, max, exempt) = (Index(table, "ratio"), Index(table, "min_count"), Index(table, Cap), Index(table, "exempt"));
        foreach (var row in table.Rows)
        {
            if (min >= 0 && max >= 0 && Count(row, min) > Count(row, max))
            {
                report.Error(AnalysisCodes.MinAboveCap, $"row {row.Id}: min_count {row.Outputs[min]} is above {Cap} {row.Outputs[max]}",
                    row.Location with { Column = Field(table, min) });
            }

            if (exempt >= 0 && row.Outputs[exempt] == "true"
                && ((ratio >= 0 && TableOutputs.ParseRatio(row.Outputs[ratio]) > 0) || (min >= 0 && Count(row, min) > 0)))
            {
                report.Warning(AnalysisCodes.ExemptButDrawn,
                    $"row {row.Id} is exempt=true but still asks for inspections (ratio {(ratio >= 0 ? row.Outputs[ratio] : "-")}, "
                    + $"min_count {(min >= 0 ? row.Outputs[min] : "-")}); set both to 0 or exempt=false",
                    row.Location with { Column = Field(table, exempt) });
            }
        }
    }

    private static int Index(TableSpec table, string output) => table.Outputs.ToList().IndexOf(output);

    private static int Field(TableSpec table, int output) => table.Inputs.Count + output + 2;

    private static int Count(TableRow row, int output)
        => int.TryParse(row.Outputs[output], NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : 0;
}
