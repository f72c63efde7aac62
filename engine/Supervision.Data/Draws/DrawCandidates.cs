using System.Globalization;
using Supervision.Data.Import;
using Supervision.Draws.Drawing;
using Supervision.Model.Registry;
using Supervision.Rules.Scoring;

namespace Supervision.Data.Draws;

/// <summary>Joins the registry, the assessments, the inspection history and the case leads into draw candidates.</summary>
public static class DrawCandidates
{
    /// <summary>
    /// The draw candidates of an imported population, in registry order, with the case leads of its verified complaints
    /// (complaints.csv; the leads of triggers.csv are added by <see cref="WithLeads"/>).
    /// </summary>
    /// <param name="population">Imported data: the whole population, or one chunk of a nightly run.</param>
    /// <param name="assessments">Assessments of the same as-of date, by USCC.</param>
    /// <param name="asOf">The draw's as-of date.</param>
    public static List<DrawCandidate> Build(Population population, IReadOnlyDictionary<string, Assessment> assessments, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(population);
        ArgumentNullException.ThrowIfNull(assessments);
        var candidates = new List<DrawCandidate>(population.Enterprises.Count);
        var exactRatios = new Dictionary<double, decimal>();
        foreach (var e in population.Enterprises)
        {
            // Plain loops for a million enterprises: the latest inspection up to the as-of date (latest date, then the
            // smallest id) and this year's count per department — most enterprises have none, and share one empty table.
            InspectionRecord? last = null;
            Dictionary<string, int>? thisYear = null;
            foreach (var i in population.Inspections[e.Uscc])
            {
                if (i.Date > asOf)
                {
                    continue;
                }

                if (last is null || i.Date > last.Date || (i.Date == last.Date && string.CompareOrdinal(i.InspectionId, last.InspectionId) < 0))
                {
                    last = i;
                }

                if (i.Date.Year == asOf.Year)
                {
                    thisYear ??= new Dictionary<string, int>(StringComparer.Ordinal);
                    thisYear[i.Department] = thisYear.GetValueOrDefault(i.Department) + 1;
                }
            }

            var outcome = assessments.TryGetValue(e.Uscc, out var a) ? a.Outcome : null;
            candidates.Add(new DrawCandidate(
                e.Uscc, e.Name, e.IndustryCode, e.Region, e.Status,
                outcome?.Category ?? "",
                outcome is null ? 0m : ExactRatio(outcome.Ratio, exactRatios),
                outcome?.MinCount ?? 0,
                outcome?.Exempt ?? false,
                outcome?.Regime ?? "",
                outcome is null ? "not assessed" : outcome.Error,
                last?.Inspectors ?? [],
                thisYear ?? NoInspections,
                ComplaintLeads(population.Complaints[e.Uscc], asOf))
            {
                PendingApprovals = PendingApprovals(population.Approvals[e.Uscc], asOf),
            });
        }

        return candidates;
    }

    /// <summary>
    /// A complaint found true (查证属实) is a case lead (投诉举报), dated when it was received; an unverified one is not a case
    /// yet (it counts towards the repeated-complaints alert instead). In received order, then by reference.
    /// </summary>
    private static IReadOnlyList<TriggerRecord> ComplaintLeads(IEnumerable<Complaint> complaints, DateOnly asOf)
    {
        List<TriggerRecord>? leads = null;
        foreach (var complaint in complaints)
        {
            if (complaint.Verified && complaint.Date <= asOf)
            {
                (leads ??= []).Add(new TriggerRecord(complaint.Uscc, complaint.Date, ComplaintLead, complaint.Reference));
            }
        }

        return leads is null ? [] : [.. leads.OrderBy(l => l.Date).ThenBy(l => l.Reference, StringComparer.Ordinal)];
    }

    /// <summary>The kind of a case lead that comes from a complaint.</summary>
    public const string ComplaintLead = "complaint";

    /// <summary>Approvals granted by <paramref name="asOf"/> whose verification had not concluded by then, in granted order, then by number.</summary>
    private static IReadOnlyList<Approval> PendingApprovals(IEnumerable<Approval> approvals, DateOnly asOf)
    {
        List<Approval>? pending = null;
        foreach (var a in approvals)
        {
            if (a.GrantedOn <= asOf && !(a.VerifiedOn <= asOf))
            {
                (pending ??= []).Add(a);
            }
        }

        return pending is null ? [] : [.. pending.OrderBy(a => a.GrantedOn).ThenBy(a => a.ApprovalNo, StringComparer.Ordinal)];
    }

    private static readonly IReadOnlyDictionary<string, int> NoInspections = new Dictionary<string, int>(StringComparer.Ordinal).AsReadOnly();

    /// <summary>The category's ratio as the decimal its shortest round-trip text reads as (a handful of distinct values).</summary>
    private static decimal ExactRatio(double ratio, Dictionary<double, decimal> known)
    {
        if (!known.TryGetValue(ratio, out var exact))
        {
            exact = decimal.Parse(ratio.ToString("R", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture);
            known.Add(ratio, exact);
        }

        return exact;
    }

    /// <summary>
    /// The candidates with the case leads dated on or before the as-of date added to those they carry; a lead with the
    /// reference of one already there (a complaint also entered in triggers.csv) is not counted twice.
    /// </summary>
    public static List<DrawCandidate> WithLeads(IEnumerable<DrawCandidate> candidates, IEnumerable<TriggerRecord> triggers, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(triggers);
        var leads = triggers.Where(t => t.Date <= asOf).ToLookup(t => t.Uscc, StringComparer.Ordinal);
        return [.. candidates.Select(c => leads.Contains(c.Uscc) ? c with { Triggers = Merge(c.Triggers, leads[c.Uscc]) } : c)];
    }

    private static TriggerRecord[] Merge(IReadOnlyList<TriggerRecord> carried, IEnumerable<TriggerRecord> added)
    {
        if (carried.Count == 0)
        {
            return [.. added];
        }

        var references = carried.Select(t => t.Reference).ToHashSet(StringComparer.Ordinal);
        return [.. carried, .. added.Where(t => !references.Contains(t.Reference))];
    }
}
