using Supervision.Data.Import;
using Supervision.Draws.Drawing;
using Supervision.Rules.Alerts;
using Supervision.Rules.Compilation;
using Supervision.Rules.Scoring;

namespace Supervision.Application.Alerts;

/// <summary>
/// The night's early warning (预警): compares each assessed enterprise with its previous assessment and its new records
/// through the bundle's alert rules, and turns the alerts on enterprises drawn only when triggered into case leads for
/// the draw that follows. <c>score</c>, <c>draw</c> and the night's chunks raise alerts through this one type.
/// </summary>
public sealed class RaiseAlerts
{
    /// <summary>Enterprises per NRules session: a chunk's fifty thousand in a dozen sessions rather than one large one.</summary>
    private const int BatchSize = 4096;

    /// <summary>The kind of a case lead that comes from an alert.</summary>
    public const string AlertLead = "alert";

    private readonly AlertWatch _watch;

    public RaiseAlerts(CompiledBundle bundle)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        _watch = new AlertWatch(bundle);
    }

    /// <param name="population">The imported population (or a night's chunk of it).</param>
    /// <param name="assessments">Its assessments on <paramref name="asOf"/>, in registry order.</param>
    /// <param name="previous">The previous assessment of each enterprise that has one, by USCC; empty on a first night.</param>
    /// <param name="asOf">The night's as-of date.</param>
    public NightAlerts Raise(Population population, IEnumerable<Assessment> assessments, IReadOnlyDictionary<string, PreviousStanding> previous, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(assessments);
        var collector = Collector(population, previous, asOf);
        foreach (var assessment in assessments)
        {
            collector.Add(assessment);
        }

        return collector.Complete();
    }

    /// <summary>
    /// Raises alerts on assessments as they stream past (<c>score</c> writes a million without holding them), a batch at a
    /// time; <see cref="AlertCollector.Complete"/> gives the night's alerts.
    /// </summary>
    public AlertCollector Collector(Population population, IReadOnlyDictionary<string, PreviousStanding> previous, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(population);
        ArgumentNullException.ThrowIfNull(previous);
        return new AlertCollector(_watch, population, previous, asOf, BatchSize);
    }

    /// <summary>
    /// The candidates with a case lead for each enterprise that has an alert which leads (one per enterprise: the most
    /// urgent alert, then the first rule of the bundle), dated on the night and referenced by its rule, so that the draw's
    /// record says which alert brought the enterprise in.
    /// </summary>
    public static List<DrawCandidate> WithLeads(IReadOnlyList<DrawCandidate> candidates, NightAlerts alerts)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(alerts);
        var leads = new Dictionary<string, Alert>(StringComparer.Ordinal);
        foreach (var alert in alerts.Alerts)
        {
            if (alert.Lead && (!leads.TryGetValue(alert.Uscc, out var kept) || AlertOrder.Rank(alert.Level) < AlertOrder.Rank(kept.Level)))
            {
                leads[alert.Uscc] = alert;
            }
        }

        if (leads.Count == 0)
        {
            return [.. candidates];
        }

        return [.. candidates.Select(c => leads.TryGetValue(c.Uscc, out var alert)
            ? c with { Triggers = [.. c.Triggers, new TriggerRecord(c.Uscc, alert.AsOf, AlertLead, alert.LeadReference)] }
            : c)];
    }
}
