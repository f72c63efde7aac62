using Supervision.Model.Registry;
using Supervision.Service.Pages.Analyst;

namespace Supervision.Benchmarks.Reports;

/// <summary>Counts the second run's answers while the rows are generated: per district, per industry division, the movers.</summary>
/// <remarks>Not thread-safe: rows are added one at a time, in the order they are copied.</remarks>
internal sealed class ReportsTally(int enterprises)
{
    private const int SampleCount = 500;

    private readonly Dictionary<string, (long Movers, long[] ByCategory, List<string> Usccs)> districts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> divisions = new(StringComparer.Ordinal);
    private readonly List<(string, string)> samples = [];
    private readonly int sampleStride = Math.Max(1, enterprises / SampleCount);
    private long movers;
    private string? firstMover;
    private long added;

    public void Add(Enterprise enterprise, ReportsStanding first, ReportsStanding second)
    {
        if (!districts.TryGetValue(enterprise.District, out var district))
        {
            district = (0, new long[ReportsStanding.Categories.Length], []);
        }

        var moved = !ReferenceEquals(first, second);
        district.Usccs.Add(enterprise.Uscc);
        if (second.Category is { } category)
        {
            district.ByCategory[Array.IndexOf(ReportsStanding.Categories, category)]++;
        }

        districts[enterprise.District] = district with { Movers = district.Movers + (moved ? 1 : 0) };
        divisions[enterprise.IndustryCode[..3]] = divisions.GetValueOrDefault(enterprise.IndustryCode[..3]) + 1;
        if (moved)
        {
            movers++;
            firstMover = firstMover is null || string.CompareOrdinal(enterprise.Uscc, firstMover) < 0 ? enterprise.Uscc : firstMover;
        }

        // Names outside the BMP are written as character references by the page's encoder: sample plain ones only.
        if (added++ % sampleStride == 0 && !enterprise.Name.Any(char.IsSurrogate))
        {
            samples.Add((enterprise.Uscc, enterprise.Name));
        }
    }

    public ReportsPopulation Population(int count, string firstRun, string secondRun, IReadOnlyList<(string, double)> loadSeconds)
    {
        var page200 = (EnterprisesModel.MaxPage - 1) * EnterprisesModel.PageSize;
        var list = districts.OrderBy(d => d.Key, StringComparer.Ordinal).Select(d =>
        {
            var usccs = d.Value.Usccs;
            usccs.Sort(StringComparer.Ordinal);
            return new ReportsDistrict(d.Key, usccs.Count, d.Value.Movers, d.Value.ByCategory, usccs[0], usccs.Count > page200 ? usccs[page200] : null);
        }).ToList();
        return new ReportsPopulation(count, firstRun, secondRun, movers, list,
            [.. divisions.OrderBy(d => d.Key, StringComparer.Ordinal).Select(d => (d.Key, d.Value))], firstMover ?? "", samples, loadSeconds);
    }
}
