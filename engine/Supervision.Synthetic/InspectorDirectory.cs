using Supervision.Model.Randomness;
using Supervision.Model.Registry;

namespace Supervision.Synthetic;

/// <summary>
/// The inspector directory of a synthetic population, with lookups to pick inspection teams: two distinct inspectors
/// of the department, with a certificate valid on the date and no declared conflict with the enterprise.
/// </summary>
/// <remarks>Immutable after construction; build it with <see cref="InspectorDirectoryBuilder"/>.</remarks>
internal sealed class InspectorDirectory
{
    private const int Attempts = 40;

    private readonly Dictionary<string, Inspector[]> _byDepartment;
    private readonly Dictionary<string, HashSet<string>> _conflictsByEnterprise;

    public InspectorDirectory(IReadOnlyList<Inspector> inspectors)
    {
        ArgumentNullException.ThrowIfNull(inspectors);
        Inspectors = inspectors;
        _byDepartment = inspectors.GroupBy(i => i.Department, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        _conflictsByEnterprise = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var inspector in inspectors)
        {
            foreach (var uscc in inspector.Conflicts)
            {
                if (!_conflictsByEnterprise.TryGetValue(uscc, out var ids))
                {
                    ids = new HashSet<string>(StringComparer.Ordinal);
                    _conflictsByEnterprise.Add(uscc, ids);
                }

                ids.Add(inspector.InspectorId);
            }
        }
    }

    public IReadOnlyList<Inspector> Inspectors { get; }

    /// <summary>
    /// Two inspectors for a visit, preferring ones of the enterprise's region who hold <paramref name="certification"/>;
    /// null when the department has fewer than two eligible inspectors.
    /// </summary>
    public IReadOnlyList<string>? PickTeam(SeededRandom random, string department, string region, string certification, DateOnly date, string uscc)
    {
        ArgumentNullException.ThrowIfNull(random);
        if (!_byDepartment.TryGetValue(department, out var pool))
        {
            return null;
        }

        var conflicts = _conflictsByEnterprise.GetValueOrDefault(uscc);
        bool Eligible(Inspector i) => i.CertificateValidTo >= date && (conflicts is null || !conflicts.Contains(i.InspectorId));
        bool Preferred(Inspector i) => string.Equals(i.Region, region, StringComparison.Ordinal) && i.Certifications.Contains(certification);

        var team = new List<string>(2);
        for (var attempt = 0; attempt < Attempts && team.Count < 2; attempt++)
        {
            var candidate = random.Pick(pool);
            if (Eligible(candidate) && (attempt >= Attempts / 2 || Preferred(candidate)) && !team.Contains(candidate.InspectorId))
            {
                team.Add(candidate.InspectorId);
            }
        }

        // Rejection sampling can miss in a pool thinned by conflicts and expired certificates: finish by scanning.
        var start = random.NextInt(pool.Length);
        for (var k = 0; k < pool.Length && team.Count < 2; k++)
        {
            var candidate = pool[(start + k) % pool.Length];
            if (Eligible(candidate) && !team.Contains(candidate.InspectorId))
            {
                team.Add(candidate.InspectorId);
            }
        }

        team.Sort(StringComparer.Ordinal);
        return team.Count == 2 ? team : null;
    }
}
