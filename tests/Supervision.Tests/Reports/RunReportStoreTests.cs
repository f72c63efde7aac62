using Supervision.Storage.Reports;

namespace Supervision.Tests.Reports;

/// <summary>
/// The reports' store on two real nights: every count it gives is checked against the assessments themselves, and every
/// move against a comparison of the two nights' rows done here, independently of the store's SQL.
/// </summary>
[Collection(TwoNightsCollection.Name)]
public sealed class RunReportStoreTests(TwoNightsFixture nights)
{
    private RunReportStore Store => new(nights.Database.Database, TimeProvider.System);

    [Fact]
    public async Task Runs_NewestFirst_BothNights()
    {
        var runs = await Store.RunsAsync();

        Assert.Equal([nights.SecondRun, nights.FirstRun], runs.Select(r => r.RunId));
        Assert.All(runs, r => Assert.Equal(4000, r.Enterprises));
    }

    [Fact]
    public async Task Breakdown_ByDistrictAndCategory_EqualsTheAssessmentsCounted()
    {
        var counts = await Store.BreakdownAsync(nights.SecondRun, ReportFilter.All);
        var expected = await nights.Database.ListAsync<string>(
            $"SELECT district || '|' || coalesce(category, '') || '|' || count(*) FROM supervision.assessments WHERE run_id = '{nights.SecondRun}' GROUP BY district, category");

        var got = counts.GroupBy(c => (c.District, c.Category)).Select(g => $"{g.Key.District}|{g.Key.Category}|{g.Sum(c => c.Enterprises)}")
            .Order(StringComparer.Ordinal).ToList();
        Assert.Equal(4000, counts.Sum(c => c.Enterprises));
        Assert.Equal(expected.Order(StringComparer.Ordinal), got);
        Assert.Equal(9, counts.Select(c => c.District).Distinct().Count());
    }

    [Theory]
    [InlineData("C26", null, null, null)]
    [InlineData(null, "鲅鱼圈区海星街道", "II", null)]
    [InlineData("G", "老边区柳树镇", null, "routine")]
    public async Task Breakdown_UnderAFilter_CountsWhatTheFilterSelects(string? industry, string? district, string? category, string? regime)
    {
        var filter = new ReportFilter(industry, district, category, regime);

        var total = (await Store.BreakdownAsync(nights.FirstRun, filter)).Sum(c => c.Enterprises);
        var listed = new List<AssessedEnterprise>();
        await foreach (var row in Store.AssessmentsAsync(nights.FirstRun, filter, null, 0))
        {
            listed.Add(row);
        }

        var expected = await nights.Database.ScalarAsync<long>(
            "SELECT count(*) FROM supervision.assessments WHERE run_id = $1 AND industry_code LIKE $2 AND district LIKE $3 AND category LIKE $4 AND regime LIKE $5",
            nights.FirstRun, (industry ?? "") + "%", district ?? "%", category ?? "%", regime ?? "%");
        Assert.True(expected > 0);
        Assert.Equal(expected, total);
        Assert.Equal(expected, listed.Count);
        Assert.Equal(listed.Select(r => r.Uscc).Order(StringComparer.Ordinal), listed.Select(r => r.Uscc));
        Assert.All(listed, r => Assert.StartsWith(industry ?? "", r.IndustryCode, StringComparison.Ordinal));
    }

    [Fact]
    public async Task MovesSincePrevious_AreExactlyTheEnterprisesWhoseStandingChanged_WithTheRulesBehind()
    {
        var moves = await Store.MovesSincePreviousAsync(nights.SecondRun, ReportFilter.All);

        var before = await Standing(nights.FirstRun);
        var after = await Standing(nights.SecondRun);
        var changed = after.Where(a => before[a.Key].Standing != a.Value.Standing).Select(a => a.Key).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(nights.FirstRun, moves.PreviousRunId);
        Assert.NotEmpty(changed);
        Assert.Equal(changed.Count, moves.Count);
        Assert.Equal(changed.Take(RunReportStore.MaxMoves), moves.Moves.Select(m => m.Uscc));
        foreach (var move in moves.Moves)
        {
            var (then, now) = (before[move.Uscc], after[move.Uscc]);
            Assert.Equal(then.Standing, $"{move.FromCategory}|{move.FromLevel}|{move.FromClass}|{move.FromRegime}");
            Assert.Equal(now.Standing, $"{move.ToCategory}|{move.ToLevel}|{move.ToClass}|{move.ToRegime}");
            Assert.Equal(now.Fired.Except(then.Fired).Order(StringComparer.Ordinal), move.FiredNow);
            Assert.Equal(then.Fired.Except(now.Fired).Order(StringComparer.Ordinal), move.FiredBefore);
            Assert.NotEmpty(move.FiredNow.Concat(move.FiredBefore));
        }
    }

    [Fact]
    public async Task MovesBetween_ChosenRuns_AgreeWithTheStoredMovesOfAdjacentRuns_AndTheFirstRunHasNone()
    {
        var stored = await Store.MovesSincePreviousAsync(nights.SecondRun, new ReportFilter(Category: "II"));
        var computed = new List<RiskMove>();
        await foreach (var move in Store.MovesBetweenAsync(nights.FirstRun, nights.SecondRun, new ReportFilter(Category: "II"), null))
        {
            computed.Add(move);
        }

        var first = await Store.MovesSincePreviousAsync(nights.FirstRun, ReportFilter.All);

        Assert.Equal(stored.Moves.Select(m => m.Uscc), computed.Select(m => m.Uscc));
        Assert.All(computed, m => Assert.Equal("II", m.ToCategory));
        Assert.Equivalent(stored.Moves, computed, strict: true);
        Assert.Null(first.PreviousRunId);
        Assert.Empty(first.Moves);
    }

    [Fact]
    public async Task EnsureBuilt_ConcurrentCallers_BuildOnce()
    {
        await using var db = await (await Storage.PostgresServer.GetAsync()).CreateDatabaseAsync();
        await db.ExecuteAsync("""
            INSERT INTO supervision.assessment_runs (run_id, as_of, bundle_hash, status, enterprises)
            VALUES ('r1', '2026-01-01', repeat('a', 64), 'completed', 2);
            INSERT INTO supervision.assessments (run_id, uscc, category, district, industry_code, safety_level, credit_class, regime)
            VALUES ('r1', '91210800MA0000001X', 'I', '鲅鱼圈区海星街道', 'C2614', '红', 'D', 'routine'),
                   ('r1', '91210800MA0000002X', 'I', '鲅鱼圈区海星街道', 'C2614', '红', 'D', 'routine');
            """);
        var store = new RunReportStore(db.Database, TimeProvider.System);

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => store.EnsureBuiltAsync("r1")));

        Assert.Equal(1L, await db.ScalarAsync<long>("SELECT count(*) FROM supervision.run_reports"));
        Assert.Equal(1L, await db.ScalarAsync<long>("SELECT count(*) FROM supervision.run_breakdowns"));
        Assert.Equal(2L, await db.ScalarAsync<long>("SELECT enterprises::bigint FROM supervision.run_breakdowns"));
        await Assert.ThrowsAsync<InvalidOperationException>(() => store.EnsureBuiltAsync("no-such-run"));
    }

    [Fact]
    public async Task History_OfAnEnterprise_HasBothNightsNewestFirst_AndTasks_HaveTheDrawsRows()
    {
        var uscc = await nights.Database.ScalarAsync<string>("SELECT min(uscc) FROM supervision.draw_tasks");

        var history = await Store.HistoryAsync(uscc);
        var tasks = await Store.TasksAsync(uscc);

        Assert.Equal([nights.SecondRun, nights.FirstRun], history.Select(h => h.Run.RunId));
        Assert.Equal(await nights.Database.ScalarAsync<long>("SELECT count(*) FROM supervision.draw_tasks WHERE uscc = $1", uscc), tasks.Count);
        Assert.Equal(
            await nights.Database.ListAsync<string>($"SELECT coalesce(r.outcome, '-') FROM supervision.draw_tasks t LEFT JOIN supervision.inspection_results r USING (draw_id, task_id) WHERE t.uscc = '{uscc}' ORDER BY 1"),
            tasks.Select(t => t.Outcome ?? "-").Order(StringComparer.Ordinal));
        Assert.Empty(await Store.HistoryAsync("91210800MA0000001X"));
    }

    private async Task<Dictionary<string, (string Standing, string[] Fired)>> Standing(string runId)
    {
        await using var connection = await nights.Database.Database.OpenConnectionAsync();
        await using var command = new Npgsql.NpgsqlCommand(
            "SELECT uscc, coalesce(category, '') || '|' || coalesce(safety_level, '') || '|' || coalesce(credit_class, '') || '|' || coalesce(regime, ''), fired FROM supervision.assessments WHERE run_id = $1",
            connection);
        command.Parameters.Add(new Npgsql.NpgsqlParameter { Value = runId });
        await using var reader = await command.ExecuteReaderAsync();
        var standing = new Dictionary<string, (string, string[])>(StringComparer.Ordinal);
        while (await reader.ReadAsync())
        {
            standing[reader.GetString(0)] = (reader.GetString(1), reader.GetFieldValue<string[]>(2));
        }

        return standing;
    }
}
