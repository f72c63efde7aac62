using Supervision.Draws.Record;

namespace Supervision.Draws.Drawing;

/// <summary>
/// The draw itself, as specified in docs/draw-algorithm.md: selection per pool, the verification sample, windows,
/// items, joint visits, teams. A pure function of its arguments; <see cref="DrawVerifier"/> calls it again.
/// </summary>
public static class DrawAlgorithm
{
    public static DrawOutcome Compute(
        IReadOnlyList<PlanRecord> plans, IReadOnlyList<PoolEntry> population, IReadOnlyList<InspectorRecord> inspectors, Lottery lottery)
    {
        ArgumentNullException.ThrowIfNull(plans);
        ArgumentNullException.ThrowIfNull(population);
        ArgumentNullException.ThrowIfNull(inspectors);
        ArgumentNullException.ThrowIfNull(lottery);
        var pools = new List<PoolResult>();
        var drawn = new List<(PlanRecord Plan, string Pool, PoolEntry Entry)>();
        var byPlan = ByPlan(population);
        foreach (var plan in plans)
        {
            // Each plan's rows and each pool's, in snapshot order.
            var entries = byPlan.GetValueOrDefault(plan.Id) ?? [];
            var byPool = new Dictionary<string, List<PoolEntry>>(StringComparer.Ordinal);
            foreach (var e in entries)
            {
                if (!byPool.TryGetValue(e.Pool, out var rows))
                {
                    byPool[e.Pool] = rows = [];
                }

                rows.Add(e);
            }

            var taken = new HashSet<string>(StringComparer.Ordinal);
            foreach (var rule in plan.Pools)
            {
                var pool = byPool.GetValueOrDefault(rule.Pool) ?? [];
                var selected = Select(lottery, plan.Id, rule.Pool, pool, rule.Count(pool.Count));
                pools.Add(new PoolResult(plan.Id, rule.Pool, pool.Count, rule.Ratio, rule.MinCount, selected.Count, [.. selected.Select(s => s.Selected)]));
                foreach (var (entry, _) in selected)
                {
                    drawn.Add((plan, rule.Pool, entry));
                    taken.Add(entry.Uscc);
                }
            }

            // Verification sample: the lowest category's enterprises the routine draw left, plus the trigger-only ones.
            var lowest = plan.Pools[^1].Pool;
            var verification = new List<PoolEntry>();
            foreach (var e in entries)
            {
                if ((e.Pool == lowest && !taken.Contains(e.Uscc)) || e.Pool == Pools.VerificationOnly)
                {
                    verification.Add(e);
                }
            }

            var count = verification.Count == 0 ? 0 : Math.Max(1, (int)Math.Ceiling(plan.VerificationShare * verification.Count));
            var sample = Select(lottery, plan.Id, Pools.Verification, verification, count);
            pools.Add(new PoolResult(plan.Id, Pools.Verification, verification.Count, plan.VerificationShare, 1, sample.Count, [.. sample.Select(s => s.Selected)]));
            drawn.AddRange(sample.Select(s => (plan, Pools.Verification, s.Entry)));
        }

        var tasks = Tasks(drawn, lottery);
        var visits = JointVisits.Merge(tasks, plans);
        var staffed = Teams.Assign(visits.Tasks, plans, inspectors, lottery);
        return new DrawOutcome(pools, staffed, visits.Visits);
    }

    /// <summary>The n entries with the smallest lottery numbers (ties, which SHA-256 makes practically impossible, by USCC).</summary>
    public static List<(PoolEntry Entry, SelectedEnterprise Selected)> Select(Lottery lottery, string planId, string pool, List<PoolEntry> entries, int n)
    {
        ArgumentNullException.ThrowIfNull(lottery);
        ArgumentNullException.ThrowIfNull(entries);

        // Keys are computed on all cores; only the drawn ones are turned into hex for the record. The keys are ordered
        // beside the positions they belong to (sorting positions that look their keys up missed the cache), and only the
        // n smallest are sorted: a pool of half a million draws a few percent, and sorting it whole was a third of a draw.
        var keyed = new (LotteryKey Key, int Index)[entries.Count];
        lottery.Keys(["enterprise", planId, pool], entries.Count, i => entries[i].Uscc, (i, key) => keyed[i] = (key, i));

        Comparison<(LotteryKey Key, int Index)> order = (a, b) => a.Key.CompareTo(b.Key) is var c and not 0 ? c : string.CompareOrdinal(entries[a.Index].Uscc, entries[b.Index].Uscc);
        n = Math.Min(n, keyed.Length);
        Smallest.Partition(keyed, n, order);
        keyed.AsSpan(0, n).Sort(order);
        var selected = new List<(PoolEntry, SelectedEnterprise)>(n);
        for (var i = 0; i < n; i++)
        {
            var (key, index) = keyed[i];
            selected.Add((entries[index], new SelectedEnterprise(entries[index].Uscc, key.ToHex())));
        }

        return selected;
    }

    /// <summary>The snapshot's rows by plan, in snapshot order, in one pass (rows of a plan are usually consecutive).</summary>
    private static Dictionary<string, List<PoolEntry>> ByPlan(IReadOnlyList<PoolEntry> population)
    {
        var byPlan = new Dictionary<string, List<PoolEntry>>(StringComparer.Ordinal);
        List<PoolEntry>? current = null;
        string? currentPlan = null;
        foreach (var e in population)
        {
            if (!string.Equals(e.PlanId, currentPlan, StringComparison.Ordinal))
            {
                currentPlan = e.PlanId;
                if (!byPlan.TryGetValue(currentPlan, out current))
                {
                    byPlan[currentPlan] = current = [];
                }
            }

            current!.Add(e);
        }

        return byPlan;
    }

    private static List<TaskRecord> Tasks(List<(PlanRecord Plan, string Pool, PoolEntry Entry)> drawn, Lottery lottery)
    {
        var tasks = new List<TaskRecord>();
        var items = new Dictionary<(PlanRecord, string), DepartmentItems>();
        foreach (var (plan, pool, entry) in drawn)
        {
            var (from, to) = Window(plan, entry.Uscc, lottery);
            for (var d = 0; d < plan.Departments.Count; d++)
            {
                var department = plan.Departments[d];
                if (!items.TryGetValue((plan, department), out var mine))
                {
                    items[(plan, department)] = mine = new DepartmentItems(plan, department);
                }

                tasks.Add(new TaskRecord($"{plan.Id}/{entry.Uscc}/{d + 1}", plan.Id, department, pool, entry.Uscc, entry.Name, "",
                    from, to, mine.For(entry.Uscc, lottery), [], null, entry.LastInspectors));
            }
        }

        return tasks;
    }

    /// <summary>A random run of <c>WindowWorkingDays</c> consecutive working days inside the period.</summary>
    internal static (DateOnly From, DateOnly To) Window(PlanRecord plan, string uscc, Lottery lottery)
    {
        // WorkingDays is ascending: the period's days are a prefix of it.
        var count = 0;
        while (count < plan.WorkingDays.Count && plan.WorkingDays[count] <= plan.PeriodTo)
        {
            count++;
        }

        var days = plan.WorkingDays;
        var length = Math.Min(plan.WindowWorkingDays, count);
        var starts = (ulong)(count - length + 1);
        var start = (int)(lottery.Integer("date", plan.Id, uscc) % starts);
        return (days[start], days[start + length - 1]);
    }
}
