using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Supervision.Draws.Record;
using Supervision.Storage.Accounts;
using Supervision.Tests.Cli;
using Supervision.Tests.Import;
using Supervision.Tests.Results;
using Supervision.Tests.Storage;
using Supervision.Tests.Support;

namespace Supervision.Tests.Web;

/// <summary>
/// Result entry (检查结果录入) over HTTP against a real `serve` on a real PostgreSQL holding a real draw: the validator of
/// `results import` with each error beside its field and what was typed kept, one member enters and another confirms,
/// 404 for anyone else's task, antiforgery, and a confirmed result is what `results export` hands to `results decide`.
/// </summary>
public sealed class ResultEntryTests
{
    private const string Teammate = "qian.inspector";
    private const string TeammatePassword = "inspector-b-pw-2026";

    [Fact]
    public async Task Entry_WithErrors_ShowsEachBesideItsField_KeepsWhatWasTyped_AndStoresNothing()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        var record = await DrawnTasks.SaveAsync(db);
        await using var app = await WebWorld.StartAsync(db);
        using var inspector = await WebWorld.ClientAsync(app, AccountRoles.Inspector);
        var (task, number) = await OwnTaskAsync(db, record);
        var date = Iso(task.WindowFrom);

        var (_, _, token) = await inspector.OpenFormAsync($"/tasks/{number}/result");
        using var posted = await inspector.PostFormAsync($"/tasks/{number}/result", token,
            ("Input.Outcome", "correction_ordered"), ("Input.Date", date), ("Input.Inspectors", DrawnTasks.InspectorA),
            ("Input.Items", task.Items[0]), ("Input.FindingItems[0]", ""), ("Input.FindingCodes[0]", ""), ("Input.Harm", "slight"),
            ("Input.Quantity", "12"), ("Input.Status", "pending"), ("Input.Deadline", Iso(task.WindowFrom.AddDays(-1))), ("Input.Timing", ""),
            ("Input.CorrectedOn", ""));
        var html = await posted.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Matches("data-valmsg-for=\"Input.Inspectors\">检查结果须有检查组至少两名检查人员", html);
        Assert.Matches("data-valmsg-for=\"Input.Findings\">检查结果为“发现问题已责令改正”时至少须记录一项发现的问题", html);
        Assert.Matches("data-valmsg-for=\"Input.Deadline\">整改期限早于检查日期 — the rectification deadline [0-9-]+ is before the inspection date", html);
        Assert.Matches("<option value=\"correction_ordered\" selected=\"selected\">", html);
        Assert.Contains($"name=\"Input.Date\" value=\"{date}\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"Input.Quantity\" value=\"12\"", html, StringComparison.Ordinal);
        Assert.Matches("<option value=\"slight\" selected=\"selected\">", html);
        Assert.Matches("<option value=\"pending\" selected=\"selected\">", html);
        Assert.Matches($"value=\"{Regex.Escape(task.Items[0])}\" checked=\"checked\"", html);
        Assert.Equal(0L, await db.ScalarAsync<long>("SELECT count(*) FROM supervision.inspection_results"));
        Assert.Equal(0L, await db.ScalarAsync<long>("SELECT count(*) FROM supervision.audit_log WHERE kind LIKE 'result-%'"));
    }

    [Fact]
    public async Task Entry_ByOneMember_CountsOnlyOnceTheOtherConfirms_NeverByTheRecorder_ThenIsLocked()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        var record = await DrawnTasks.SaveAsync(db);
        await using var app = await WebWorld.StartAsync(db);
        var (task, number) = await OwnTaskAsync(db, record);
        var teammateId = await AddTeammateAsync(db, task);
        using var recorder = await WebWorld.ClientAsync(app, AccountRoles.Inspector);
        using var confirmer = await WebWorld.ClientAsync(app);
        using var signIn = await confirmer.SignInAsync(Teammate, TeammatePassword);

        var (_, _, token) = await recorder.OpenFormAsync($"/tasks/{number}/result");
        using var entered = await recorder.PostFormAsync($"/tasks/{number}/result", token, ValidFields(task, teammateId));
        var state = await db.ScalarAsync<string>("SELECT state FROM supervision.inspection_results");
        var (_, ownPage, ownToken) = await recorder.OpenFormAsync($"/tasks/{number}/result");
        using var ownConfirm = await recorder.PostFormAsync($"/tasks/{number}/result?handler=confirm", ownToken);
        var ownConfirmPage = await ownConfirm.Content.ReadAsStringAsync();
        var stateAfterOwn = await db.ScalarAsync<string>("SELECT state FROM supervision.inspection_results");
        using var taskPage = await confirmer.GetAsync($"/tasks/{number}");
        var taskHtml = await taskPage.Content.ReadAsStringAsync();
        using var inbox = await confirmer.GetAsync("/tasks");
        var inboxHtml = await inbox.Content.ReadAsStringAsync();
        var (_, _, confirmToken) = await confirmer.OpenFormAsync($"/tasks/{number}/result");
        using var confirmed = await confirmer.PostFormAsync($"/tasks/{number}/result?handler=confirm", confirmToken);
        using var after = await recorder.GetAsync($"/tasks/{number}/result");
        var afterHtml = await after.Content.ReadAsStringAsync();
        using var change = await recorder.PostFormAsync($"/tasks/{number}/result", BrowserlessClient.TokenIn(afterHtml), ValidFields(task, teammateId, "no_problem"));
        var changeHtml = await change.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, entered.StatusCode);
        Assert.Equal($"/tasks/{number}/result?done=entered", entered.Headers.Location!.OriginalString);
        Assert.Equal("entered", state);
        Assert.DoesNotContain("确认检查结果</button>", ownPage, StringComparison.Ordinal);
        Assert.Contains("须由检查组的另一名检查人员确认", ownConfirmPage, StringComparison.Ordinal);
        Assert.Equal("entered", stateAfterOwn);
        Assert.Contains("查看并确认检查结果", taskHtml, StringComparison.Ordinal);
        Assert.Contains("结果待确认", inboxHtml, StringComparison.Ordinal);
        Assert.Contains("发现问题已责令改正", taskHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Contains("，钱检查确认（", afterHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("提交检查结果", afterHtml, StringComparison.Ordinal);
        Assert.Contains("不能再修改", changeHtml, StringComparison.Ordinal);
        Assert.Equal(("confirmed", "correction_ordered", DrawnTasks.InspectorA, teammateId),
            (await db.ScalarAsync<string>("SELECT state FROM supervision.inspection_results"),
             await db.ScalarAsync<string>("SELECT outcome FROM supervision.inspection_results"),
             await db.ScalarAsync<string>("SELECT recorded_inspector FROM supervision.inspection_results"),
             await db.ScalarAsync<string>("SELECT confirmed_inspector FROM supervision.inspection_results")));
        Assert.Equal(1L, await db.ScalarAsync<long>("SELECT count(*) FROM supervision.audit_log WHERE kind = 'result-entry' AND actor = 'zhao.inspector'"));
        Assert.Equal(1L, await db.ScalarAsync<long>($"SELECT count(*) FROM supervision.audit_log WHERE kind = 'result-confirmation' AND actor = '{Teammate}'"));
    }

    [Fact]
    public async Task AnotherInspectorsTask_Is404_ToRead_Enter_AndConfirm_AndNothingIsRecorded()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        var record = await DrawnTasks.SaveAsync(db);
        await using var app = await WebWorld.StartAsync(db);
        using var inspector = await WebWorld.ClientAsync(app, AccountRoles.Inspector);
        var (own, ownNumber) = await OwnTaskAsync(db, record);
        var notMine = (await DrawnTasks.NumbersAsync(db, DrawnTasks.InspectorA, on: false))[0];
        var notMineId = await db.ScalarAsync<string>("SELECT task_id FROM supervision.draw_tasks WHERE task_no = $1", notMine);
        var theirs = record.Outcome.Tasks.Single(t => t.TaskId == notMineId);

        var (_, _, token) = await inspector.OpenFormAsync($"/tasks/{ownNumber}/result");
        using var read = await inspector.GetAsync($"/tasks/{notMine}/result");
        using var enter = await inspector.PostFormAsync($"/tasks/{notMine}/result", token, ValidFields(theirs, theirs.Team[0], "no_problem"));
        using var confirm = await inspector.PostFormAsync($"/tasks/{notMine}/result?handler=confirm", token);
        using var none = await inspector.PostFormAsync("/tasks/999999999/result", token, ValidFields(own, DrawnTasks.InspectorA, "no_problem"));

        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.Contains("页面不存在", await read.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, enter.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, confirm.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, none.StatusCode);
        Assert.Equal(0L, await db.ScalarAsync<long>("SELECT count(*) FROM supervision.inspection_results"));
        Assert.Equal(0L, await db.ScalarAsync<long>("SELECT count(*) FROM supervision.audit_log WHERE kind LIKE 'result-%'"));
    }

    [Fact]
    public async Task ResultPosts_WithoutTheToken_AreRefused_AndNothingIsRecorded()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        var record = await DrawnTasks.SaveAsync(db);
        await using var app = await WebWorld.StartAsync(db);
        using var inspector = await WebWorld.ClientAsync(app, AccountRoles.Inspector);
        var (task, number) = await OwnTaskAsync(db, record);

        using var forged = await inspector.PostFormAsync($"/tasks/{number}/result", null, ValidFields(task, task.Team.First(t => t != DrawnTasks.InspectorA)));
        using var wrong = await inspector.PostFormAsync($"/tasks/{number}/result", "not-a-token", ValidFields(task, task.Team.First(t => t != DrawnTasks.InspectorA)));
        using var confirm = await inspector.PostFormAsync($"/tasks/{number}/result?handler=confirm", null);

        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, confirm.StatusCode);
        Assert.Equal(0L, await db.ScalarAsync<long>("SELECT count(*) FROM supervision.inspection_results"));
    }

    [Fact]
    public async Task ConfirmedWebResult_IsWhatResultsExportHandsToResultsDecide_AnUnconfirmedOneIsNot()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        var record = await DrawnTasks.SaveAsync(db);
        await using var app = await WebWorld.StartAsync(db);
        var (task, number) = await OwnTaskAsync(db, record);
        var teammateId = await AddTeammateAsync(db, task);
        using var recorder = await WebWorld.ClientAsync(app, AccountRoles.Inspector);
        using var confirmer = await WebWorld.ClientAsync(app);
        using var signIn = await confirmer.SignInAsync(Teammate, TeammatePassword);
        var numbers = await DrawnTasks.NumbersAsync(db, DrawnTasks.InspectorA);
        var unconfirmedNumber = numbers[1];
        var unconfirmedId = await db.ScalarAsync<string>("SELECT task_id FROM supervision.draw_tasks WHERE task_no = $1", unconfirmedNumber);
        var unconfirmed = record.Outcome.Tasks.Single(t => t.TaskId == unconfirmedId);
        var (_, _, token) = await recorder.OpenFormAsync($"/tasks/{number}/result");
        using var entered = await recorder.PostFormAsync($"/tasks/{number}/result", token, ValidFields(task, teammateId));
        using var other = await recorder.PostFormAsync($"/tasks/{unconfirmedNumber}/result", token,
            ValidFields(unconfirmed, unconfirmed.Team.First(t => t != DrawnTasks.InspectorA), "no_problem"));
        var (_, _, confirmToken) = await confirmer.OpenFormAsync($"/tasks/{number}/result");
        using var confirmed = await confirmer.PostFormAsync($"/tasks/{number}/result?handler=confirm", confirmToken);
        using var directory = new TempDirectory();
        var exported = Path.Combine(directory.Path, "export");
        var decided = Path.Combine(directory.Path, "decided");

        var export = CliRunner.Run("results", "export", "--draw-id", record.DrawId, "--out", exported, "--connection", db.ConnectionString);
        var import = CliRunner.Run("results", "import", "--draw", Path.Combine(exported, "draw-record.json"), "--results", Path.Combine(exported, "results.csv"));
        var decide = CliRunner.Run("results", "decide", "--draw", Path.Combine(exported, "draw-record.json"), "--results", Path.Combine(exported, "results.csv"),
            "--data", RepoPaths.DataSamples, "--rules", RepoPaths.Rules, "--as-of", "2026-12-31", "--ledger-seed", SampleResults.LedgerSeedPath, "--out", decided);
        var rows = Supervision.Data.Results.ResultImporter.Import(Path.Combine(exported, "results.csv"), record).Rows;

        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.Redirect), (entered.StatusCode, other.StatusCode, confirmed.StatusCode));
        Assert.Equal(0, export.ExitCode);
        Assert.Contains($"1 confirmed result(s) of draw {record.DrawId}", export.Out, StringComparison.Ordinal);
        Assert.Equal(0, import.ExitCode);
        var row = Assert.Single(rows);
        Assert.Equal((task.TaskId, task.Uscc, task.WindowFrom, "correction_ordered"), (row.TaskId, row.Uscc, row.Date, row.Category!.Code));
        Assert.Equal([DrawnTasks.InspectorA, teammateId], row.Inspectors);
        Assert.Equal([new Supervision.Data.Results.ResultFinding(task.Items[0], "SJ-MB-01")], row.Findings);
        Assert.Equal(0, decide.ExitCode);
        Assert.Contains("1 result(s), 1 finding(s)", decide.Out, StringComparison.Ordinal);
        Assert.Contains($"{task.TaskId}#SJ-MB-01", File.ReadAllText(Path.Combine(decided, "decisions.csv")), StringComparison.Ordinal);
        Assert.Contains(task.Uscc, File.ReadAllText(Path.Combine(decided, "feedback-inspections.csv")), StringComparison.Ordinal);
        Assert.DoesNotContain(unconfirmed.TaskId, File.ReadAllText(Path.Combine(exported, "results.csv")), StringComparison.Ordinal);
    }

    /// <summary>A valid result: the recorder and <paramref name="teammate"/>, one finding on the first item, corrected at once.</summary>
    internal static (string, string)[] ValidFields(TaskRecord task, string teammate, string outcome = "correction_ordered")
    {
        var findings = outcome == "no_problem";
        return
        [
            ("Input.Outcome", outcome), ("Input.Date", Iso(task.WindowFrom)), ("Input.Inspectors", DrawnTasks.InspectorA), ("Input.Inspectors", teammate),
            ("Input.Items", task.Items[0]), ("Input.FindingItems[0]", findings ? "" : task.Items[0]), ("Input.FindingCodes[0]", findings ? "" : "SJ-MB-01"),
            ("Input.Harm", "none"), ("Input.Quantity", ""), ("Input.Status", findings ? "not_required" : "corrected"), ("Input.Deadline", ""),
            ("Input.Timing", findings ? "" : "before_decision"), ("Input.CorrectedOn", findings ? "" : Iso(task.WindowFrom)),
        ];
    }

    /// <summary>The inspector's first task (by number) and its number.</summary>
    internal static async Task<(TaskRecord Task, long Number)> OwnTaskAsync(TestDatabase db, DrawRecord record)
    {
        var number = (await DrawnTasks.NumbersAsync(db, DrawnTasks.InspectorA))[0];
        var taskId = await db.ScalarAsync<string>("SELECT task_id FROM supervision.draw_tasks WHERE task_no = $1", number);
        return (record.Outcome.Tasks.Single(t => t.TaskId == taskId), number);
    }

    /// <summary>An inspector account (<see cref="Teammate"/>, 钱检查) for the other member of <paramref name="task"/>'s team; their id.</summary>
    internal static async Task<string> AddTeammateAsync(TestDatabase db, TaskRecord task)
    {
        var id = task.Team.First(t => t != DrawnTasks.InspectorA);
        await new AccountStore(db.Database, TimeProvider.System).AddAsync(
            new AccountDraft(Teammate, "钱检查", AccountRoles.Inspector, id), TeammatePassword, mustChangePassword: false, "test");
        return id;
    }

    internal static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
