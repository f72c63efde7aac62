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
        var visits = new Dictionary<string, List<(string VisitId, DateOnly From, DateOnly To, string FirstPlan)>>(StringComparer.Ordinal);
        var visitOfTask = new Dictionary<string, (string VisitId, DateOnly From, DateOnly To)>(StringComparer.Ordinal);
        foreach (var task in tasks.OrderBy(t => planIndex[t.PlanId]))
        {
            var plan = byPlan[task.PlanId];
            var open = visits.TryGetValue(task.Uscc, out var list) ? list : visits[task.Uscc] = [];
            var visit = open.FirstOrDefault(v => v.FirstPlan == task.PlanId || (v.From >= plan.PeriodFrom && v.To <= plan.PeriodTo));
            if (visit.VisitId is null)
            {
                visit = ($"V/{task.Uscc}/{task.PlanId}", task.WindowFrom, task.WindowTo, task.PlanId);
                open.Add(visit);
            }

            visitOfTask[task.TaskId] = (visit.VisitId, visit.From, visit.To);
        }

        var merged = tasks.Select(t => visitOfTask[t.TaskId] is var v
            ? t with { VisitId = v.VisitId, WindowFrom = v.From, WindowTo = v.To }
            : t).ToList();
        var records = merged.GroupBy(t => t.VisitId, StringComparer.Ordinal)
            .Select(g =>
            {
                var first = g.First();
                var plan = byPlan[g.OrderBy(t => planIndex[t.PlanId]).First().PlanId];
                return new VisitRecord(g.Key, first.Uscc, first.WindowFrom, first.WindowTo, [.. g.Select(t => t.TaskId)],
                    g.Select(t => t.Department).Distinct().Count() > 1, PublicationDue(plan, first.WindowTo));
            })
            .ToList();
        return (merged, records);
    }

    /// <summary>The N-th working day after the window ends; null when the calendar does not reach it yet.</summary>
    private static DateOnly? PublicationDue(PlanRecord plan, DateOnly windowTo)
    {
        var after = plan.WorkingDays.Where(d => d > windowTo).Skip(plan.PublicationWorkingDays - 1).Take(1).ToList();
        return after.Count == 1 ? after[0] : null;
    }
}
