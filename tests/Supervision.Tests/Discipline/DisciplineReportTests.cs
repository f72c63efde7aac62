using System.Net;
using Supervision.Draws.Record;
using Supervision.Runs;
using Supervision.Storage.Accounts;
using Supervision.Storage.Discipline;
using Supervision.Storage.Runs;
using Supervision.Tests.Draws;
using Supervision.Tests.Import;
using Supervision.Tests.Storage;
using Supervision.Tests.Support;
using Supervision.Tests.Web;

namespace Supervision.Tests.Discipline;

/// <summary>
/// 电子监察 on a real draw in a real PostgreSQL: tasks whose window passed without a confirmed result, a visit's results
/// made public after the deadline, an inspector put on more tasks than the plan's ceiling, a voided draw with its reason;
/// the page for the discipline office only, and its workbook.
/// </summary>
public sealed class DisciplineReportTests
{
    private const string RunId = "run-discipline";
    private static readonly DateOnly DrawDate = new(2026, 9, 30);

    /// <summary>A draw of 2026-09-30 for October (its results due in November and December, which the calendar knows).</summary>
    private static async Task<DrawRecord> SaveDrawAsync(TestDatabase db)
    {
        var store = new PostgresRunStore(db.Database, TimeProvider.System, "test:1");
        var at = new DateTimeOffset(2026, 9, 29, 18, 30, 0, TimeSpan.Zero);
        await store.CreateRunAsync(new RunRecord(RunId, DrawDate, "yingkou", "1", ShippedBundle.Bundle.Bundle.ContentHash, new string('d', 64),
            new string('a', 64), 100, 1, 100, 0, "", RunStatus.Scoring) { CreatedAt = at, UpdatedAt = at }, CancellationToken.None);
        var draw = DrawWorld.Run(DrawWorld.Plan(from: "2026-10-08", to: "2026-10-30", maxTasks: 3), DrawWorld.Candidates(100), DrawWorld.Inspectors(12), asOf: DrawDate);
        await store.SaveDrawAsync(RunId, draw, CancellationToken.None);
        return draw.Record;
    }

    [Fact]
    public async Task Report_OverdueLateOverCeilingAndVoided_AreListedFromTheDatabase()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        var record = await SaveDrawAsync(db);
        var tasks = record.Outcome.Tasks;
        Assert.True(tasks.Count >= 4, $"{tasks.Count} tasks");
        var visit = record.Outcome.Visits.First(v => v.PublicationDue is not null);
        var inspected = tasks.First(t => t.TaskId == visit.Tasks[0]);
        // One task inspected and confirmed, its result made public ten days after the deadline.
        await db.ExecuteAsync("""
            INSERT INTO supervision.inspection_results (draw_id, task_id, inspected_on, outcome, recorded_by, recorded_at, published_at, state)
            VALUES ($1, $2, $3, 'no_problem', 'test', now(), $4, 'confirmed')
            """, record.DrawId, inspected.TaskId, inspected.WindowFrom, new DateTimeOffset(visit.PublicationDue!.Value.AddDays(10).ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero));
        // An inspector put on four tasks of a plan whose ceiling is three.
        await db.ExecuteAsync(
            "UPDATE supervision.draw_tasks SET team = team || 'X999'::text WHERE (draw_id, task_id) IN (SELECT draw_id, task_id FROM supervision.draw_tasks WHERE draw_id = $1 ORDER BY task_id LIMIT 4)",
            record.DrawId);
        var discipline = new DisciplineStore(db.Database);

        var report = await discipline.ReportAsync(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31));
        await new DrawVoids(db.Database, TimeProvider.System).VoidAsync(record.DrawId, "抽取范围有误，重新抽取", "li.regulator", CancellationToken.None);
        var afterVoid = await discipline.ReportAsync(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31));

        Assert.Equal(tasks.Count - 1, report.Overdue.Count);
        Assert.DoesNotContain(report.Overdue, t => t.TaskId == inspected.TaskId);
        Assert.All(report.Overdue, t => Assert.Equal(new DateOnly(2026, 12, 31).DayNumber - t.WindowTo.DayNumber, t.DaysOverdue));
        var late = Assert.Single(report.LatePublications, p => p.VisitId == visit.VisitId);
        Assert.Equal((visit.PublicationDue!.Value, 1L, visit.PublicationDue.Value.AddDays(10)), (late.Due, late.Published, late.LastPublished));
        Assert.All(report.LatePublications, p => Assert.True(p.Due < new DateOnly(2026, 12, 31) || p.LastPublished > p.Due));
        var over = Assert.Single(report.OverCeiling);
        Assert.Equal(("X999", 4L, 3), (over.Inspector, over.Tasks, over.Ceiling));
        Assert.Empty(report.Voided);
        Assert.Empty(afterVoid.Overdue);
        var voided = Assert.Single(afterVoid.Voided);
        Assert.Equal((record.DrawId, "li.regulator", "抽取范围有误，重新抽取"), (voided.DrawId, voided.Actor, voided.Reason));
    }

    [Fact]
    public async Task Page_ForTheDisciplineOfficeOnly_WithItsWorkbook()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        await SaveDrawAsync(db);
        await using var app = await WebWorld.StartAsync(db);
        using var officer = await WebWorld.ClientAsync(app, AccountRoles.Discipline);
        using var regulator = await WebWorld.ClientAsync(app, AccountRoles.Regulator);
        using var folder = new TempDirectory();

        var html = WebUtility.HtmlDecode(await officer.GetStringAsync("/discipline?from=2026-01-01&to=2026-12-31"));
        using var workbook = await officer.GetAsync("/discipline?from=2026-01-01&to=2026-12-31&export=xlsx");
        var path = Path.Combine(folder.Path, "discipline.xlsx");
        await File.WriteAllBytesAsync(path, await workbook.Content.ReadAsByteArrayAsync());
        using var denied = await regulator.GetAsync("/discipline");
        using var deniedExport = await regulator.GetAsync("/discipline?export=xlsx");

        var overdue = await db.ScalarAsync<long>("SELECT count(*) FROM supervision.draw_tasks");
        Assert.Contains("电子监察", html, StringComparison.Ordinal);
        Assert.Contains($"<dt>逾期未检查</dt><dd>{overdue} 项任务</dd>", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, workbook.StatusCode);
        var sheets = Exports.Openpyxl.Dump(path);
        Assert.Equal(["逾期未检查", "结果逾期公示", "作废的抽取", "超出工作量上限", "回避统计", "回避最多的检查人员", "规则变更"],
            sheets.EnumerateArray().Select(s => s.GetProperty("name").GetString()));
        Assert.Equal(overdue, sheets[0].GetProperty("rows").GetArrayLength() - 1);
        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (denied.StatusCode, deniedExport.StatusCode));
        Assert.StartsWith("/denied", denied.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }
}
