using Supervision.Data.Import;
using Supervision.Model.Import;

namespace Supervision.Learning.Features;

/// <summary>
/// Reads a ready per-inspection feature table — `enterprise_id` (or `uscc`), `inspection_date`, `label`, an optional
/// `rule_score` and any number of numeric or boolean feature columns — so that any public inspection dataset can be
/// trained and evaluated like the history of our own data. Bad cells reject their row with file, line and column.
/// </summary>
public static class FeatureTableReader
{
    public static readonly ColumnSpec EnterpriseId = new("enterprise_id", "uscc");
    public static readonly ColumnSpec InspectionDate = new("inspection_date", "检查日期");
    public static readonly ColumnSpec Label = new("label", "发现违法");
    public static readonly ColumnSpec RuleScore = new("rule_score", "规则评分", ColumnPresence.Optional, Form: CellForm.Number);

    private static readonly ColumnSpec[] Fixed = [EnterpriseId, InspectionDate, Label, RuleScore];

    /// <param name="path">The CSV file (UTF-8 or GB18030, comma-separated, header row).</param>
    /// <param name="requireLabel">False when scoring: the label may then be empty.</param>
    /// <param name="features">Feature columns to read (those of a saved model), or null to take every other column.</param>
    public static (InspectionDataset Dataset, ImportReport Report) Read(string path, bool requireLabel = true, IReadOnlyList<string>? features = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        IReadOnlyList<string> headers;
        using (var table = CsvTable.Open(path))
        {
            headers = table.Headers;
        }

        // A rule_score column is both the baseline and a feature, last: the model learns on top of the rules.
        var withRuleScore = features is null ? headers.Any(RuleScore.Matches) : features.Count > 0 && features[^1] == RuleScore.Name;
        IReadOnlyList<string> names = features is null
            ? [.. headers.Select(h => h.Trim()).Where(h => h.Length > 0 && !Fixed.Any(c => c.Matches(h))), .. withRuleScore ? new[] { RuleScore.Name } : []]
            : features;
        var specs = names.Take(names.Count - (withRuleScore ? 1 : 0)).Select(n => new ColumnSpec(n, Form: CellForm.Number)).ToArray();
        var label = requireLabel ? Label : Label with { Presence = ColumnPresence.Optional };
        var schema = new TableSchema<(long Line, InspectionExample Example), long>(
            [EnterpriseId, InspectionDate, label, RuleScore, .. specs],
            row => (row.Line, Map(row, label, specs, requireLabel, withRuleScore)),
            row => row.Line,
            null,
            "line");
        var result = TableImporter.Import(path, schema);
        var dataset = new InspectionDataset(
            [.. names.Select(n => new FeatureSpec(n, FeatureKind.Value))],
            InspectionDataset.Sort(result.Rows.Select(r => r.Example)),
            $"feature table {Path.GetFileName(path)}");
        return (dataset, result.Report);
    }

    private static InspectionExample Map(RowContext row, ColumnSpec label, ColumnSpec[] specs, bool requireLabel, bool withRuleScore)
    {
        var id = row.RequiredText(EnterpriseId);
        var date = row.RequiredDate(InspectionDate);
        bool? found = requireLabel ? row.RequiredBoolean(label) : row.OptionalText(label) is null ? null : row.OptionalBoolean(label, false);
        var ruleScore = Number(row, RuleScore);
        var values = new float[specs.Length + (withRuleScore ? 1 : 0)];
        for (var i = 0; i < specs.Length; i++)
        {
            values[i] = (float)(Number(row, specs[i]) ?? double.NaN);
        }

        if (withRuleScore)
        {
            values[^1] = (float)(ruleScore ?? double.NaN);
        }

        return new InspectionExample(id, date ?? default, found, values, ruleScore);
    }

    /// <summary>A number, or a boolean as 0/1; null when empty.</summary>
    private static double? Number(RowContext row, ColumnSpec column)
    {
        if (row.OptionalText(column) is not { } text)
        {
            return null;
        }

        if (CellParsers.TryParseNumber(text, out var number) && double.IsFinite(number))
        {
            return number;
        }

        if (CellParsers.TryParseBoolean(text, out var flag))
        {
            return flag ? 1 : 0;
        }

        row.Error(column, "not a number or boolean (use '.' as the decimal point; true/false or 1/0)");
        return null;
    }
}
