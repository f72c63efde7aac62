using System.Globalization;
using Supervision.Storage.Reports;

namespace Supervision.Application.Reports;

/// <summary>
/// Trends over a period: enterprises per category per night or month, each district's share of a focus category and its
/// change, and per month the inspection tasks drawn, inspected and finding a problem, per category and per district.
/// </summary>
/// <param name="Step">Nights or months.</param>
/// <param name="Periods">The periods' labels (yyyy-MM-dd or yyyy-MM), oldest first.</param>
/// <param name="Categories">The columns of <paramref name="Enterprises"/>, in the bundle's order.</param>
/// <param name="Enterprises">Enterprises per category, one row per period.</param>
/// <param name="Focus">The category whose share <paramref name="Districts"/> follow (the highest-risk one unless chosen).</param>
/// <param name="Districts">Each district's share of <paramref name="Focus"/>, largest rise first.</param>
/// <param name="ByCategory">Tasks per month and category of the enterprise when drawn.</param>
/// <param name="ByDistrict">Tasks per month and district.</param>
public sealed record TrendReport(
    TrendStep Step,
    IReadOnlyList<string> Periods,
    IReadOnlyList<string> Categories,
    IReadOnlyList<TrendRow> Enterprises,
    string Focus,
    IReadOnlyList<DistrictTrend> Districts,
    IReadOnlyList<ActivityRow> ByCategory,
    IReadOnlyList<ActivityRow> ByDistrict)
{
    public static TrendReport From(
        IReadOnlyList<NightCount> nights, IReadOnlyList<DrawActivity> activity, ReportVocabulary vocabulary, TrendStep step, string? focus)
    {
        ArgumentNullException.ThrowIfNull(nights);
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(vocabulary);

        // A month is told by its last night: the standing at the month's end, not a sum of thirty nights.
        var days = nights.Select(n => n.AsOf).Distinct().Order().ToList();
        var periods = step == TrendStep.Night
            ? days.Select(d => (Label: IsoDate(d), Day: d)).ToList()
            : [.. days.GroupBy(d => (d.Year, d.Month)).Select(g => (Label: Month(g.Key.Year, g.Key.Month), Day: g.Max()))];
        var categories = ReportVocabulary.Order(nights.Select(n => n.Category), vocabulary.Categories);
        var column = categories.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i, StringComparer.Ordinal);
        var byDay = nights.ToLookup(n => n.AsOf);

        var rows = periods.Select(p =>
        {
            var counts = new long[categories.Count];
            foreach (var n in byDay[p.Day])
            {
                counts[column[n.Category]] += n.Enterprises;
            }

            return new TrendRow(p.Label, counts, counts.Sum());
        }).ToList();

        var chosen = focus is { Length: > 0 } && column.ContainsKey(focus) ? focus : categories.FirstOrDefault(c => c.Length > 0) ?? "";
        var districts = nights.Select(n => n.District).Distinct(StringComparer.Ordinal).Select(district =>
        {
            var shares = periods.Select(p =>
            {
                var inDistrict = byDay[p.Day].Where(n => n.District == district).ToList();
                var total = inDistrict.Sum(n => n.Enterprises);
                return total == 0 ? (double?)null : (double)inDistrict.Where(n => n.Category == chosen).Sum(n => n.Enterprises) / total;
            }).ToList();
            var last = periods.Count == 0 ? 0 : byDay[periods[^1].Day].Where(n => n.District == district).Sum(n => n.Enterprises);
            return new DistrictTrend(district, shares, last);
        })
        .OrderByDescending(d => d.Change ?? double.NegativeInfinity).ThenBy(d => d.District, StringComparer.Ordinal).ToList();

        return new TrendReport(step, [.. periods.Select(p => p.Label)], categories, rows, chosen, districts,
            Activity(activity, a => a.Category, g => ReportVocabulary.Order(g, vocabulary.Categories)),
            Activity(activity, a => a.District, g => [.. g.Order(StringComparer.Ordinal)]));
    }

    /// <summary>Sums tasks per month and group, months oldest first, groups in <paramref name="order"/>'s order.</summary>
    internal static List<ActivityRow> Activity(
        IReadOnlyList<DrawActivity> activity, Func<DrawActivity, string> group, Func<IEnumerable<string>, IReadOnlyList<string>> order)
    {
        var groups = order(activity.Select(group).Distinct(StringComparer.Ordinal));
        return [.. activity.GroupBy(a => a.Month).OrderBy(g => g.Key).SelectMany(month => groups
            .Select(name => month.Where(a => group(a) == name).ToList())
            .Where(list => list.Count > 0)
            .Select(list => new ActivityRow(Month(month.Key.Year, month.Key.Month), group(list[0]), list.Sum(a => a.Drawn), list.Sum(a => a.Inspected),
                new Proportion(list.Sum(a => a.Problems), list.Sum(a => a.Inspected)))))];
    }

    private static string IsoDate(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Month(int year, int month) => string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}");
}
