using Supervision.Application.Reports;
using Supervision.Storage.Reports;
using Supervision.Tests.Support;

namespace Supervision.Tests.Reports;

/// <summary>Trends and effectiveness on two real nights with results: every number checked against SQL written here.</summary>
[Collection(TwoNightsCollection.Name)]
public sealed class TrendsAndEffectivenessTests(TwoNightsFixture nights)
{
    private static readonly DateOnly From = new(2026, 11, 1);
    private static readonly DateOnly To = new(2026, 11, 30);

    private RiskReports Reports => new(new RunReportStore(nights.Database.Database, TimeProvider.System), ShippedBundle.Bundle, RepoPaths.DataSamples);

    [Fact]
    public async Task Trends_PerNight_CountTheEnterprisesOfEachNight_AndTheDistrictsFocusShare()
    {
        var trends = await Reports.TrendsAsync(From, To, ReportFilter.All, TrendStep.Night, "I");

        Assert.Equal(["2026-11-27", "2026-11-30"], trends.Periods);
        Assert.Equal(["I", "II", "III", "IV"], trends.Categories);
        Assert.All(trends.Enterprises, r => Assert.Equal(4000, r.Total));
        var secondI = await nights.Database.ScalarAsync<long>("SELECT count(*) FROM supervision.assessments WHERE run_id = $1 AND category = 'I'", nights.SecondRun);
        Assert.Equal(secondI, trends.Enterprises[1].Counts[0]);
        foreach (var district in trends.Districts)
        {
            var shares = new List<double>();
            foreach (var run in new[] { nights.FirstRun, nights.SecondRun })
            {
                var all = await nights.Database.ScalarAsync<long>("SELECT count(*) FROM supervision.assessments WHERE run_id = $1 AND district = $2", run, district.District);
                var focus = await nights.Database.ScalarAsync<long>("SELECT count(*) FROM supervision.assessments WHERE run_id = $1 AND district = $2 AND category = 'I'", run, district.District);
                shares.Add((double)focus / all);
            }

            Assert.Equal(shares[1] - shares[0], district.Change!.Value, 12);
        }

        Assert.True(trends.Districts.Zip(trends.Districts.Skip(1)).All(p => p.First.Change >= p.Second.Change), "largest rise first");
    }

    [Fact]
    public async Task Trends_PerMonth_TakeTheMonthsLastNight_AndCountTasksDrawnInspectedAndProblems()
    {
        var trends = await Reports.TrendsAsync(From, new DateOnly(2026, 12, 31), ReportFilter.All, TrendStep.Month, null);

        Assert.Equal(["2026-11"], trends.Periods);
        Assert.Equal("I", trends.Focus);
        var drawnI = await nights.Database.ScalarAsync<long>(
            "SELECT count(*) FROM supervision.draw_tasks t JOIN supervision.draws d USING (draw_id) JOIN supervision.assessments a ON a.run_id = d.run_id AND a.uscc = t.uscc WHERE a.category = 'I'");
        var inspectedI = await nights.Database.ScalarAsync<long>(
            "SELECT count(*) FROM supervision.inspection_results r JOIN supervision.draw_tasks t USING (draw_id, task_id) JOIN supervision.draws d USING (draw_id) JOIN supervision.assessments a ON a.run_id = d.run_id AND a.uscc = t.uscc WHERE a.category = 'I'");
        var problemsI = await nights.Database.ScalarAsync<long>(
            "SELECT count(*) FROM supervision.inspection_results r JOIN supervision.draw_tasks t USING (draw_id, task_id) JOIN supervision.draws d USING (draw_id) JOIN supervision.assessments a ON a.run_id = d.run_id AND a.uscc = t.uscc WHERE a.category = 'I' AND r.outcome <> 'no_problem'");
        var row = Assert.Single(trends.ByCategory, r => r.Group == "I");
        Assert.Equal(("2026-11", drawnI, inspectedI, problemsI), (row.Month, row.Drawn, row.Inspected, row.Problems.Hits));
        Assert.Equal(467, trends.ByDistrict.Sum(r => r.Drawn));
    }

    [Fact]
    public async Task Effectiveness_TargetedAgainstVerification_AndTheRankings()
    {
        var report = await Reports.EffectivenessAsync(From, To, ReportFilter.All);

        async Task<(long Hits, long Trials)> Count(string pools)
        {
            var trials = await nights.Database.ScalarAsync<long>(
                $"SELECT count(*) FROM supervision.inspection_results r JOIN supervision.draw_tasks t USING (draw_id, task_id) WHERE t.pool IN ({pools})");
            var hits = await nights.Database.ScalarAsync<long>(
                $"SELECT count(*) FROM supervision.inspection_results r JOIN supervision.draw_tasks t USING (draw_id, task_id) WHERE t.pool IN ({pools}) AND r.outcome <> 'no_problem'");
            return (hits, trials);
        }

        Assert.Equal(await Count("'I', 'II', 'III', 'IV'"), (report.Targeted.Hits, report.Targeted.Trials));
        Assert.Equal(await Count("'verification'"), (report.Verification.Hits, report.Verification.Trials));
        Assert.Equal(["blacklist", "triggered", "I", "II", "III", "IV", "verification", "approval-sample", "approval-full"], report.ByPool.Select(p => p.Group));
        Assert.Equal(467, report.ByPool.Sum(p => p.Drawn));
        var difference = report.TargetedOverVerification!.Value;
        Assert.Equal(report.Targeted.Rate!.Value - report.Verification.Rate!.Value, difference.Difference, 12);
        Assert.InRange(difference.Difference, difference.Low, difference.High);
        Assert.NotNull(report.Category.Auc);
        // Every inspected task scores the category: the routine draws, the verification sample, the always-drawn, the
        // case-driven and the approvals' verifications.
        Assert.Equal(report.Targeted.Trials + report.Verification.Trials
            + report.ByPool.Where(p => p.Group is "blacklist" or "triggered" or "approval-full" or "approval-sample").Sum(p => p.Inspected),
            report.Category.Positives + report.Category.Negatives);
        Assert.Null(report.Learned);
        Assert.Contains("核验样本", EffectivenessWords.Comparison(report), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PrintableReport_IsOneSelfContainedPage_SameBytesTwice_WithChartsAndTheNumbers()
    {
        var content = await Reports.PrintableAsync(From, To, ReportFilter.All, TrendStep.Night, null);
        var again = await Reports.PrintableAsync(From, To, ReportFilter.All, TrendStep.Night, null);

        var html = PrintableReport.Render(content!);
        Assert.Equal(html, PrintableReport.Render(again!));
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("@media print", html, StringComparison.Ordinal);
        Assert.Equal(4, CountOf(html, "<svg")); // categories, districts, trend lines, pools
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("符合条件的企业 4,000 户", html, StringComparison.Ordinal);
        Assert.Contains($"发生变化的企业共 {ReportFormat.Count(content!.Moves.Count)} 户", html, StringComparison.Ordinal);
        Assert.Contains("鲅鱼圈区海星街道", html, StringComparison.Ordinal);
        _ = System.Xml.Linq.XDocument.Parse(html[html.IndexOf("<svg", StringComparison.Ordinal)..(html.IndexOf("</svg>", StringComparison.Ordinal) + 6)]);
        Assert.Null(await Reports.PrintableAsync(new DateOnly(2020, 1, 1), new DateOnly(2020, 12, 31), ReportFilter.All, TrendStep.Month, null));
    }

    [Fact]
    public async Task Coverage_OnTheSecondNight_AgreesWithTheHistoryFileAndThePlansCaps()
    {
        var reports = new RiskReports(new RunReportStore(nights.Database.Database, TimeProvider.System), ShippedBundle.Bundle, RepoPaths.DataSamples,
            Path.Combine(RepoPaths.Rules, "plans"));
        var night = (await reports.RunsAsync())[0];

        var coverage = await reports.CoverageAsync(night, ReportFilter.All);

        var visited = File.ReadLines(Path.Combine(RepoPaths.DataSamples, "inspections.csv")).Skip(1).Select(l => l.Split(','))
            .Where(c => DateOnly.Parse(c[2], System.Globalization.CultureInfo.InvariantCulture) <= night.AsOf).Select(c => c[1]).ToHashSet();
        Assert.Equal(4000, coverage.Enterprises);
        Assert.Equal(4000, coverage.SinceLastVisit.Sum(b => b.Enterprises));
        Assert.Equal(4000 - visited.Count, coverage.NeverVisited);
        Assert.Equal((4, 2), (coverage.CapTotal!.Value, coverage.CapPerDepartment!.Value));
        Assert.All(coverage.OverCaps, e => Assert.True(e.Visits > 4 || e.MostByOneDepartment > 2));
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
