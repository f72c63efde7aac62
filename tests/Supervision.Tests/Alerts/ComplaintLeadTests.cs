using System.Globalization;
using Supervision.Application.Scoring;
using Supervision.Tests.Support;

namespace Supervision.Tests.Alerts;

/// <summary>Complaints (complaints.csv) as indicators and as case leads of the golden draw.</summary>
public sealed class ComplaintLeadTests
{
    private static readonly DateOnly Night = new(2026, 11, 27);

    [Fact]
    public void VerifiedComplaintsInAPlansTriggerWindow_AreCaseLeads_UnverifiedOnesAreNot()
    {
        var rows = File.ReadAllLines(Path.Combine(RepoPaths.DataSamples, "complaints.csv")).Skip(1).Select(l => l.Split(',')).ToList();
        var snapshot = File.ReadAllLines(Path.Combine(RepoPaths.Root, "tests", "Supervision.Tests", "Golden", "draw-2026-11-27", "population.csv"));
        var notes = snapshot.Where(l => l.Contains(",complaint TS", StringComparison.Ordinal)).ToList();
        var verified = rows.Where(r => r[5] == "true").Select(r => r[0]).ToHashSet();
        var unverified = rows.Where(r => r[5] == "false").Select(r => r[0]).ToHashSet();

        Assert.NotEmpty(notes);
        Assert.All(notes, note => Assert.Contains(note.Split(' ')[^3], verified));
        Assert.DoesNotContain(notes, note => unverified.Contains(note.Split(' ')[^3]));

        // Every note's complaint was received inside the 30-day window of the plans that drew it.
        Assert.All(notes, note => Assert.InRange(DateOnly.ParseExact(note.Split(' ')[^1], "yyyy-MM-dd", CultureInfo.InvariantCulture), Night.AddDays(-29), Night));
    }

    [Fact]
    public void Indicators_CountTheComplaintsOfTheLastTwelveMonths_AndTheVerifiedOnes()
    {
        var rows = File.ReadAllLines(Path.Combine(RepoPaths.DataSamples, "complaints.csv")).Skip(1).Select(l => l.Split(','))
            .Select(r => (Uscc: r[1], Date: DateOnly.ParseExact(r[2], "yyyy-MM-dd", CultureInfo.InvariantCulture), Verified: r[5] == "true"))
            .Where(r => r.Date > Night.AddMonths(-12) && r.Date <= Night)
            .ToList();
        var busiest = rows.GroupBy(r => r.Uscc).OrderByDescending(g => g.Count(r => r.Verified)).ThenBy(g => g.Key, StringComparer.Ordinal).First();
        var scoring = new ScorePopulation(ShippedBundle.Bundle);
        var population = scoring.Load(RepoPaths.DataSamples);

        var input = scoring.Input(population, busiest.Key, Night)!;
        var layout = ShippedBundle.Bundle.Layout;

        Assert.Equal(busiest.Count(), input.Numbers[layout.Catalog.Get("complaints_12m").Slot]);
        Assert.Equal(busiest.Count(r => r.Verified), input.Numbers[layout.Catalog.Get("verified_complaints_12m").Slot]);
        var assessment = scoring.Score(population, Night).Single(a => a.Uscc == busiest.Key);
        var fired = assessment.Outcome.Hits.Select(h => ShippedBundle.Bundle.Elements[h].Id).ToList();
        Assert.Equal(busiest.Count(r => r.Verified) >= 2, fired.Contains("C-DED-COMPLAINTS"));
    }
}
