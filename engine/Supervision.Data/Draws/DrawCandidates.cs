using System.Globalization;
using Supervision.Data.Import;
using Supervision.Draws.Drawing;
using Supervision.Rules.Scoring;

namespace Supervision.Data.Draws;

/// <summary>Joins the registry, the assessments, the inspection history and the case leads into draw candidates.</summary>
internal static class DrawCandidates
{
    /// <summary>The draw candidates of an imported population, in registry order, without case leads (see <see cref="WithLeads"/>).</summary>
    /// <param name="population">Imported data: the whole population, or one chunk of a nightly run.</param>
    /// <param name="assessments">Assessments of the same as-of date, by USCC.</param>
    /// <param name="asOf">The draw's as-of date.</param>
    public static List<DrawCandidate> Build(Population population, IReadOnlyDictionary<string, Assessment> assessments, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(population);
        ArgumentNullException.ThrowIfNull(assessments);
        var candidates = new List<DrawCandidate>(population.Enterprises.Count);
        foreach (var e in population.Enterprises)
        {
            var history = population.Inspections[e.Uscc].Where(i => i.Date <= asOf).ToList();
            var last = history.OrderByDescending(i => i.Date).ThenBy(i => i.InspectionId, StringComparer.Ordinal).FirstOrDefault();
            var thisYear = history.Where(i => i.Date.Year == asOf.Year)
                .GroupBy(i => i.Department, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            var outcome = assessments.TryGetValue(e.Uscc, out var a) ? a.Outcome : null;
            candidates.Add(new DrawCandidate(
                e.Uscc, e.Name, e.IndustryCode, e.Region, e.Status,
                outcome?.Category ?? "",
                outcome is null ? 0m : decimal.Parse(outcome.Ratio.ToString("R", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture),
                outcome?.MinCount ?? 0,
                outcome?.Exempt ?? false,
                outcome?.Regime ?? "",
                outcome is null ? "not assessed" : outcome.Error,
                last?.Inspectors ?? [],
                thisYear,
                []));
        }

        return candidates;
    }

    /// <summary>The candidates with the case leads dated on or before the as-of date attached.</summary>
    public static List<DrawCandidate> WithLeads(IEnumerable<DrawCandidate> candidates, IEnumerable<TriggerRecord> triggers, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(triggers);
        var leads = triggers.Where(t => t.Date <= asOf).ToLookup(t => t.Uscc, StringComparer.Ordinal);
        return [.. candidates.Select(c => leads.Contains(c.Uscc) ? c with { Triggers = [.. leads[c.Uscc]] } : c)];
    }
}
