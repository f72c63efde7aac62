using Supervision.Model.Randomness;
using Supervision.Model.Registry;

namespace Supervision.Synthetic;

/// <summary>
/// Draws the inspection history of the <see cref="HistoryMonths"/> months before the as-of date. About two thirds of the
/// enterprises were ever visited, riskier ones more often and more of them; a visited enterprise had at most one visit
/// in each year of its history, with a chance that rises with its risk, so never more than two in twelve months.
/// Whether a visit found a violation follows <see cref="ViolationModel"/>: what the rules measure, what they measure
/// coarsely or not at all, and a latent compliance propensity — a signal a model can learn but not read off.
/// </summary>
internal static class InspectionSynthesizer
{
    /// <summary>Length of the inspection history, in months before the as-of date.</summary>
    public const int HistoryMonths = 60;

    private static readonly double[] InspectedShare = [0.60, 0.72, 0.85, 0.92];
    private static readonly double[] YearlyVisitChance = [0.55, 0.65, 0.75, 0.85];

    public static InspectionHistory Draw(
        SeededRandom random, long index, EnterpriseIdentity identity, SafetyDraw safety, int targetClass, InspectorDirectory directory, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(random);
        ArgumentNullException.ThrowIfNull(identity);
        ArgumentNullException.ThrowIfNull(safety);
        ArgumentNullException.ThrowIfNull(directory);
        var enterprise = identity.Enterprise;
        var propensity = (random.NextDouble() + random.NextDouble() + random.NextDouble() - 1.5) * 1.4;
        var risky = safety.Level is "红" or "橙" ? 0.1 : 0;
        var share = InspectedShare[targetClass] * enterprise.Status switch
        {
            OperatingStatus.Operating => 1.0,
            OperatingStatus.Dormant => 0.5,
            _ => 0.4,
        };

        var first = Max(enterprise.RegistrationDate.AddDays(15), asOf.AddMonths(-HistoryMonths).AddDays(1));
        if (first > asOf || !random.Bernoulli(Math.Min(1, share + risky)))
        {
            return new InspectionHistory([], 0);
        }

        var dates = VisitDates(random, first, asOf, YearlyVisitChance[targetClass] + risky);
        var departments = Departments.For(identity.Profile);
        var visits = dates.Select(d => (Date: d, Department: random.PickWeighted(departments))).ToList();

        // Some enterprises are at the annual cap: their two latest visits by one department within the last 12 months.
        var recentFirst = Max(first, asOf.AddMonths(-12).AddDays(1));
        if (visits.Count >= 2 && random.Bernoulli(0.05))
        {
            visits[^1] = (random.NextDate(recentFirst, asOf), visits[^2].Department);
            visits[^2] = (random.NextDate(recentFirst, asOf), visits[^2].Department);
        }

        // Off the 24-month edge, so that the violation points do not hinge on how the window is closed.
        var edge24 = asOf.AddMonths(-24);
        visits = [.. visits.Select(v => v.Date == edge24 ? (Date: v.Date.AddDays(1), v.Department) : v).OrderBy(v => v.Date)];

        var inspections = new List<InspectionRecord>();
        foreach (var (date, department) in visits)
        {
            var families = department.FamiliesFor(identity.Profile);
            var chosen = families.Where(_ => random.Bernoulli(0.5)).Take(3).ToList();
            if (chosen.Count == 0)
            {
                chosen.Add(random.Pick(families));
            }

            var team = directory.PickTeam(random, department.Name, enterprise.Region, chosen[0].Certification, date, enterprise.Uscc);
            if (team is null)
            {
                continue;
            }

            // What the day before the visit knew: visits in the 24 months up to that day.
            var dayBefore = date.AddDays(-1);
            var visits24M = inspections.Count(i => i.Date <= dayBefore && i.Date > dayBefore.AddMonths(-24));
            var chance = ViolationModel.Probability(ViolationModel.LogOdds(identity, safety, targetClass, date, visits24M, propensity));
            var items = chosen.Select(f => $"{department.Code}-{f.Code}-{random.NextInt(1, ItemFamily.ItemsPerFamily):D3}").ToList();
            var id = $"JC{date.Year}-{index + 1:D7}-{inspections.Count + 1}";
            inspections.Add(new InspectionRecord(id, enterprise.Uscc, date, department.Name, team, random.Bernoulli(chance), items));
        }

        var violations = inspections.Count(i => i.ViolationFound && i.Date > edge24);
        return new InspectionHistory(inspections, violations switch { 0 => 0, 1 => -5, _ => -10 });
    }

    /// <summary>
    /// One chance of a visit per year of history, counted back from the as-of date (a partial first year in proportion
    /// to its length), and at least one visit.
    /// </summary>
    private static List<DateOnly> VisitDates(SeededRandom random, DateOnly first, DateOnly asOf, double yearlyChance)
    {
        var slots = new List<(DateOnly From, DateOnly To)>();
        for (var k = HistoryMonths / 12 - 1; k >= 0; k--)
        {
            var from = Max(first, asOf.AddMonths(-12 * (k + 1)).AddDays(1));
            var to = asOf.AddMonths(-12 * k);
            if (from <= to)
            {
                slots.Add((from, to));
            }
        }

        var dates = new List<DateOnly>();
        foreach (var (from, to) in slots)
        {
            var fraction = (to.DayNumber - from.DayNumber + 1) / 365.0;
            if (random.Bernoulli(Math.Min(1, yearlyChance * fraction)))
            {
                dates.Add(random.NextDate(from, to));
            }
        }

        if (dates.Count == 0)
        {
            var (from, to) = random.Pick(slots);
            dates.Add(random.NextDate(from, to));
        }

        dates.Sort();
        return dates;
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
