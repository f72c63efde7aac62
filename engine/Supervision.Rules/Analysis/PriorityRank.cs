using Supervision.Rules.Bundle;
using Supervision.Rules.Language;

namespace Supervision.Rules.Analysis;

/// <summary>
/// The priority of a row under the priority hit policy, as the engine's resolver orders it: the position of the
/// first output's value in its declared order (levels, classes, categories; most severe first), or for a ratio
/// the higher ratio first. Lower ranks win.
/// </summary>
internal static class PriorityRank
{
    public static double Of(TableSpec table, TableRow row, BundleManifest manifest)
    {
        if (table.Outputs.Count == 0)
        {
            return 0;
        }

        var value = row.Outputs[0];
        return table.Outputs[0] switch
        {
            VariableCatalog.SafetyLevel => IndexOf(manifest.SafetyLevels, value),
            VariableCatalog.CreditClass => IndexOf(manifest.CreditClasses, value),
            VariableCatalog.Category => IndexOf(manifest.Categories, value),
            "ratio" => -TableOutputs.ParseRatio(value),
            _ => 0,
        };
    }

    private static int IndexOf(IReadOnlyList<string> values, string value)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] == value)
            {
                return i;
            }
        }

        return values.Count;
    }
}
