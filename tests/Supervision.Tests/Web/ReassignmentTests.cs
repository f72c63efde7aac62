using System.Net;
using Supervision.Application.Results;
using Supervision.Application.Tasks;
using Supervision.Storage.Accounts;
using Supervision.Storage.Tasks;
using Supervision.Tests.Cli;
using Supervision.Tests.Import;
using Supervision.Tests.Storage;

namespace Supervision.Tests.Web;

/// <summary>
/// 重新指派 after 回避申请, against a real `serve` on a real PostgreSQL holding a real draw: the regulator asks, the draw's
/// team rules choose, the replacement gets the task in their inbox, the team everywhere shows them in the withdrawn
/// inspector's place, the audit log keeps the walk; nobody acceptable leaves everything as it was; a second request for
/// the same declaration changes nothing.
/// </summary>
public sealed class ReassignmentTests
{
    [Fact]
    public async Task Regulator_Reassigns_TheRuleChooses_TheReplacementSeesTheTask_AndTheAuditLogHasIt()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        var record = await DrawnTasks.SaveAsync(db);
        await using var app = await WebWorld.StartAsync(db);
        using var inspector = await WebWorld.ClientAsync(app, AccountRoles.Inspector);
        using var regulator = await WebWorld.ClientAsync(app, AccountRoles.Regulator);
        var own = (await DrawnTasks.NumbersAsync(db, DrawnTasks.InspectorA))[0];
        var taskId = await db.ScalarAsync<string>("SELECT task_id FROM supervision.draw_tasks WHERE task_no = $1", own);
        var drawn = record.Outcome.Tasks.Single(t => t.TaskId == taskId);
        await DeclareAsync(inspector, own);

        var (_, listPage, token) = await regulator.OpenFormAsync("/recusals");
        using var reassigned = await regulator.PostFormAsync("/recusals?handler=Reassign", token, ("taskNo", own.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("inspector", DrawnTasks.InspectorA));
        using var after = await regulator.GetAsync(reassigned.Headers.Location!.OriginalString);
        var afterPage = await after.Content.ReadAsStringAsync();
        var replacement = await db.ScalarAsync<string>("SELECT replacement_inspector FROM supervision.task_reassignments WHERE task_id = $1", taskId);

        Assert.Contains("按规则重新指派", listPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, reassigned.StatusCode);
        Assert.Equal($"/recusals?reassigned={own}", reassigned.Headers.Location!.OriginalString);
        Assert.Contains($"任务 {own} 已按规则重新指派", afterPage, StringComparison.Ordinal);
        Assert.Contains("没有待处理的回避申请", afterPage, StringComparison.Ordinal);
        Assert.Contains($"赵检查（{DrawnTasks.InspectorA}）→", afterPage, StringComparison.Ordinal);
        Assert.DoesNotContain(replacement, drawn.Team);
        Assert.NotEqual(DrawnTasks.InspectorA, replacement);
        Assert.Equal("reassigned", await db.ScalarAsync<string>("SELECT status FROM supervision.task_recusals WHERE task_id = $1", taskId));
        Assert.Equal(1L, await db.ScalarAsync<long>(
            "SELECT count(*) FROM supervision.audit_log WHERE kind = 'reassignment' AND actor = 'li.regulator' AND payload ->> 'replacement' = $1 AND payload -> 'walk' ->> 'ring' = '4'",
            replacement));

        // The replacement signs in and finds the task, with the team as it now stands: the replacement in the withdrawn place.
        await new AccountStore(db.Database, TimeProvider.System).AddAsync(
            new AccountDraft("sub.inspector", "替补检查", AccountRoles.Inspector, replacement), "substitute-pw-2026", mustChangePassword: false, "test");
        using var substitute = new BrowserlessClient(app.Urls.First());
        using (await substitute.SignInAsync("sub.inspector", "substitute-pw-2026"))
        {
        }

        using var inbox = await substitute.GetAsync("/tasks");
        using var task = await substitute.GetAsync($"/tasks/{own}");
        var taskPage = await task.Content.ReadAsStringAsync();
        Assert.Contains($"href=\"/tasks/{own}\"", await inbox.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, task.StatusCode);
        Assert.Contains("替补检查", taskPage, StringComparison.Ordinal);
        Assert.DoesNotContain("赵检查", taskPage, StringComparison.Ordinal);
        using var gone = await inspector.GetAsync($"/tasks/{own}");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task AResultSignedByTheReplacement_IsExportedWithTheTeamAsItStands_AndImportedAgain()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        var record = await DrawnTasks.SaveAsync(db);
        await using var app = await WebWorld.StartAsync(db);
        using var inspector = await WebWorld.ClientAsync(app, AccountRoles.Inspector);
        var own = (await DrawnTasks.NumbersAsync(db, DrawnTasks.InspectorA))[0];
        await DeclareAsync(inspector, own);
        var outcome = await new ReassignTask(new ReassignmentStore(db.Database, TimeProvider.System)).RunAsync(own, DrawnTasks.InspectorA, "li.regulator");
        var taskStore = new InspectorTaskStore(db.Database, TimeProvider.System);
        var results = new Supervision.Storage.Results.ResultEntryStore(db.Database, TimeProvider.System);
        var replacement = outcome.Replacement!.InspectorId;
        var task = (await taskStore.FindAsync(replacement, own))!;
        var other = task.Team.Single(m => m.InspectorId != replacement).InspectorId;
        var date = task.WindowFrom.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var entered = await new EnterResult(taskStore, results).RunAsync(replacement, "sub.inspector", own, new Dictionary<string, string>
        {
            [ResultColumns.Outcome] = "no_problem", [ResultColumns.Date] = date, [ResultColumns.Inspectors] = $"{replacement};{other}",
            [ResultColumns.ItemsChecked] = task.Items[0].Code, [ResultColumns.Harm] = "none", [ResultColumns.Status] = "not_required",
        });
        await results.ConfirmAsync(other, "other.inspector", own);
        using var directory = new TempDirectory();

        var export = CliRunner.Run("results", "export", "--draw-id", record.DrawId, "--out", directory.Path, "--connection", db.ConnectionString);
        var import = CliRunner.Run("results", "import", "--draw", Path.Combine(directory.Path, "draw-record.json"), "--results", Path.Combine(directory.Path, "results.csv"));

        Assert.Equal(EntryAttempt.Recorded, entered.Attempt);
        Assert.Equal(0, export.ExitCode);
        var teamLine = File.ReadAllLines(Path.Combine(directory.Path, "teams.csv")).Single(l => l.Contains(task.TaskId, StringComparison.Ordinal));
        Assert.Contains(replacement, teamLine, StringComparison.Ordinal);
        Assert.Contains(other, teamLine, StringComparison.Ordinal);
        Assert.DoesNotContain(DrawnTasks.InspectorA, teamLine, StringComparison.Ordinal);
        Assert.True(import.ExitCode == 0, import.Out + import.Error);
        Assert.Contains("1 result(s)", import.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NobodyAcceptable_SaysWhyBesideTheDeclaration_AndChangesNothing()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        await DrawnTasks.SaveAsync(db);
        await using var app = await WebWorld.StartAsync(db);
        using var inspector = await WebWorld.ClientAsync(app, AccountRoles.Inspector);
        using var regulator = await WebWorld.ClientAsync(app, AccountRoles.Regulator);
        var own = (await DrawnTasks.NumbersAsync(db, DrawnTasks.InspectorA))[0];
        await DeclareAsync(inspector, own);

        // Everyone is at the ceiling the plan set: the team rules let nobody go.
        await db.ExecuteAsync("UPDATE supervision.draws SET record = jsonb_set(record::jsonb, '{plans,0,max_tasks_per_inspector}', '0')::json");
        var (_, _, token) = await regulator.OpenFormAsync("/recusals");
        using var refused = await regulator.PostFormAsync("/recusals?handler=Reassign", token, ("taskNo", own.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("inspector", DrawnTasks.InspectorA));
        var page = await refused.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("<p class=\"problem\" role=\"alert\">无符合规则的检查人员可以指派", page, StringComparison.Ordinal);
        Assert.Contains("已达 0 项任务上限", page, StringComparison.Ordinal);
        Assert.Equal(0L, await db.ScalarAsync<long>("SELECT count(*) FROM supervision.task_reassignments"));
        Assert.Equal("pending", await db.ScalarAsync<string>("SELECT status FROM supervision.task_recusals"));
        Assert.Equal(0L, await db.ScalarAsync<long>("SELECT count(*) FROM supervision.audit_log WHERE kind = 'reassignment'"));
    }

    [Fact]
    public async Task TwoRequestsAtOnce_FillThePlaceOnce()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        await DrawnTasks.SaveAsync(db);
        await using var app = await WebWorld.StartAsync(db);
        using var inspector = await WebWorld.ClientAsync(app, AccountRoles.Inspector);
        var own = (await DrawnTasks.NumbersAsync(db, DrawnTasks.InspectorA))[0];
        await DeclareAsync(inspector, own);
        var reassign = new ReassignTask(new ReassignmentStore(db.Database, TimeProvider.System));

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => reassign.RunAsync(own, DrawnTasks.InspectorA, "li.regulator"))));

        Assert.Single(outcomes, o => o.Status == ReassignmentStatus.Reassigned);
        Assert.Equal(3, outcomes.Count(o => o.Status == ReassignmentStatus.NotFound));
        Assert.Equal(1L, await db.ScalarAsync<long>("SELECT count(*) FROM supervision.task_reassignments"));
        Assert.Equal(1L, await db.ScalarAsync<long>("SELECT count(*) FROM supervision.audit_log WHERE kind = 'reassignment'"));
    }

    [Fact]
    public async Task AnInspector_CannotReassign()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        await DrawnTasks.SaveAsync(db);
        await using var app = await WebWorld.StartAsync(db);
        using var inspector = await WebWorld.ClientAsync(app, AccountRoles.Inspector);
        var own = (await DrawnTasks.NumbersAsync(db, DrawnTasks.InspectorA))[0];
        var (_, _, token) = await inspector.OpenFormAsync($"/tasks/{own}");
        await DeclareAsync(inspector, own);

        using var forbidden = await inspector.PostFormAsync("/recusals?handler=Reassign", token, ("taskNo", own.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("inspector", DrawnTasks.InspectorA));

        Assert.Equal(HttpStatusCode.Redirect, forbidden.StatusCode);
        Assert.StartsWith("/denied", forbidden.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(0L, await db.ScalarAsync<long>("SELECT count(*) FROM supervision.task_reassignments"));
    }

    private static async Task DeclareAsync(BrowserlessClient inspector, long taskNo)
    {
        var (_, _, token) = await inspector.OpenFormAsync($"/tasks/{taskNo}");
        using var declared = await inspector.PostFormAsync($"/tasks/{taskNo}", token, ("Input.Ground", "relative"), ("Input.Reason", "配偶在该企业任职"));
        Assert.Equal(HttpStatusCode.Redirect, declared.StatusCode);
    }
}
