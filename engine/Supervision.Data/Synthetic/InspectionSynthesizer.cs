using Supervision.Model.Registry;

namespace Supervision.Data.Synthetic;

/// <summary>
/// Draws the inspection history of the 36 months before the as-of date. About 40% of enterprises have 1–3 visits,
/// more often the riskier ones. Whether a visit found a violation is a noisy function of latent risk — the safety
/// score, the target credit class, a direct-to-red condition and a per-enterprise compliance factor — so that a
/// model can learn it but not read it off.
/// </summary>
internal static class InspectionSynthesizer
{
    private static readonly double[] InspectedShare = [0.33, 0.50, 0.65, 0.80];
    private static readonly double[] ClassRisk = [0, 0.08, 0.20, 0.32];

    public static InspectionHistory Draw(
        SeededRandom random, long index, EnterpriseIdentity identity, SafetyDraw safety, int targetClass, InspectorDirectory directory, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(random);
        ArgumentNullException.ThrowIfNull(identity);
        ArgumentNullException.ThrowIfNull(safety);
        ArgumentNullException.ThrowIfNull(directory);
        var enterprise = identity.Enterprise;
        var compliance = (random.NextDouble() + random.NextDouble() + random.NextDouble() - 1.5) * 0.12;
        var violationChance = Math.Clamp(
            0.06 + (0.006 * (100 - safety.Score)) + ClassRisk[targetClass] + (safety.DirectRed is null ? 0 : 0.15) + compliance, 0.02, 0.92);
        var share = InspectedShare[targetClass] * enterprise.Status switch
        {
            OperatingStatus.Operating => 1.0,
            OperatingStatus.Dormant => 0.5,
            _ => 0.4,
        };

        var first = Max(enterprise.RegistrationDate.AddDays(15), asOf.AddMonths(-36).AddDays(1));
        if (first > asOf || !random.Bernoulli(Math.Min(1, share + (safety.Level is "红" or "橙" ? 0.1 : 0))))
        {
            return new InspectionHistory([], 0);
        }

        var count = random.PickWeighted<int>([(1, 0.60), (2, 0.28), (3, 0.12)]);
        var departments = Departments.For(identity.Profile);
        var visits = new List<(DateOnly Date, Department Department)>();
        for (var k = 0; k < count; k++)
        {
            visits.Add((random.NextDate(first, asOf), random.PickWeighted(departments)));
        }

        // Some enterprises are at the annual cap: two visits by one department within the last 12 months.
        var recentFirst = Max(first, asOf.AddMonths(-12).AddDays(1));
        if (count >= 2 && random.Bernoulli(0.05))
        {
            visits[1] = (random.NextDate(recentFirst, asOf), visits[0].Department);
            visits[0] = (random.NextDate(recentFirst, asOf), visits[0].Department);
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

            var items = chosen.Select(f => $"{department.Code}-{f.Code}-{random.NextInt(1, ItemFamily.ItemsPerFamily):D3}").ToList();
            var id = $"JC{date.Year}-{index + 1:D7}-{inspections.Count + 1}";
            inspections.Add(new InspectionRecord(id, enterprise.Uscc, date, department.Name, team, random.Bernoulli(violationChance), items));
        }

        var violations = inspections.Count(i => i.ViolationFound && i.Date > edge24);
        return new InspectionHistory(inspections, violations switch { 0 => 0, 1 => -5, _ => -10 });
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
