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
        foreach (var plan in plans)
        {
            var entries = population.Where(e => e.PlanId == plan.Id).ToList();
            var byPool = entries.ToLookup(e => e.Pool, StringComparer.Ordinal);
            foreach (var rule in plan.Pools)
            {
                var pool = byPool[rule.Pool].ToList();
                var selected = Select(lottery, plan.Id, rule.Pool, pool, rule.Count(pool.Count));
                pools.Add(new PoolResult(plan.Id, rule.Pool, pool.Count, rule.Ratio, rule.MinCount, selected.Count, [.. selected.Select(s => s.Selected)]));
                drawn.AddRange(selected.Select(s => (plan, rule.Pool, s.Entry)));
            }

            // Verification sample: the lowest category's enterprises the routine draw left, plus the trigger-only ones.
            var lowest = plan.Pools[^1].Pool;
            var taken = drawn.Where(d => ReferenceEquals(d.Plan, plan)).Select(d => d.Entry.Uscc).ToHashSet(StringComparer.Ordinal);
            var verification = entries.Where(e => (e.Pool == lowest && !taken.Contains(e.Uscc)) || e.Pool == Pools.VerificationOnly).ToList();
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
        // Keys are computed on all cores; only the drawn ones are turned into hex for the record.
        var keys = new LotteryKey[entries.Count];
        Parallel.For(0, entries.Count, i => keys[i] = lottery.Key("enterprise", planId, pool, entries[i].Uscc));
        var order = Enumerable.Range(0, entries.Count).ToArray();
        Array.Sort(order, (a, b) => keys[a].CompareTo(keys[b]) is var c and not 0 ? c : string.CompareOrdinal(entries[a].Uscc, entries[b].Uscc));
        return [.. order.Take(n).Select(i => (entries[i], new SelectedEnterprise(entries[i].Uscc, keys[i].ToHex())))];
    }

    private static List<TaskRecord> Tasks(List<(PlanRecord Plan, string Pool, PoolEntry Entry)> drawn, Lottery lottery)
    {
        var tasks = new List<TaskRecord>();
        foreach (var (plan, pool, entry) in drawn)
        {
            var (from, to) = Window(plan, entry.Uscc, lottery);
            for (var d = 0; d < plan.Departments.Count; d++)
            {
                var department = plan.Departments[d];
                tasks.Add(new TaskRecord($"{plan.Id}/{entry.Uscc}/{d + 1}", plan.Id, department, pool, entry.Uscc, entry.Name, "",
                    from, to, Items(plan, department, entry.Uscc, lottery), [], null, entry.LastInspectors));
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

    /// <summary>The department's key items and a random subset of its general items, in plan order.</summary>
    internal static List<string> Items(PlanRecord plan, string department, string uscc, Lottery lottery)
    {
        var mine = plan.Items.Where(i => (i.Department ?? plan.Departments[0]) == department).ToList();
        var general = mine.Where(i => !i.Key)
            .OrderBy(i => lottery.Number("item", plan.Id, uscc, i.Code), StringComparer.Ordinal).ThenBy(i => i.Code, StringComparer.Ordinal)
            .Take(plan.GeneralItemsPerTask)
            .Select(i => i.Code)
            .ToHashSet(StringComparer.Ordinal);
        return [.. mine.Where(i => i.Key || general.Contains(i.Code)).Select(i => i.Code)];
    }
}
