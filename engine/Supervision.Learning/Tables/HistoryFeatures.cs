using Supervision.Learning.Features;

namespace Supervision.Learning.Tables;

/// <summary>
/// Features a table's rows derive from the same entity's <em>strictly earlier</em> rows: how many inspections and
/// violations it had before, its past violation rate, what its previous inspection found and how long ago it was. A row
/// never sees its own label, nor that of another row on the same day or later.
/// </summary>
public static class HistoryFeatures
{
    /// <summary>The prefix of their names.</summary>
    public const string Prefix = "history:";

    /// <summary>Their names, in the order <see cref="Compute"/> writes them.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        Prefix + "inspections_before", Prefix + "violations_before", Prefix + "violation_rate_before", Prefix + "previous_label", Prefix + "days_since_last",
    ];

    /// <summary>The specs of <see cref="Names"/>.</summary>
    public static IReadOnlyList<FeatureSpec> Specs { get; } = [.. Names.Select(n => new FeatureSpec(n, FeatureKind.Value))];

    /// <summary>
    /// For each row (entity, date, label when known), the values of <see cref="Names"/>: counts over earlier rows; the
    /// rate and previous label over earlier labelled rows, missing (NaN) when there is none; days since the last earlier
    /// row, missing when there is none.
    /// </summary>
    public static float[][] Compute(IReadOnlyList<(string Entity, DateOnly Date, bool? Label)> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var values = new float[rows.Count][];
        foreach (var entity in Enumerable.Range(0, rows.Count).GroupBy(i => rows[i].Entity, StringComparer.Ordinal))
        {
            var ordered = entity.OrderBy(i => rows[i].Date).ThenBy(i => i).ToList();
            var (inspections, labelled, violations) = (0, 0, 0);
            float previousLabel = float.NaN;
            DateOnly? last = null;
            for (var start = 0; start < ordered.Count;)
            {
                // Every row of one day sees the same past: none of that day's labels.
                var day = rows[ordered[start]].Date;
                var end = start;
                while (end < ordered.Count && rows[ordered[end]].Date == day)
                {
                    values[ordered[end]] =
                    [
                        inspections, violations, labelled > 0 ? violations / (float)labelled : float.NaN, previousLabel,
                        last is { } seen ? day.DayNumber - seen.DayNumber : float.NaN,
                    ];
                    end++;
                }

                bool? dayFound = null;
                for (var k = start; k < end; k++)
                {
                    inspections++;
                    if (rows[ordered[k]].Label is { } label)
                    {
                        labelled++;
                        violations += label ? 1 : 0;
                        dayFound = (dayFound ?? false) || label;
                    }
                }

                if (dayFound is { } found)
                {
                    previousLabel = found ? 1 : 0;
                }

                last = day;
                start = end;
            }
        }

        return values;
    }
}
