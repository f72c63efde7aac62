using Supervision.Application.Explanation;
using Supervision.Application.Scoring;
using Supervision.Tests.Support;

namespace Supervision.Tests.Lists;

/// <summary>
/// data-samples scored on its as-of date and a year later, as two nights would: the listings whose period runs out in
/// between expire, abnormal listings left uncorrected for three years move to the blacklist, each on its date, fired and
/// explained with its basis.
/// </summary>
public sealed class YearLaterNightTests
{
    private static readonly DateOnly Night = new(2026, 11, 27);
    private static readonly DateOnly YearLater = new(2027, 11, 27);

    [Fact]
    public void AYearLater_ListingsExpireAndEscalateOnTheirDates_AndSaySo()
    {
        var scoring = new ScorePopulation(ShippedBundle.Bundle);
        var population = scoring.Load(RepoPaths.DataSamples);
        var now = scoring.Score(population, Night).ToDictionary(a => a.Uscc, a => Fired(a.Outcome.Hits));
        var later = scoring.Score(population, YearLater).ToDictionary(a => a.Uscc, a => (Fired: Fired(a.Outcome.Hits), a.Outcome.Category));

        var expired = now.Keys.Where(u => now[u].Contains("C-D-BLACKLIST") && later[u].Fired.Contains("L-BL-EXPIRE") && !later[u].Fired.Contains("C-D-BLACKLIST")).ToList();
        var escalated = now.Keys.Where(u => now[u].Contains("C-DED-ABNORMAL") && later[u].Fired.Contains("L-AB-ESCALATE")).ToList();

        Assert.NotEmpty(expired);
        Assert.NotEmpty(escalated);
        Assert.All(escalated, u => Assert.Contains("C-D-BLACKLIST", later[u].Fired));
        Assert.All(escalated, u => Assert.Equal("I", later[u].Category));

        var explain = new ExplainEnterprise(ShippedBundle.Bundle);
        var expiry = explain.Explain(RepoPaths.DataSamples, expired[0], YearLater)!;
        Assert.Matches(@"20\d\d-\d\d-\d\d 移出：L-BL-EXPIRE", expiry);
        Assert.Contains("总局令第44号", expiry, StringComparison.Ordinal);
        var escalation = explain.Explain(RepoPaths.DataSamples, escalated[0], YearLater)!;
        Assert.Matches(@"20\d\d-\d\d-\d\d 移出并转入严重违法失信名单：L-AB-ESCALATE", escalation);
        Assert.Contains("由 L-AB-ESCALATE 转入", escalation, StringComparison.Ordinal);
    }

    private static HashSet<string> Fired(IReadOnlyList<int> hits) => [.. hits.Select(h => ShippedBundle.Bundle.Elements[h].Id)];
}
