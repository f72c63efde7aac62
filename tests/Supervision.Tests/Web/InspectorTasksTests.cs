using System.Net;
using System.Text.RegularExpressions;
using Supervision.Storage.Accounts;
using Supervision.Tests.Storage;

namespace Supervision.Tests.Web;

/// <summary>
/// The inspector's inbox (检查任务), a task's page and the recusal form (回避申请) over HTTP against a real `serve` on a real
/// PostgreSQL holding a real draw: own tasks only, 404 for anyone else's (reading and posting), antiforgery, encoded names,
/// the regulator's list of recusals.
/// </summary>
public sealed class InspectorTasksTests
{
    private const string OtherInspector = "qian.inspector";
    private const string OtherPassword = "inspector-b-pw-2026";

    [Fact]
    public async Task Inbox_ListsOnlyTheInspectorsOwnTasks_GroupedByVisit_WithoutPoolCategoryOrScore()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        var record = await DrawnTasks.SaveAsync(db);
        await using var app = await WebWorld.StartAsync(db);
        using var inspector = await WebWorld.ClientAsync(app, AccountRoles.Inspector);
        var own = await DrawnTasks.NumbersAsync(db, DrawnTasks.InspectorA);
        var others = await DrawnTasks.NumbersAsync(db, DrawnTasks.InspectorA, on: false);

        using var response = await inspector.GetAsync("/tasks");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.All(own, n => Assert.Contains($"href=\"/tasks/{n}\"", html, StringComparison.Ordinal));
        Assert.All(others, n => Assert.DoesNotContain($"href=\"/tasks/{n}\"", html, StringComparison.Ordinal));
        var ownVisits = record.Outcome.Tasks.Where(t => t.Team.Contains(DrawnTasks.InspectorA)).Select(t => t.VisitId).Distinct().Count();
        Assert.Equal(ownVisits, CountOf(html, "<section class=\"card visit\">"));
        Assert.Contains("依据：依据1", html, StringComparison.Ordinal);
        Assert.Contains("综合保税区 · 网格 G07", html, StringComparison.Ordinal);
        // The pools are the categories (I…IV) and the regimes: no text on the page may name one.
        foreach (var pool in record.Outcome.Tasks.Select(t => t.Pool).Distinct())
        {
            Assert.DoesNotMatch($">[^<]*\\b{Regex.Escape(pool)}\\b[^<]*<", html);
        }

        foreach (var word in new[] { "类别", "信用等级", "评分", "分值", "category", "credit", "score" })
        {
            Assert.DoesNotContain(word, html, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task Inbox_EnterpriseNameWithMarkup_IsShownAsText()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        var record = await DrawnTasks.SaveAsync(db);
        await using var app = await WebWorld.StartAsync(db);
        using var inspector = await WebWorld.ClientAsync(app, AccountRoles.Inspector);

        using var response = await inspector.GetAsync("/tasks");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains(record.Outcome.Tasks, t => t.Team.Contains(DrawnTasks.InspectorA) && t.Name.StartsWith(DrawnTasks.HtmlName, StringComparison.Ordinal));
        Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;&lt;b&gt;恶意&lt;/b&gt;企业", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>恶意", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherInspectorsTask_Is404_ToReadAndToRecuse_AndNothingIsRecorded()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        await DrawnTasks.SaveAsync(db);
        await using var app = await WebWorld.StartAsync(db);
        await AddOtherInspectorAsync(db);
        using var inspectorA = await WebWorld.ClientAsync(app, AccountRoles.Inspector);
        using var inspectorB = await WebWorld.ClientAsync(app);
        using var signIn = await inspectorB.SignInAsync(OtherInspector, OtherPassword);
        var ownOfA = (await DrawnTasks.NumbersAsync(db, DrawnTasks.InspectorA))[0];
        var onlyB = (await db.ListAsync<long>(
            $"SELECT task_no FROM supervision.draw_tasks WHERE team @> ARRAY['{DrawnTasks.InspectorB}'] AND NOT team @> ARRAY['{DrawnTasks.InspectorA}'] ORDER BY task_no"))[0];

        var (ownPage, _, token) = await inspectorA.OpenFormAsync($"/tasks/{ownOfA}");
        using var read = await inspectorA.GetAsync($"/tasks/{onlyB}");
        var readPage = await read.Content.ReadAsStringAsync();
        using var none = await inspectorA.GetAsync("/tasks/999999999");
        using var recuse = await inspectorA.PostFormAsync($"/tasks/{onlyB}", token, ("Input.Ground", "interest"), ("Input.Reason", "冒用他人任务"));
        using var bReads = await inspectorB.GetAsync($"/tasks/{onlyB}");

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ownPage.StatusCode);
        Assert.NotEmpty(token);
        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.Contains("页面不存在", readPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, none.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, recuse.StatusCode);
        Assert.Equal(HttpStatusCode.OK, bReads.StatusCode);
        Assert.Equal(0L, await db.ScalarAsync<long>("SELECT count(*) FROM supervision.task_recusals"));
        Assert.Equal(0L, await db.ScalarAsync<long>("SELECT count(*) FROM supervision.audit_log WHERE kind = 'recusal'"));
        ownPage.Dispose();
    }

    [Fact]
    public async Task RecusalPost_WithoutTheToken_IsRefused_AndNothingIsRecorded()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        await DrawnTasks.SaveAsync(db);
        await using var app = await WebWorld.StartAsync(db);
        using var inspector = await WebWorld.ClientAsync(app, AccountRoles.Inspector);
        var own = (await DrawnTasks.NumbersAsync(db, DrawnTasks.InspectorA))[0];

        using var forged = await inspector.PostFormAsync($"/tasks/{own}", null, ("Input.Ground", "interest"), ("Input.Reason", "伪造的申请"));
        using var wrong = await inspector.PostFormAsync($"/tasks/{own}", "not-a-token", ("Input.Ground", "interest"), ("Input.Reason", "伪造的申请"));
        using var still = await inspector.GetAsync($"/tasks/{own}");

        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.OK, still.StatusCode);
        Assert.Equal(0L, await db.ScalarAsync<long>("SELECT count(*) FROM supervision.task_recusals"));
    }

    [Fact]
    public async Task Recusal_WithoutAReason_ShowsTheProblemBesideTheField_KeepsTheGround_ThenWithOne_TakesTheInspectorOff()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        await DrawnTasks.SaveAsync(db);
        await using var app = await WebWorld.StartAsync(db);
        using var inspector = await WebWorld.ClientAsync(app, AccountRoles.Inspector);
        using var regulator = await WebWorld.ClientAsync(app, AccountRoles.Regulator);
        var own = (await DrawnTasks.NumbersAsync(db, DrawnTasks.InspectorA))[0];

        var (_, page, token) = await inspector.OpenFormAsync($"/tasks/{own}");
        using var empty = await inspector.PostFormAsync($"/tasks/{own}", token, ("Input.Ground", "employment"), ("Input.Reason", "  "));
        var emptyPage = await empty.Content.ReadAsStringAsync();
        using var declared = await inspector.PostFormAsync($"/tasks/{own}", BrowserlessClient.TokenIn(emptyPage),
            ("Input.Ground", "employment"), ("Input.Reason", "2024 年曾在该企业<任职>"));
        using var inbox = await inspector.GetAsync(declared.Headers.Location!.OriginalString);
        var inboxPage = await inbox.Content.ReadAsStringAsync();
        using var gone = await inspector.GetAsync($"/tasks/{own}");
        using var list = await regulator.GetAsync("/recusals");
        var listPage = await list.Content.ReadAsStringAsync();

        Assert.Contains("回避申请", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Matches("<span class=\"field-problem field-validation-error\" data-valmsg-for=\"Input.Reason\"[^>]*>请填写回避理由</span>", emptyPage);
        Assert.Matches("<option (value=\"employment\" selected=\"selected\"|selected=\"selected\" value=\"employment\")>", emptyPage);
        Assert.Single(Regex.Matches(emptyPage, "selected=\"selected\""));
        Assert.Equal(HttpStatusCode.Redirect, declared.StatusCode);
        Assert.Equal($"/tasks?withdrawn={own}", declared.Headers.Location!.OriginalString);
        Assert.Contains("回避申请已提交", inboxPage, StringComparison.Ordinal);
        Assert.DoesNotContain($"href=\"/tasks/{own}\"", inboxPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Contains("赵检查（INS-0001）", listPage, StringComparison.Ordinal);
        Assert.Contains("曾在检查对象任职或为其服务", listPage, StringComparison.Ordinal);
        Assert.Contains("2024 年曾在该企业&lt;任职&gt;", listPage, StringComparison.Ordinal);
        Assert.Equal(1L, await db.ScalarAsync<long>("SELECT count(*) FROM supervision.audit_log WHERE kind = 'recusal' AND actor = 'zhao.inspector'"));
    }

    [Fact]
    public async Task Recusals_WithNonePending_SaysSo()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        await using var app = await WebWorld.StartAsync(db);
        using var regulator = await WebWorld.ClientAsync(app, AccountRoles.Regulator);
        using var inspector = await WebWorld.ClientAsync(app, AccountRoles.Inspector);

        using var list = await regulator.GetAsync("/recusals");
        using var inbox = await inspector.GetAsync("/tasks");

        Assert.Contains("没有待处理的回避申请", await list.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("目前没有分配给您的检查任务", await inbox.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static Task AddOtherInspectorAsync(TestDatabase db)
        => new AccountStore(db.Database, TimeProvider.System).AddAsync(
            new AccountDraft(OtherInspector, "钱检查", AccountRoles.Inspector, DrawnTasks.InspectorB), OtherPassword, mustChangePassword: false, "test");

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
