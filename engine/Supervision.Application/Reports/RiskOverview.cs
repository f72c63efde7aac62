using Supervision.Storage.Reports;

namespace Supervision.Application.Reports;

/// <summary>
/// The risk picture of one run under a filter: counts and shares per category, safety level, credit class and regime,
/// and category counts per district and per industry, summed from the run's breakdown.
/// </summary>
/// <param name="Total">Enterprises under the filter.</param>
/// <param name="ByCategory">Enterprises per supervision category.</param>
/// <param name="BySafetyLevel">Enterprises per safety level.</param>
/// <param name="ByCreditClass">Enterprises per credit class.</param>
/// <param name="ByRegime">Enterprises per supervision regime.</param>
/// <param name="Categories">The cross tables' columns: the categories present, in the bundle's order.</param>
/// <param name="ByDistrict">Categories per district (区/街道).</param>
/// <param name="ByIndustry">Categories per industry code.</param>
public sealed record RiskOverview(
    long Total,
    IReadOnlyList<ShareRow> ByCategory,
    IReadOnlyList<ShareRow> BySafetyLevel,
    IReadOnlyList<ShareRow> ByCreditClass,
    IReadOnlyList<ShareRow> ByRegime,
    IReadOnlyList<string> Categories,
    IReadOnlyList<CrossRow> ByDistrict,
    IReadOnlyList<CrossRow> ByIndustry)
{
    /// <summary>Sums <paramref name="counts"/> into the overview, ordering values as <paramref name="vocabulary"/> does.</summary>
    public static RiskOverview From(IReadOnlyList<BreakdownCount> counts, ReportVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(vocabulary);
        var total = counts.Sum(c => c.Enterprises);
        var categories = ReportVocabulary.Order(counts.Select(c => c.Category), vocabulary.Categories);
        return new RiskOverview(
            total,
            Shares(counts, c => c.Category, vocabulary.Categories, total),
            Shares(counts, c => c.SafetyLevel, vocabulary.SafetyLevels, total),
            Shares(counts, c => c.CreditClass, vocabulary.CreditClasses, total),
            Shares(counts, c => c.Regime, vocabulary.Regimes, total),
            categories,
            Cross(counts, c => c.District, categories),
            Cross(counts, c => c.IndustryCode, categories));
    }

    private static List<ShareRow> Shares(IReadOnlyList<BreakdownCount> counts, Func<BreakdownCount, string> key, IReadOnlyList<string> known, long total)
    {
        var sums = counts.GroupBy(key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(c => c.Enterprises), StringComparer.Ordinal);
        return [.. ReportVocabulary.Order(sums.Keys, known).Select(v => new ShareRow(v, sums[v], total == 0 ? 0 : (double)sums[v] / total))];
    }

    private static List<CrossRow> Cross(IReadOnlyList<BreakdownCount> counts, Func<BreakdownCount, string> key, IReadOnlyList<string> categories)
    {
        var column = categories.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i, StringComparer.Ordinal);
        return [.. counts.GroupBy(key, StringComparer.Ordinal)
            .OrderBy(g => g.Key.Length == 0 ? 1 : 0).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var row = new long[categories.Count];
                foreach (var c in g)
                {
                    row[column[c.Category]] += c.Enterprises;
                }

                return new CrossRow(g.Key, row, row.Sum());
            })];
    }
}
