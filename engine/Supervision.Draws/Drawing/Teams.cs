using System.Globalization;
using Supervision.Draws.Record;

namespace Supervision.Draws.Drawing;

/// <summary>
/// Draws each task's team from its department: inspectors ordered on a ring by lottery number, a walk from a random
/// start per task, skipping anyone whose certificate expires before the window ends, who declared a conflict with the
/// enterprise (回避), who inspected it last time, or who is at the workload ceiling. A task never goes out with fewer
/// than the plan's team size (at least 2, 行政处罚法 第四十二条): it is reported unassigned with the reason instead.
/// </summary>
public static class Teams
{
    public static List<TaskRecord> Assign(List<TaskRecord> tasks, IReadOnlyList<PlanRecord> plans, IReadOnlyList<InspectorRecord> inspectors, Lottery lottery)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        ArgumentNullException.ThrowIfNull(inspectors);
        var byPlan = plans.ToDictionary(p => p.Id, StringComparer.Ordinal);
        var rings = new Dictionary<(string Plan, string Department), InspectorRecord[]>();
        foreach (var task in tasks)
        {
            if (!rings.ContainsKey((task.PlanId, task.Department)))
            {
                rings[(task.PlanId, task.Department)] = [.. inspectors.Where(i => i.Department == task.Department)
                    .OrderBy(i => lottery.Number("inspector", task.PlanId, i.Id), StringComparer.Ordinal).ThenBy(i => i.Id, StringComparer.Ordinal)];
            }
        }

        // Where each member's walk starts on the ring does not depend on the other tasks: those numbers are drawn on all
        // cores first; the walks, which depend on the workload the earlier tasks gave, then go one task after another.
        var starts = new int[tasks.Count][];
        Parallel.For(0, tasks.Count, t =>
        {
            var task = tasks[t];
            var plan = byPlan[task.PlanId];
            var ring = rings[(task.PlanId, task.Department)];
            starts[t] = ring.Length == 0
                ? []
                : [.. Enumerable.Range(1, plan.TeamSize).Select(slot => (int)(lottery.Integer(
                    "team", plan.Id, task.Department, task.Uscc, slot.ToString(CultureInfo.InvariantCulture)) % (ulong)ring.Length))];
        });
        var load = new Dictionary<string, int>(StringComparer.Ordinal);
        var result = new List<TaskRecord>(tasks.Count);
        for (var t = 0; t < tasks.Count; t++)
        {
            var task = tasks[t];
            result.Add(Staff(task, byPlan[task.PlanId], rings[(task.PlanId, task.Department)], starts[t], load));
        }

        return result;
    }

    /// <summary>Why <paramref name="inspector"/> cannot join <paramref name="task"/>'s team, checked in the documented order; null when they can.</summary>
    internal static Refusal? Acceptable(InspectorRecord inspector, TaskRecord task, IReadOnlyList<string> last, IReadOnlyDictionary<string, int> load, int max)
        => inspector.CertificateValidTo < task.WindowTo ? Refusal.Expired
            : inspector.Conflicts.Contains(task.Uscc) ? Refusal.Conflict
            : last.Contains(inspector.Id) ? Refusal.Previous
            : load.GetValueOrDefault(inspector.Id) >= max ? Refusal.Busy
            : null;

    private static TaskRecord Staff(TaskRecord task, PlanRecord plan, InspectorRecord[] ring, int[] starts, Dictionary<string, int> load)
    {
        if (ring.Length == 0)
        {
            return task with { UnassignedReason = $"the directory has no inspector of {task.Department}" };
        }

        var last = task.LastInspectors;
        int expired = 0, conflicted = 0, previous = 0, busy = 0, uncertified = 0;
        var team = new List<string>(plan.TeamSize);
        var refused = new HashSet<int>();
        for (var slot = 1; slot <= plan.TeamSize; slot++)
        {
            // Each member has a start of their own, so that teams are not fixed pairs of ring neighbours.
            var start = starts[slot - 1];
            for (var j = 0; j < ring.Length; j++)
            {
                var position = (start + j) % ring.Length;
                var inspector = ring[position];
                if (refused.Contains(position) || team.Contains(inspector.Id))
                {
                    continue;
                }

                if (Acceptable(inspector, task, last, load, plan.MaxTasksPerInspector) is { } reason)
                {

                    refused.Add(position);
                    switch (reason)
                    {
                        case Refusal.Expired: expired++; break;
                        case Refusal.Conflict: conflicted++; break;
                        case Refusal.Previous: previous++; break;
                        default: busy++; break;
                    }

                    continue;
                }

                if (slot == 1 && !plan.LeadCertifications.All(inspector.Certifications.Contains))
                {
                    // Not refused for good: an uncertified inspector may still fill a later slot.
                    uncertified++;
                    continue;
                }

                team.Add(inspector.Id);
                break;
            }
        }

        if (team.Count < plan.TeamSize)
        {
            return task with
            {
                UnassignedReason = string.Create(CultureInfo.InvariantCulture,
                    $"only {team.Count} of {ring.Length} inspectors of {task.Department} can go (needs {plan.TeamSize}): "
                    + $"{conflicted} declared a conflict, {previous} inspected it last time, {expired} certificate(s) expire before {task.WindowTo:yyyy-MM-dd}, "
                    + $"{busy} at the limit of {plan.MaxTasksPerInspector} tasks")
                    + (plan.LeadCertifications.Count > 0
                        ? string.Create(CultureInfo.InvariantCulture, $"; lead must be certified for {string.Join("、", plan.LeadCertifications)} ({uncertified} passed over)")
                        : ""),
            };
        }

        foreach (var id in team)
        {
            load[id] = load.GetValueOrDefault(id) + 1;
        }

        return task with { Team = team };
    }
}
