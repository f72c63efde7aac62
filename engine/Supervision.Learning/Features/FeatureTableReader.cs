using System.Globalization;
using Supervision.Data.Import;
using Supervision.Learning.Tables;
using Supervision.Model.Import;

namespace Supervision.Learning.Features;

/// <summary>
/// Reads a per-inspection feature table — a real dataset from elsewhere as much as an export of our own history — into
/// examples. Column roles (<see cref="TableRoles"/>) name the row id, entity, date, label and baseline; every other
/// column is a feature: numeric when its values are numbers (in any invariant form, booleans as 1/0, the spellings of a
/// missing value as missing), else categorical, one-hot encoded over its frequent values with one slot for every other
/// value (so that a category never seen in training reads as "other"). History features are derived from each entity's
/// strictly earlier rows. A bad cell rejects its row with file, line and column; a table with more than the stated
/// share of rows rejected is refused as a whole.
/// </summary>
public static class FeatureTableReader
{
    public static readonly ColumnSpec EnterpriseId = new("enterprise_id", "uscc");
    public static readonly ColumnSpec InspectionDate = new("inspection_date", "检查日期");
    public static readonly ColumnSpec Label = new("label", "发现违法");
    public static readonly ColumnSpec RuleScore = new("rule_score", "规则评分", ColumnPresence.Optional, Form: CellForm.Number);

    /// <summary>The one-hot slot of a categorical column's values outside its kept ones (rare in training, or unseen).</summary>
    public const string OtherCategory = "(other)";

    /// <summary>A categorical value is kept (gets a slot of its own) when at least this many rows have it…</summary>
    public const int MinCategoryCount = 5;

    /// <summary>…and it is among the most frequent this many values of its column.</summary>
    public const int MaxCategories = 50;

    /// <summary>A column is numeric when at least this share of its present values are numbers (the rest are then errors).</summary>
    public const double NumericShare = 0.99;

    /// <summary>Feature cells may be long (free text taken as a category): this is the limit above which a row is refused.</summary>
    private const int FeatureCellLength = 10_000;

    /// <param name="path">The CSV file (UTF-8 or GB18030, comma-separated, header row).</param>
    /// <param name="roles">What the columns are.</param>
    /// <param name="requireLabel">False when scoring: the label may then be empty or absent.</param>
    /// <param name="features">The features of a saved model, in its order (its categories and history included), or null to take them from the table.</param>
    public static FeatureTable Read(string path, TableRoles roles, bool requireLabel = true, IReadOnlyList<string>? features = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(roles);
        IReadOnlyList<string> headers;
        using (var csv = CsvTable.Open(path))
        {
            headers = [.. csv.Headers.Select(h => h.Trim())];
        }

        var resolved = ResolveRoles(headers, roles, requireLabel);
        if (resolved.Problems.Count > 0)
        {
            return Refused(path, headers, string.Join("; ", resolved.Problems));
        }

        var candidates = headers.Where(h => h.Length > 0 && !resolved.Taken.Contains(h)).ToList();
        var plan = features is null
            ? Infer(path, headers, candidates, roles, resolved)
            : FromModel(headers, candidates, features, resolved);
        if (plan.Problem is { } problem)
        {
            return Refused(path, headers, problem);
        }

        var featureSpecs = candidates.Distinct(StringComparer.Ordinal).ToDictionary(c => c, c => new ColumnSpec(c, Presence: ColumnPresence.Optional,
            MaxLength: FeatureCellLength, Form: CellForm.Number), StringComparer.Ordinal);
        var label = requireLabel ? resolved.Label! : resolved.Label! with { Presence = ColumnPresence.Optional };
        var roleSpecs = new[] { resolved.Id, resolved.Entity, resolved.Date, label, resolved.Baseline }.OfType<ColumnSpec>();
        var schema = new TableSchema<(long Line, InspectionExample Example), long>(
            [.. roleSpecs, .. plan.Sources.Select(s => s.Column).OfType<string>().Distinct(StringComparer.Ordinal).Select(c => featureSpecs[c])],
            row => (row.Line, Map(row, resolved, label, requireLabel, plan, featureSpecs)),
            row => row.Line,
            null,
            "line");
        var result = TableImporter.Import(path, schema);
        var examples = result.Rows.Select(r => r.Example).ToList();
        if (plan.HistoryAt >= 0)
        {
            var history = HistoryFeatures.Compute([.. examples.Select(e => (e.EnterpriseId, e.Date, e.Label))]);
            for (var i = 0; i < examples.Count; i++)
            {
                Array.Copy(history[i], 0, examples[i].Features, plan.HistoryAt, history[i].Length);
            }
        }

        var report = result.Report;
        var total = report.Accepted + report.Rejected;
        var refusal = total > 0 && report.Rejected > roles.MaxRejectedShare * total
            ? string.Create(CultureInfo.InvariantCulture,
                $"{report.Rejected} of {total} rows ({100.0 * report.Rejected / total:0.##} %) were rejected, more than the {100 * roles.MaxRejectedShare:0.##} % allowed ")
                + "(see each row's error above; fix them, leave a column out with --ignore, or raise --max-rejected-share); nothing was learned from a part of the table"
            : null;
        var dataset = new InspectionDataset(plan.Features, refusal is null ? InspectionDataset.Sort(examples) : [], $"feature table {Path.GetFileName(path)}")
        {
            Baseline = roles.Baseline is { } baselineName ? $"baseline ({baselineName})" : InspectionDataset.DefaultBaseline,
        };
        return new FeatureTable(dataset, report, plan.Columns, refusal);
    }

    private static FeatureTable Refused(string path, IReadOnlyList<string> headers, string refusal)
    {
        var report = new ImportReport(path, "UTF-8", 0, 0, 0, []);
        return new FeatureTable(new InspectionDataset([], [], $"feature table {Path.GetFileName(path)}"), report,
            [.. headers.Select(h => new TableColumn(h, TableColumnKind.Ignored, "not read"))], refusal);
    }

    private static InspectionExample Map(RowContext row, ResolvedRoles roles, ColumnSpec label, bool requireLabel, FeaturePlan plan, Dictionary<string, ColumnSpec> specs)
    {
        var id = roles.Id is { } idColumn ? row.RequiredText(idColumn) : $"line {row.Line}";
        var entity = row.RequiredText(roles.Entity!);
        var dateText = row.RequiredText(roles.Date!);
        var date = default(DateOnly);
        if (dateText.Length > 0 && !TableCells.TryDate(dateText, out date))
        {
            row.Error(roles.Date!, "not a date: write yyyy-MM-dd (a time after it, as in 2015-03-12T00:00:00, is allowed; day-first and month-first forms are ambiguous)");
        }

        bool? found = null;
        var labelText = row.Text(label);
        if (!TableCells.IsMissing(labelText))
        {
            if (TableCells.TryBoolean(labelText, out var flag))
            {
                found = flag;
            }
            else
            {
                row.Error(label, "not a label: write true/false, 1/0 or yes/no");
            }
        }

        double? baseline = null;
        if (roles.Baseline is { } baselineColumn && !TableCells.IsMissing(row.Text(baselineColumn)))
        {
            if (TableCells.TryNumber(row.Text(baselineColumn), out var score))
            {
                baseline = score;
            }
            else
            {
                row.Error(baselineColumn, "not a number (a baseline score is a number, written with '.' as the decimal point)");
            }
        }

        var values = new float[plan.Features.Count];
        var cells = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < plan.Sources.Count; i++)
        {
            values[i] = plan.Sources[i].Value(row, specs, cells, baseline);
        }

        return new InspectionExample(entity, date, found, values, baseline) { RowId = id };
    }

    /// <summary>Which header each role is, and the problems of roles named but absent.</summary>
    private static ResolvedRoles ResolveRoles(IReadOnlyList<string> headers, TableRoles roles, bool requireLabel)
    {
        var problems = new List<string>();
        var taken = new HashSet<string>(StringComparer.Ordinal);
        ColumnSpec? Named(string? name, string option, ColumnSpec? fallback, ColumnPresence presence = ColumnPresence.Required)
        {
            if (name is null)
            {
                if (fallback is not null && headers.FirstOrDefault(fallback.Matches) is { } found)
                {
                    taken.Add(found);
                }

                return fallback;
            }

            if (!headers.Contains(name, StringComparer.Ordinal))
            {
                problems.Add($"column '{name}' ({option}) is not in the table; its columns are {string.Join(", ", headers)}");
                return null;
            }

            taken.Add(name);
            return new ColumnSpec(name, Presence: presence, MaxLength: 1000, Form: CellForm.Number);
        }

        var id = Named(roles.Id, "--id", null);
        var entity = Named(roles.Entity, "--entity", EnterpriseId with { MaxLength = 1000, Form = CellForm.Number });
        var date = Named(roles.Date, "--date", InspectionDate);
        var label = Named(roles.Label, "--label", Label, requireLabel ? ColumnPresence.Required : ColumnPresence.Optional);
        var baseline = Named(roles.Baseline, "--baseline", RuleScore, ColumnPresence.Optional);
        var baselineIsFeature = roles.Baseline is null && headers.Any(RuleScore.Matches);
        foreach (var ignored in roles.Ignore)
        {
            if (!headers.Contains(ignored, StringComparer.Ordinal))
            {
                problems.Add($"column '{ignored}' (--ignore) is not in the table; its columns are {string.Join(", ", headers)}");
            }

            taken.Add(ignored);
        }

        foreach (var categorical in roles.Categorical.Where(c => !headers.Contains(c, StringComparer.Ordinal)))
        {
            problems.Add($"column '{categorical}' (--categorical) is not in the table; its columns are {string.Join(", ", headers)}");
        }

        return new ResolvedRoles(id, entity, date, label, baseline, baselineIsFeature, taken, problems);
    }

    /// <summary>The features of a table read for training: each candidate column numeric or categorical by its values.</summary>
    private static FeaturePlan Infer(string path, IReadOnlyList<string> headers, List<string> candidates, TableRoles roles, ResolvedRoles resolved)
    {
        var index = candidates.ToDictionary(c => c, c => IndexOf(headers, c), StringComparer.Ordinal);
        var present = candidates.ToDictionary(c => c, _ => 0L, StringComparer.Ordinal);
        var numeric = candidates.ToDictionary(c => c, _ => 0L, StringComparer.Ordinal);
        var counts = candidates.ToDictionary(c => c, _ => new Dictionary<string, long>(StringComparer.Ordinal), StringComparer.Ordinal);
        using (var csv = CsvTable.Open(path))
        {
            while (csv.TryRead(out var row))
            {
                foreach (var column in candidates)
                {
                    var at = index[column];
                    var text = at < row.Fields.Length ? row.Fields[at].Trim() : "";
                    if (TableCells.IsMissing(text))
                    {
                        continue;
                    }

                    present[column]++;
                    if (TableCells.TryNumber(text, out _))
                    {
                        numeric[column]++;
                    }

                    // Distinct values are counted up to a bound: a column of ids or free text has as many as rows.
                    var values = counts[column];
                    if (values.Count < 20_000 || values.ContainsKey(text))
                    {
                        values[text] = values.GetValueOrDefault(text) + 1;
                    }
                }
            }
        }

        var columns = new List<TableColumn>();
        var features = new List<FeatureSpec>();
        var sources = new List<FeatureSource>();
        AddRoleColumns(columns, resolved, roles, headers);
        foreach (var column in candidates)
        {
            if (present[column] == 0)
            {
                columns.Add(new TableColumn(column, TableColumnKind.Empty, "no value in any row: left out"));
                continue;
            }

            var forced = roles.Categorical.Contains(column, StringComparer.Ordinal);
            if (!forced && numeric[column] >= NumericShare * present[column])
            {
                columns.Add(new TableColumn(column, TableColumnKind.Number, numeric[column] == present[column] ? "" :
                    $"{present[column] - numeric[column]} value(s) that are not numbers reject their rows"));
                features.Add(new FeatureSpec(column, FeatureKind.Value));
                sources.Add(FeatureSource.Number(column));
                continue;
            }

            var kept = counts[column].Where(v => v.Value >= MinCategoryCount).OrderByDescending(v => v.Value).ThenBy(v => v.Key, StringComparer.Ordinal)
                .Take(MaxCategories).Select(v => v.Key).ToList();
            var others = counts[column].Count - kept.Count;
            columns.Add(new TableColumn(column, TableColumnKind.Category,
                $"{kept.Count} categor{(kept.Count == 1 ? "y" : "ies")} + {OtherCategory}{(others > 0 ? $" ({others} rarer value(s))" : "")}"
                + (forced ? "; named by --categorical" : numeric[column] > 0 ? $"; {present[column] - numeric[column]} of {present[column]} values are not numbers" : "")));
            var known = kept.ToHashSet(StringComparer.Ordinal);
            foreach (var value in kept)
            {
                features.Add(new FeatureSpec(column, FeatureKind.OneHot, value));
                sources.Add(FeatureSource.OneHot(column, value));
            }

            features.Add(new FeatureSpec(column, FeatureKind.OneHot, OtherCategory));
            sources.Add(FeatureSource.Other(column, known));
        }

        var historyAt = -1;
        if (roles.History)
        {
            historyAt = features.Count;
            features.AddRange(HistoryFeatures.Specs);
            sources.AddRange(HistoryFeatures.Names.Select(_ => FeatureSource.Derived));
        }

        if (resolved.BaselineIsFeature)
        {
            features.Add(new FeatureSpec(RuleScore.Name, FeatureKind.Value));
            sources.Add(FeatureSource.Baseline);
        }

        return new FeaturePlan(features, sources, columns, historyAt, null);
    }

    /// <summary>The features of a saved model, read from a table to score: each name says which column and how.</summary>
    private static FeaturePlan FromModel(IReadOnlyList<string> headers, List<string> candidates, IReadOnlyList<string> names, ResolvedRoles resolved)
    {
        var specs = names.Select(FeatureSpec.Parse).ToList();
        var sources = new List<FeatureSource>();
        var missing = new List<string>();
        var historyAt = -1;
        var knownByColumn = specs.Where(s => s.Kind == FeatureKind.OneHot && s.Value != OtherCategory)
            .GroupBy(s => s.Indicator, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(s => s.Value!).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        for (var i = 0; i < names.Count; i++)
        {
            var name = names[i];
            var spec = specs[i];
            if (name.StartsWith(HistoryFeatures.Prefix, StringComparison.Ordinal))
            {
                historyAt = historyAt < 0 ? i : historyAt;
                sources.Add(FeatureSource.Derived);
            }
            else if (name == RuleScore.Name && resolved.BaselineIsFeature)
            {
                sources.Add(FeatureSource.Baseline);
            }
            else if (candidates.Contains(name, StringComparer.Ordinal))
            {
                // A column whose header is the feature's whole name (an exported one-hot such as "industry=C25") is a number.
                sources.Add(FeatureSource.Number(name));
            }
            else if (spec.Kind == FeatureKind.OneHot && candidates.Contains(spec.Indicator, StringComparer.Ordinal))
            {
                sources.Add(spec.Value == OtherCategory
                    ? FeatureSource.Other(spec.Indicator, knownByColumn.GetValueOrDefault(spec.Indicator) ?? [])
                    : FeatureSource.OneHot(spec.Indicator, spec.Value!));
            }
            else
            {
                missing.Add(spec.Kind == FeatureKind.OneHot ? spec.Indicator : name);
            }
        }

        var columns = new List<TableColumn>();
        AddRoleColumns(columns, resolved, TableRoles.Default, headers);
        var read = sources.Select(s => s.Column).OfType<string>().ToHashSet(StringComparer.Ordinal);
        columns.AddRange(candidates.Select(c => new TableColumn(c, read.Contains(c) ? (knownByColumn.ContainsKey(c) ? TableColumnKind.Category : TableColumnKind.Number) : TableColumnKind.Ignored,
            read.Contains(c) ? "as the model reads it" : "the model does not read it")));
        var problem = missing.Count > 0
            ? $"the model reads column(s) {string.Join(", ", missing.Distinct(StringComparer.Ordinal))}, which the table lacks"
            : null;
        return new FeaturePlan([.. specs], sources, columns, historyAt, problem);
    }

    private static void AddRoleColumns(List<TableColumn> columns, ResolvedRoles resolved, TableRoles roles, IReadOnlyList<string> headers)
    {
        void Add(ColumnSpec? spec, TableColumnKind kind, string detail)
        {
            if (spec is not null && headers.FirstOrDefault(spec.Matches) is { } header)
            {
                columns.Add(new TableColumn(header, kind, detail));
            }
        }

        Add(resolved.Id, TableColumnKind.Id, "");
        Add(resolved.Entity, TableColumnKind.Entity, "");
        Add(resolved.Date, TableColumnKind.Date, "");
        Add(resolved.Label, TableColumnKind.Label, "");
        Add(resolved.Baseline, TableColumnKind.Baseline, resolved.BaselineIsFeature ? "compared with, and the model's last feature" : "compared with, not a feature");
        columns.AddRange(roles.Ignore.Select(c => new TableColumn(c, TableColumnKind.Ignored, "--ignore")));
    }

    private static int IndexOf(IReadOnlyList<string> headers, string name)
    {
        for (var i = 0; i < headers.Count; i++)
        {
            if (headers[i] == name)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The header of each role (null where absent), whether the baseline is also a feature, the columns taken, the problems.</summary>
    private sealed record ResolvedRoles(
        ColumnSpec? Id, ColumnSpec? Entity, ColumnSpec? Date, ColumnSpec? Label, ColumnSpec? Baseline, bool BaselineIsFeature,
        IReadOnlySet<string> Taken, IReadOnlyList<string> Problems);

    /// <summary>How every feature is read: its spec, where its value comes from, where the history features go, or why the table cannot be read.</summary>
    private sealed record FeaturePlan(
        IReadOnlyList<FeatureSpec> Features, IReadOnlyList<FeatureSource> Sources, IReadOnlyList<TableColumn> Columns, int HistoryAt, string? Problem);
}
