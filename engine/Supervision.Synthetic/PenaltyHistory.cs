using Supervision.Model.Randomness;
using Supervision.Model.Registry;
using C = Supervision.Synthetic.CreditModel;

namespace Supervision.Synthetic;

/// <summary>
/// Penalty decisions that make exactly the penalty rules of a credit recipe fire: penalties_12m ≥ 1, penalties_36m ≥ 3
/// and penalty_amount_36m ≥ 100000, over windows (asOf − m months, asOf]. Some decisions sit exactly on a window edge
/// (12 or 36 months old, which no longer counts, or one day younger) and some sums exactly on 100000 or just below.
/// </summary>
internal static class PenaltyHistory
{
    private const decimal HeavyThreshold = 100_000m;

    public static void Add(CreditContext context, int[] choice, CreditCapabilities can, List<CreditRecord> records)
    {
        var random = context.Random;
        var asOf = context.AsOf;
        var w12 = asOf.AddMonths(-12);
        var w36 = asOf.AddMonths(-36);
        var recent = choice[C.Penalty12M] == 0 ? 0
            : choice[C.Repeat] != 0 ? random.PickWeighted<int>([(1, 0.6), (2, 0.25), (3, 0.15)])
            : random.PickWeighted<int>([(1, 0.8), (2, 0.2)]); // three would fire the repeat rule
        var older = OlderCount(random, choice, can, recent);

        var window = new List<(DateOnly Date, decimal Amount)>();
        for (var k = 0; k < recent; k++)
        {
            var from = Max(context.Earliest, w12.AddDays(1));
            window.Add((random.Bernoulli(0.15) ? from : random.NextDate(from, asOf), SmallAmount(random)));
        }

        for (var k = 0; k < older; k++)
        {
            var from = Max(context.Earliest, w36.AddDays(1));
            var edge = random.NextDouble();
            var date = edge < 0.15 ? w12 : edge < 0.23 ? from : random.NextDate(from, w12);
            window.Add((date, SmallAmount(random)));
        }

        FixAmounts(random, window, choice[C.Heavy] != 0);
        foreach (var (date, amount) in window)
        {
            records.Add(Penalty(context, date, null, amount));
        }

        if (context.Earliest <= w36 && random.Bernoulli(0.05))
        {
            // Outside every window: they must change nothing, not even a large fine.
            for (var k = random.NextInt(1, 2); k > 0; k--)
            {
                var date = random.Bernoulli(0.15) ? w36 : random.NextDate(Max(context.Earliest, asOf.AddYears(-8)), w36);
                var amount = random.Bernoulli(0.1) ? 10_000m * random.NextInt(10, 30) : SmallAmount(random);
                records.Add(Penalty(context, date, date.AddYears(3), amount));
            }
        }
    }

    private static int OlderCount(SeededRandom random, int[] choice, CreditCapabilities can, int recent)
    {
        if (choice[C.Repeat] != 0)
        {
            return Math.Max(0, 3 - recent) + (random.Bernoulli(0.3) ? 1 : 0);
        }

        var older = 0;
        if (can.OlderPenalty && recent < 2 && random.Bernoulli(recent > 0 ? 0.3 : 0.04))
        {
            older = random.NextInt(1, 2 - recent);
        }

        // A heavy fine needs a penalty inside 36 months.
        return choice[C.Heavy] != 0 && recent + older == 0 ? 1 : older;
    }

    /// <summary>Makes the sum over the 36-month window reach 100000 exactly when <paramref name="heavy"/>, or stay below it.</summary>
    private static void FixAmounts(SeededRandom random, List<(DateOnly Date, decimal Amount)> window, bool heavy)
    {
        if (window.Count == 0)
        {
            return;
        }

        var edge = random.Bernoulli(heavy ? 0.25 : 0.1);
        if (heavy || edge)
        {
            // The others are capped so that the first one can make up the sum (at most 6 others × 10000).
            for (var k = 1; k < window.Count; k++)
            {
                window[k] = (window[k].Date, Math.Min(window[k].Amount, 10_000m));
            }

            var others = window.Skip(1).Sum(p => p.Amount);
            var first = edge
                ? (heavy ? HeavyThreshold : HeavyThreshold - 1) - others
                : 10_000m * random.NextInt(10, 50);
            window[0] = (window[0].Date, first);
            return;
        }

        var sum = window.Sum(p => p.Amount);
        if (sum >= HeavyThreshold)
        {
            for (var k = 0; k < window.Count; k++)
            {
                window[k] = (window[k].Date, decimal.Floor(window[k].Amount * 90_000m / sum));
            }
        }
    }

    private static decimal SmallAmount(SeededRandom random)
    {
        if (random.Bernoulli(0.08))
        {
            return 0; // 警告: a penalty without a fine
        }

        var fine = random.PickWeighted<decimal>([(2_000m, 0.2), (5_000m, 0.25), (10_000m, 0.2), (20_000m, 0.15), (30_000m, 0.1), (50_000m, 0.1)]);
        return random.Bernoulli(0.2) ? fine + (random.NextInt(100, 999_999) / 100m) : fine; // plus confiscated income
    }

    private static CreditRecord Penalty(CreditContext context, DateOnly date, DateOnly? end, decimal amount)
    {
        var department = context.Random.PickWeighted(Departments.For(context.Profile));
        var basis = context.Random.Pick(LegalBases.Penalty(department, context.Profile));
        var documentNo = context.DocumentNo($"营自贸{department.DocumentAbbreviation}罚", date.Year);
        return context.Record(CreditRecordType.Penalty, date, end, null, amount, documentNo, basis);
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
