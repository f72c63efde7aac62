using Supervision.Model.Randomness;
using Supervision.Model.Registry;

namespace Supervision.Synthetic;

/// <summary>
/// Generates the inspector directory of a population: count/20 inspectors (at least 40, and at least 6 per department),
/// about 5% with an expired certificate (and per department one valid through the as-of date and one expired the day
/// before), about 12% declaring conflicts with 1–3 enterprises, and three recusal hot spots.
/// </summary>
/// <remarks>
/// The hot spots are the first three operating hazardous-chemicals enterprises (from a seeded starting index): all but
/// 2, 1 and 0 of the 应急管理局 inspectors of their park who hold 危险化学品 and a valid certificate declare a conflict
/// with them, so a draw restricted to that park and field has exactly 2, 1 and 0 eligible inspectors after recusal.
/// </remarks>
internal static class InspectorDirectoryBuilder
{
    public const int Minimum = 40;
    public const int MinimumPerDepartment = 6;
    public const int EnterprisesPerInspector = 20;
    public const string HotSpotCertification = "危险化学品";

    public static InspectorDirectory Build(ulong seed, int enterpriseCount, DateOnly asOf, IdentitySynthesizer identities)
    {
        ArgumentNullException.ThrowIfNull(identities);
        var total = Math.Max(Minimum, enterpriseCount / EnterprisesPerInspector);
        var drafts = new List<Draft>();
        var index = 0;
        foreach (var (department, d) in Departments.All.Select((dep, k) => (dep, k)))
        {
            var count = Math.Max(MinimumPerDepartment, (int)Math.Round(total * department.DirectoryShare));
            var width = Math.Max(4, count.ToString(System.Globalization.CultureInfo.InvariantCulture).Length);
            for (var j = 0; j < count; j++, index++)
            {
                var random = SeededRandom.Derive(seed, (ulong)RandomStream.Inspectors, index);
                drafts.Add(Create(random, department, d, j, width, asOf, enterpriseCount, identities));
            }
        }

        AddHotSpots(seed, enterpriseCount, asOf, identities, drafts);
        return new InspectorDirectory([.. drafts.Select(x => x.ToInspector())]);
    }

    private static Draft Create(
        SeededRandom random, Department department, int d, int j, int width, DateOnly asOf, int enterpriseCount, IdentitySynthesizer identities)
    {
        var validTo = j switch
        {
            1 => asOf,               // valid through the as-of date
            2 => asOf.AddDays(-1),   // expired the day before
            _ => random.Bernoulli(0.05) ? asOf.AddDays(-random.NextInt(2, 400)) : asOf.AddDays(random.NextInt(1, 1825)),
        };
        var region = Zone.Regions[random.PickIndex(RegionWeights(department))].Name;
        var fields = department.Families.Select(f => f.Certification).Distinct(StringComparer.Ordinal).ToList();
        var certifications = fields.Where(_ => random.Bernoulli(0.45)).ToList();
        if (certifications.Count == 0)
        {
            certifications.Add(random.Pick(fields));
        }

        var draft = new Draft(
            $"{department.Code}{(j + 1).ToString($"D{width}", System.Globalization.CultureInfo.InvariantCulture)}",
            PersonNames.Draw(random),
            department.Name,
            $"21080{d + 1}{j + 1:D6}",
            validTo,
            region,
            certifications);
        if (enterpriseCount > 0 && random.Bernoulli(0.12))
        {
            for (var k = random.NextInt(1, 3); k > 0; k--)
            {
                draft.AddConflict(identities.Create(random.NextInt(enterpriseCount)).Enterprise.Uscc);
            }
        }

        return draft;
    }

    private static void AddHotSpots(ulong seed, int enterpriseCount, DateOnly asOf, IdentitySynthesizer identities, List<Draft> drafts)
    {
        if (enterpriseCount == 0)
        {
            return;
        }

        var start = SeededRandom.Derive(seed, (ulong)RandomStream.Inspectors, -1).NextInt(enterpriseCount);
        var left = 2;
        for (var k = 0; k < enterpriseCount && left >= 0; k++)
        {
            var identity = identities.Create((start + k) % enterpriseCount);
            var enterprise = identity.Enterprise;
            if (identity.Profile != RiskProfile.HazardousChemicals || enterprise.Status != OperatingStatus.Operating)
            {
                continue;
            }

            var pool = drafts.Where(x => x.Department == Departments.Emergency.Name && x.Region == enterprise.Region
                && x.Certifications.Contains(HotSpotCertification) && x.ValidTo >= asOf).ToList();
            if (pool.Count <= left)
            {
                continue;
            }

            foreach (var draft in pool.Skip(left))
            {
                draft.AddConflict(enterprise.Uscc);
            }

            left--;
        }
    }

    private static double[] RegionWeights(Department department) => department.Code switch
    {
        "YJ" => [0.40, 0.25, 0.10, 0.10, 0.15],
        "JT" => [0.15, 0.60, 0.15, 0.05, 0.05],
        "HB" => [0.35, 0.20, 0.10, 0.10, 0.25],
        _ => [0.15, 0.20, 0.20, 0.25, 0.20],
    };

    private sealed class Draft(
        string id, string name, string department, string certificateNo, DateOnly validTo, string region, List<string> certifications)
    {
        private readonly List<string> _conflicts = [];

        public string Department => department;

        public string Region => region;

        public DateOnly ValidTo => validTo;

        public List<string> Certifications => certifications;

        public void AddConflict(string uscc)
        {
            if (!_conflicts.Contains(uscc))
            {
                _conflicts.Add(uscc);
            }
        }

        public Inspector ToInspector() => new(id, name, department, certificateNo, validTo, region, certifications, [.. _conflicts]);
    }
}
