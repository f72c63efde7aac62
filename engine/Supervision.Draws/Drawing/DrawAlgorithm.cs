using System.Buffers;
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

        // Rows are handled by their positions in the snapshot (a million rows copied into per-plan and per-pool lists
        // were a hundred megabytes of garbage).
        var byPlan = RowsByPlan(population);
        foreach (var plan in plans)
        {
            // Each plan's rows and each pool's, in snapshot order.
            var rows = byPlan.GetValueOrDefault(plan.Id) ?? [];
            var byPool = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            foreach (var row in rows)
            {
                var poolOf = population[row].Pool;
                if (!byPool.TryGetValue(poolOf, out var poolRows))
                {
                    byPool[poolOf] = poolRows = [];
                }

                poolRows.Add(row);
            }

            var taken = new HashSet<string>(StringComparer.Ordinal);
            foreach (var rule in plan.Pools)
            {
                var pool = byPool.GetValueOrDefault(rule.Pool) ?? [];
                var selected = Select(lottery, plan.Id, rule.Pool, population, pool, rule.Count(pool.Count));
                pools.Add(new PoolResult(plan.Id, rule.Pool, pool.Count, rule.Ratio, rule.MinCount, selected.Count, [.. selected.Select(s => s.Selected)]));
                foreach (var (entry, _) in selected)
                {
                    drawn.Add((plan, rule.Pool, entry));
                    taken.Add(entry.Uscc);
                }
            }

            // Verification sample: the lowest category's enterprises the routine draw left, plus the trigger-only ones.
            var lowest = plan.Pools[^1].Pool;
            var verification = new List<int>();
            foreach (var row in rows)
            {
                var e = population[row];
                if ((e.Pool == lowest && !taken.Contains(e.Uscc)) || e.Pool == Pools.VerificationOnly)
                {
                    verification.Add(row);
                }
            }

            var count = verification.Count == 0 ? 0 : Math.Max(1, (int)Math.Ceiling(plan.VerificationShare * verification.Count));
            var sample = Select(lottery, plan.Id, Pools.Verification, population, verification, count);
            pools.Add(new PoolResult(plan.Id, Pools.Verification, verification.Count, plan.VerificationShare, 1, sample.Count, [.. sample.Select(s => s.Selected)]));
            drawn.AddRange(sample.Select(s => (plan, Pools.Verification, s.Entry)));
        }

        var tasks = Tasks(drawn, lottery);
        var visits = JointVisits.Merge(tasks, plans);
        var staffed = Teams.Assign(visits.Tasks, plans, inspectors, lottery);
        return new DrawOutcome(pools, staffed, visits.Visits);
    }

    /// <summary>
    /// The n of the <paramref name="rows"/> of <paramref name="population"/> with the smallest lottery numbers (ties, which
    /// SHA-256 makes practically impossible, by USCC).
    /// </summary>
    public static List<(PoolEntry Entry, SelectedEnterprise Selected)> Select(
        Lottery lottery, string planId, string pool, IReadOnlyList<PoolEntry> population, IReadOnlyList<int> rows, int n)
    {
        ArgumentNullException.ThrowIfNull(lottery);
        ArgumentNullException.ThrowIfNull(population);
        ArgumentNullException.ThrowIfNull(rows);

        // Keys are computed on all cores; only the drawn ones are turned into hex for the record. The keys are ordered
        // beside the positions they belong to (sorting positions that look their keys up missed the cache), and only the
        // n smallest are sorted: a pool of half a million draws a few percent, and sorting it whole was a third of a draw.
        var pooled = ArrayPool<(LotteryKey Key, int Index)>.Shared.Rent(rows.Count);
        lottery.Keys(["enterprise", planId, pool], rows.Count, i => population[rows[i]].Uscc, (i, key) => pooled[i] = (key, i));
        var keyed = pooled.AsSpan(0, rows.Count);
        Comparison<(LotteryKey Key, int Index)> order = (a, b) => a.Key.CompareTo(b.Key) is var c and not 0
            ? c
            : string.CompareOrdinal(population[rows[a.Index]].Uscc, population[rows[b.Index]].Uscc);
        n = Math.Min(n, rows.Count);
        Smallest.Partition(keyed, n, order);
        keyed[..n].Sort(order);
        var selected = new List<(PoolEntry, SelectedEnterprise)>(n);
        for (var i = 0; i < n; i++)
        {
            var (key, index) = keyed[i];
            var entry = population[rows[index]];
            selected.Add((entry, new SelectedEnterprise(entry.Uscc, key.ToHex())));
        }

        ArrayPool<(LotteryKey Key, int Index)>.Shared.Return(pooled);
        return selected;
    }

    /// <summary>The snapshot's rows (positions) by plan, in snapshot order, in one pass.</summary>
    private static Dictionary<string, List<int>> RowsByPlan(IReadOnlyList<PoolEntry> population)
    {
        var byPlan = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        List<int>? current = null;
        string? currentPlan = null;
        for (var row = 0; row < population.Count; row++)
        {
            var planId = population[row].PlanId;
            if (!string.Equals(planId, currentPlan, StringComparison.Ordinal))
            {
                currentPlan = planId;
                if (!byPlan.TryGetValue(currentPlan, out current))
                {
                    byPlan[currentPlan] = current = [];
                }
            }

            current!.Add(row);
        }

        return byPlan;
    }

    private static List<TaskRecord> Tasks(List<(PlanRecord Plan, string Pool, PoolEntry Entry)> drawn, Lottery lottery)
    {
        // Each drawn enterprise's window and items are numbers of its own (pure functions of the lottery), computed on
        // all cores; the tasks are then listed in drawing order, as one pass would list them.
        var items = new Dictionary<(PlanRecord, string), DepartmentItems>();
        foreach (var (plan, _, _) in drawn)
        {
            foreach (var department in plan.Departments)
            {
                if (!items.ContainsKey((plan, department)))
                {
                    items[(plan, department)] = new DepartmentItems(plan, department);
                }
            }
        }

        var windows = new (DateOnly From, DateOnly To)[drawn.Count];
        var codes = new List<string>[drawn.Count][];
        Parallel.For(0, drawn.Count, i =>
        {
            var (plan, _, entry) = drawn[i];
            windows[i] = Window(plan, entry.Uscc, lottery);
            codes[i] = [.. plan.Departments.Select(department => items[(plan, department)].For(entry.Uscc, lottery))];
        });
        var tasks = new List<TaskRecord>(drawn.Count);
        for (var i = 0; i < drawn.Count; i++)
        {
            var (plan, pool, entry) = drawn[i];
            var (from, to) = windows[i];
            for (var d = 0; d < plan.Departments.Count; d++)
            {
                tasks.Add(new TaskRecord($"{plan.Id}/{entry.Uscc}/{d + 1}", plan.Id, plan.Departments[d], pool, entry.Uscc, entry.Name, "",
                    from, to, codes[i][d], [], null, entry.LastInspectors));
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
