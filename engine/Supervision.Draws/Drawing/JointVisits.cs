using Supervision.Draws.Record;

namespace Supervision.Draws.Drawing;

/// <summary>
/// Merges tasks that hit the same enterprise into one visit (进一次门、查多项事): tasks of one plan always share a visit;
/// a later plan's task joins an earlier visit when that visit's window lies inside its own plan period.
/// </summary>
public static class JointVisits
{
    public static (List<TaskRecord> Tasks, List<VisitRecord> Visits) Merge(List<TaskRecord> tasks, IReadOnlyList<PlanRecord> plans)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        ArgumentNullException.ThrowIfNull(plans);
        var planIndex = plans.Select((p, i) => (p.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var byPlan = plans.ToDictionary(p => p.Id, StringComparer.Ordinal);

        // Tasks by their plan's position, stable (the order of section 6).
        var order = new int[tasks.Count];
        var positions = new int[tasks.Count];
        for (var i = 0; i < tasks.Count; i++)
        {
            order[i] = i;
            positions[i] = planIndex[tasks[i].PlanId];
        }

        Array.Sort(order, (a, b) => positions[a] != positions[b] ? positions[a].CompareTo(positions[b]) : a.CompareTo(b));
        var opened = new Dictionary<string, List<Visit>>(StringComparer.Ordinal);
        var visitOf = new Visit[tasks.Count];
        foreach (var t in order)
        {
            var task = tasks[t];
            var plan = byPlan[task.PlanId];
            if (!opened.TryGetValue(task.Uscc, out var open))
            {
                opened[task.Uscc] = open = [];
            }

            Visit? visit = null;
            foreach (var v in open)
            {
                if (v.FirstPlan == task.PlanId || (v.From >= plan.PeriodFrom && v.To <= plan.PeriodTo))
                {
                    visit = v;
                    break;
                }
            }

            if (visit is null)
            {
                visit = new Visit($"V/{task.Uscc}/{task.PlanId}", task.WindowFrom, task.WindowTo, task.PlanId, positions[t]);
                open.Add(visit);
            }

            visitOf[t] = visit;
        }

        // Visits in the order of their first task, each with its tasks in task order.
        var merged = new List<TaskRecord>(tasks.Count);
        var members = new Dictionary<Visit, List<TaskRecord>>();
        var listed = new List<Visit>();
        for (var t = 0; t < tasks.Count; t++)
        {
            var visit = visitOf[t];
            var task = tasks[t] with { VisitId = visit.VisitId, WindowFrom = visit.From, WindowTo = visit.To };
            merged.Add(task);
            if (!members.TryGetValue(visit, out var its))
            {
                members[visit] = its = [];
                listed.Add(visit);
            }

            its.Add(task);
        }

        var due = new Dictionary<(string Plan, DateOnly WindowTo), DateOnly?>();
        var records = new List<VisitRecord>(listed.Count);
        foreach (var visit in listed)
        {
            var its = members[visit];
            var first = its[0];
            var plan = plans[visit.PlanIndex];
            if (!due.TryGetValue((plan.Id, first.WindowTo), out var publication))
            {
                due[(plan.Id, first.WindowTo)] = publication = PublicationDue(plan, first.WindowTo);
            }

            records.Add(new VisitRecord(visit.VisitId, first.Uscc, first.WindowFrom, first.WindowTo, [.. its.Select(t => t.TaskId)],
                its.Exists(t => t.Department != first.Department), publication));
        }

        return (merged, records);
    }

    /// <summary>The N-th working day after the window ends; null when the calendar does not reach it yet.</summary>
    private static DateOnly? PublicationDue(PlanRecord plan, DateOnly windowTo)
    {
        var skip = Math.Max(0, plan.PublicationWorkingDays - 1);
        foreach (var day in plan.WorkingDays)
        {
            if (day > windowTo && skip-- == 0)
            {
                return day;
            }
        }

        return null;
    }

    /// <summary>A visit being opened: its id and window, the plan that opened it and that plan's position.</summary>
    private sealed record Visit(string VisitId, DateOnly From, DateOnly To, string FirstPlan, int PlanIndex);
}
