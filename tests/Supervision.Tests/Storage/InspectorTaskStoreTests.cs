using Supervision.Storage.Tasks;

namespace Supervision.Tests.Storage;

/// <summary>The inspector's tasks and recusals on a real PostgreSQL, from a real draw saved as the night saves it.</summary>
public sealed class InspectorTaskStoreTests
{
    [Fact]
    public async Task ListAsync_ReturnsExactlyTheInspectorsOwnTasks_WithNameWindowTeamAndItemsWithTheirBasis()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        var record = await DrawnTasks.SaveAsync(db);
        var store = new InspectorTaskStore(db.Database, new SteppingClock());
        var expected = record.Outcome.Tasks.Where(t => t.Team.Contains(DrawnTasks.InspectorA)).ToList();

        var tasks = await store.ListAsync(DrawnTasks.InspectorA);

        Assert.NotEmpty(expected);
        Assert.True(expected.Count < record.Outcome.Tasks.Count);
        Assert.Equal(expected.Select(t => t.TaskId).Order(StringComparer.Ordinal), tasks.Select(t => t.TaskId).Order(StringComparer.Ordinal));
        var first = tasks[0];
        var drawn = expected.Single(t => t.TaskId == first.TaskId);
        Assert.Equal(drawn.Name, first.EnterpriseName);
        Assert.Equal(("综合保税区", "G07"), (first.Region, first.Grid));
        Assert.Equal((drawn.WindowFrom, drawn.WindowTo, drawn.VisitId, record.DrawId), (first.WindowFrom, first.WindowTo, first.VisitId, first.DrawId));
        Assert.Equal(drawn.Team, first.Team.Select(m => m.InspectorId));
        Assert.Equal(drawn.Items, first.Items.Select(i => i.Code));
        var plan = record.Plans.Single();
        Assert.All(first.Items, item =>
        {
            var planned = plan.Items.Single(p => p.Code == item.Code);
            Assert.Equal((planned.Title, planned.Basis, planned.Key), (item.Title, item.Basis, item.Key));
        });
        Assert.Equal(tasks.Select(t => t.WindowFrom).Order(), tasks.Select(t => t.WindowFrom));
    }

    [Fact]
    public async Task FindAsync_AnotherInspectorsTask_IsNull_AsIsAVoidedDrawsTask()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        await DrawnTasks.SaveAsync(db);
        var store = new InspectorTaskStore(db.Database, new SteppingClock());
        var own = (await DrawnTasks.NumbersAsync(db, DrawnTasks.InspectorA))[0];
        var others = (await DrawnTasks.NumbersAsync(db, DrawnTasks.InspectorA, on: false))[0];

        var found = await store.FindAsync(DrawnTasks.InspectorA, own);
        var foreign = await store.FindAsync(DrawnTasks.InspectorA, others);
        var missing = await store.FindAsync(DrawnTasks.InspectorA, long.MaxValue);
        await db.ExecuteAsync("UPDATE supervision.draws SET status = 'cancelled'");
        var voided = await store.FindAsync(DrawnTasks.InspectorA, own);

        Assert.Equal(own, found?.TaskNo);
        Assert.Null(foreign);
        Assert.Null(missing);
        Assert.Null(voided);
        Assert.Empty(await store.ListAsync(DrawnTasks.InspectorA));
    }

    [Fact]
    public async Task RecuseAsync_TakesTheInspectorOffTheTask_RecordsIt_AndAuditsIt_InOneGo()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        await DrawnTasks.SaveAsync(db);
        var store = new InspectorTaskStore(db.Database, new SteppingClock());
        var number = (await DrawnTasks.NumbersAsync(db, DrawnTasks.InspectorA))[0];
        var task = (await store.FindAsync(DrawnTasks.InspectorA, number))!;
        var partner = task.Team.Single(m => m.InspectorId != DrawnTasks.InspectorA).InspectorId;

        var outcome = await store.RecuseAsync(DrawnTasks.InspectorA, "zhao.inspector", number, "relative", "  企业法定代表人是我的表兄  ");
        var again = await store.RecuseAsync(DrawnTasks.InspectorA, "zhao.inspector", number, "relative", "再次申请");
        var pending = await store.PendingRecusalsAsync();
        var partnersView = await store.FindAsync(partner, number);

        Assert.Equal(RecusalOutcome.Recorded, outcome);
        Assert.Equal(RecusalOutcome.NotFound, again);
        Assert.Null(await store.FindAsync(DrawnTasks.InspectorA, number));
        Assert.DoesNotContain(await store.ListAsync(DrawnTasks.InspectorA), t => t.TaskNo == number);
        var recusal = Assert.Single(pending);
        Assert.Equal((number, task.TaskId, DrawnTasks.InspectorA, "relative", "企业法定代表人是我的表兄"),
            (recusal.TaskNo, recusal.TaskId, recusal.InspectorId, recusal.Ground, recusal.Reason));
        Assert.Equal([partner], recusal.RemainingTeam.Select(m => m.InspectorId));
        Assert.Equal([partner], partnersView!.Team.Select(m => m.InspectorId));
        Assert.Equal(2, await db.ScalarAsync<int>("SELECT cardinality(team) FROM supervision.draw_tasks WHERE task_no = $1", number));
        Assert.Equal(1L, await db.ScalarAsync<long>(
            """
            SELECT count(*) FROM supervision.audit_log
            WHERE kind = 'recusal' AND actor = 'zhao.inspector' AND subject = $1 AND payload ->> 'task' = $2
              AND payload ->> 'inspector' = 'INS-0001' AND payload ->> 'reason' = '企业法定代表人是我的表兄' AND payload ->> 'ground' = 'relative'
            """, task.DrawId, task.TaskId));
    }

    [Fact]
    public async Task RecuseAsync_AnotherInspectorsTask_IsNotFound_AndRecordsNothing()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        await DrawnTasks.SaveAsync(db);
        var store = new InspectorTaskStore(db.Database, new SteppingClock());
        var others = (await DrawnTasks.NumbersAsync(db, DrawnTasks.InspectorA, on: false))[0];

        var outcome = await store.RecuseAsync(DrawnTasks.InspectorA, "zhao.inspector", others, "interest", "理由");

        Assert.Equal(RecusalOutcome.NotFound, outcome);
        Assert.Equal(0L, await db.ScalarAsync<long>("SELECT count(*) FROM supervision.task_recusals"));
        Assert.Equal(0L, await db.ScalarAsync<long>("SELECT count(*) FROM supervision.audit_log WHERE kind = 'recusal'"));
    }

    [Fact]
    public async Task RecuseAsync_ATaskWithAResult_IsRefused()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        await DrawnTasks.SaveAsync(db);
        var store = new InspectorTaskStore(db.Database, new SteppingClock());
        var number = (await DrawnTasks.NumbersAsync(db, DrawnTasks.InspectorA))[0];
        await db.ExecuteAsync(
            """
            INSERT INTO supervision.inspection_results (draw_id, task_id, inspected_on, outcome, recorded_by, recorded_at, state)
            SELECT draw_id, task_id, window_from, 'no_problem', 'test', now(), 'entered' FROM supervision.draw_tasks WHERE task_no = $1
            """, number);

        var outcome = await store.RecuseAsync(DrawnTasks.InspectorA, "zhao.inspector", number, "interest", "理由");

        Assert.Equal(RecusalOutcome.AlreadyInspected, outcome);
        Assert.True((await store.FindAsync(DrawnTasks.InspectorA, number))!.ResultRecorded);
        Assert.Equal(0L, await db.ScalarAsync<long>("SELECT count(*) FROM supervision.task_recusals"));
    }

    [Theory]
    [InlineData("interest", "")]
    [InlineData("interest", "   ")]
    [InlineData("bribe", "理由")]
    public async Task RecuseAsync_WithoutAGroundOrReason_Throws(string ground, string reason)
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        var store = new InspectorTaskStore(db.Database, new SteppingClock());

        await Assert.ThrowsAsync<ArgumentException>(() => store.RecuseAsync(DrawnTasks.InspectorA, "zhao.inspector", 1, ground, reason));
    }

    [Fact]
    public async Task Migration_FillsNamesAndItemsOfDrawsSavedBeforeIt_FromTheirRecords()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        var record = await DrawnTasks.SaveAsync(db);
        await db.ExecuteAsync("UPDATE supervision.draw_tasks SET name = NULL");
        await db.ExecuteAsync("DELETE FROM supervision.draw_items");
        var script = Supervision.Storage.Migrations.EmbeddedMigrations.All.Single(m => m.Name == "0011_inspector_tasks.sql").Sql;
        var backfill = script[script.IndexOf("UPDATE supervision.draw_tasks", StringComparison.Ordinal)..script.IndexOf("-- The inspection items", StringComparison.Ordinal)]
            + script[script.IndexOf("INSERT INTO supervision.draw_items", StringComparison.Ordinal)..script.IndexOf("-- 回避申请", StringComparison.Ordinal)];

        await db.ExecuteAsync(backfill);

        Assert.Equal(0L, await db.ScalarAsync<long>("SELECT count(*) FROM supervision.draw_tasks WHERE name IS NULL"));
        Assert.Equal(record.Outcome.Tasks[0].Name, await db.ScalarAsync<string>("SELECT name FROM supervision.draw_tasks WHERE task_id = $1", record.Outcome.Tasks[0].TaskId));
        Assert.Equal(record.Plans.Single().Items.Select(i => $"{i.Code}|{i.Title}|{i.Basis}|{(i.Key ? "true" : "false")}|{i.Department}"),
            await db.ListAsync<string>("SELECT code || '|' || title || '|' || basis || '|' || key::text || '|' || coalesce(department, '') FROM supervision.draw_items ORDER BY position"));
    }
}
