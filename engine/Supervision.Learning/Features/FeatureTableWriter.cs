using System.Globalization;
using Supervision.Data.Import;

namespace Supervision.Learning.Features;

/// <summary>
/// Writes a dataset in the feature-table form <see cref="FeatureTableReader"/> reads, so that analysts can inspect
/// the rows a model learns from and the same table can be evaluated elsewhere.
/// </summary>
public static class FeatureTableWriter
{
    public static void Write(string path, InspectionDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);

        // Without any rule score the column is left out, or the reader would take an empty column as a feature.
        var ruleScores = dataset.Examples.Any(e => e.RuleScore is not null);
        SafeCsvWriter.Write(
            path,
            ["enterprise_id", "inspection_date", "label", .. ruleScores ? new[] { "rule_score" } : [], .. dataset.FeatureNames],
            dataset.Examples.Select(e => (IReadOnlyList<string?>)[
                e.EnterpriseId,
                e.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                e.Label is { } label ? (label ? "true" : "false") : null,
                .. ruleScores ? new[] { e.RuleScore?.ToString("R", CultureInfo.InvariantCulture) } : [],
                .. e.Features.Select(v => float.IsNaN(v) ? null : v.ToString("R", CultureInfo.InvariantCulture)),
            ]), numbersAsIs: true);
    }
}
