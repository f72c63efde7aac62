using Supervision.Draws.Drawing;
using Supervision.Model.Registry;
using Supervision.Storage.Reports;

namespace Supervision.Application.Reports;

/// <summary>
/// Coverage and 无事不扰 on a night: how long since each enterprise was last visited, how many were never visited, and
/// this calendar year's visits against the plans' annual caps — enterprises visited more often than a cap allows.
/// Visits are the inspection history (inspections.csv, the file the draw counts caps from) and the results confirmed in
/// the service, one visit per enterprise, day and department.
/// </summary>
/// <param name="AsOf">The night.</param>
/// <param name="Enterprises">Enterprises of the night under the filter.</param>
/// <param name="SinceLastVisit">Enterprises per time since the last visit (under 1 year, 1–2, 2–3, 3 or more, never).</param>
/// <param name="CapTotal">The strictest total cap per enterprise and year among the plans, or null without plans.</param>
/// <param name="CapPerDepartment">The strictest cap per department, enterprise and year, or null.</param>
/// <param name="VisitsThisYear">Enterprises per number of visits in the night's calendar year (0, 1, 2, …).</param>
/// <param name="OverCaps">Enterprises visited more often this year than a cap allows, most visits first.</param>
/// <param name="TriggeredOverCaps">Of those, enterprises with a triggered visit this year (cases bypass the caps, as the draw does).</param>
public sealed record CoverageReport(
    DateOnly AsOf,
    long Enterprises,
    IReadOnlyList<(string Bucket, long Enterprises)> SinceLastVisit,
    int? CapTotal,
    int? CapPerDepartment,
    IReadOnlyList<(int Visits, long Enterprises)> VisitsThisYear,
    IReadOnlyList<CoverageExcess> OverCaps,
    long TriggeredOverCaps)
{
    /// <summary>Enterprises never visited.</summary>
    public long NeverVisited => SinceLastVisit.Count > 0 ? SinceLastVisit[^1].Enterprises : 0;

    public static CoverageReport From(
        DateOnly asOf, IEnumerable<AssessedEnterprise> population, IEnumerable<InspectionRecord> history, IEnumerable<ConfirmedVisit> confirmed,
        IReadOnlyList<(int Total, int PerDepartment)> caps)
    {
        ArgumentNullException.ThrowIfNull(population);
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(confirmed);
        ArgumentNullException.ThrowIfNull(caps);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var enterprise in population)
        {
            names[enterprise.Uscc] = enterprise.Name;
        }

        // One visit per enterprise, day and department, whichever source knows it.
        var visits = new HashSet<(string Uscc, DateOnly Date, string Department)>();
        var triggered = new HashSet<string>(StringComparer.Ordinal);
        foreach (var h in history.Where(h => h.Date <= asOf && names.ContainsKey(h.Uscc)))
        {
            visits.Add((h.Uscc, h.Date, h.Department));
        }

        foreach (var c in confirmed.Where(c => c.Date <= asOf && names.ContainsKey(c.Uscc)))
        {
            visits.Add((c.Uscc, c.Date, c.Department));
            if (c.Pool == Pools.Triggered && c.Date.Year == asOf.Year)
            {
                triggered.Add(c.Uscc);
            }
        }

        var last = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        var thisYear = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (uscc, date, department) in visits)
        {
            if (!last.TryGetValue(uscc, out var known) || date > known)
            {
                last[uscc] = date;
            }

            if (date.Year == asOf.Year)
            {
                (thisYear.TryGetValue(uscc, out var list) ? list : thisYear[uscc] = []).Add(department);
            }
        }

        string[] buckets = ["1 年内", "1–2 年", "2–3 年", "3 年及以上", "从未检查"];
        var since = new long[buckets.Length];
        foreach (var uscc in names.Keys)
        {
            since[!last.TryGetValue(uscc, out var day) ? 4 : day > asOf.AddYears(-1) ? 0 : day > asOf.AddYears(-2) ? 1 : day > asOf.AddYears(-3) ? 2 : 3]++;
        }

        int? capTotal = caps.Count == 0 ? null : caps.Min(c => c.Total);
        int? capDepartment = caps.Count == 0 ? null : caps.Min(c => c.PerDepartment);
        var over = thisYear
            .Select(v => new CoverageExcess(v.Key, names[v.Key], v.Value.Count,
                v.Value.GroupBy(d => d, StringComparer.Ordinal).Max(g => g.Count()), triggered.Contains(v.Key)))
            .Where(e => (capTotal is { } t && e.Visits > t) || (capDepartment is { } d && e.MostByOneDepartment > d))
            .OrderByDescending(e => e.Visits).ThenBy(e => e.Uscc, StringComparer.Ordinal)
            .ToList();
        var distribution = names.Keys.GroupBy(u => thisYear.TryGetValue(u, out var list) ? list.Count : 0)
            .OrderBy(g => g.Key).Select(g => (g.Key, (long)g.Count())).ToList();
        return new CoverageReport(asOf, names.Count, [.. buckets.Select((b, i) => (b, since[i]))], capTotal, capDepartment, distribution, over,
            over.Count(e => e.Triggered));
    }
}
