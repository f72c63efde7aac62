using System.Globalization;
using Supervision.Data.Import;

namespace Supervision.Learning.Features;

/// <summary>
/// Writes a dataset in the feature-table form <see cref="FeatureTableReader"/> reads, so that analysts can inspect
/// the rows a model learns from and the same table can be evaluated elsewhere. Each one-hot group (an enum or text
/// indicator) is written back as one text column holding the row's value, as a real dataset would have it; empty when
/// the row had none of the group's values.
/// </summary>
public static class FeatureTableWriter
{
    public static void Write(string path, InspectionDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var columns = Columns(dataset.Features);

        // Without any rule score the column is left out, or the reader would take an empty column as a feature.
        var ruleScores = dataset.Examples.Any(e => e.RuleScore is not null);
        SafeCsvWriter.Write(
            path,
            ["enterprise_id", "inspection_date", "label", .. ruleScores ? new[] { "rule_score" } : [], .. columns.Select(c => c.Name)],
            dataset.Examples.Select(e => (IReadOnlyList<string?>)[
                e.EnterpriseId,
                e.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                e.Label is { } label ? (label ? "true" : "false") : null,
                .. ruleScores ? new[] { e.RuleScore?.ToString("R", CultureInfo.InvariantCulture) } : [],
                .. columns.Select(c => c.Cell(e.Features)),
            ]), numbersAsIs: true);
    }

    /// <summary>The table's feature columns: a number per value feature, one text column per one-hot group.</summary>
    private static List<(string Name, Func<float[], string?> Cell)> Columns(IReadOnlyList<FeatureSpec> features)
    {
        var columns = new List<(string, Func<float[], string?>)>();
        for (var i = 0; i < features.Count;)
        {
            var spec = features[i];
            if (spec.Kind != FeatureKind.OneHot)
            {
                var at = i;
                columns.Add((spec.Name, values => float.IsNaN(values[at]) ? null : values[at].ToString("R", CultureInfo.InvariantCulture)));
                i++;
                continue;
            }

            var group = new List<(int At, string Value)>();
            for (; i < features.Count && features[i].Kind == FeatureKind.OneHot && features[i].Indicator == spec.Indicator; i++)
            {
                group.Add((i, features[i].Value!));
            }

            columns.Add((spec.Indicator, values => group.FirstOrDefault(g => values[g.At] == 1f).Value));
        }

        return columns;
    }
}
