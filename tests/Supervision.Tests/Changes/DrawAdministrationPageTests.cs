using System.Net;
using Supervision.Storage.Accounts;
using Supervision.Tests.Storage;
using Supervision.Tests.Web;

namespace Supervision.Tests.Changes;

/// <summary>抽取管理: the draws with their counts, a draw's unassigned tasks with reasons, and the void with a required reason, audited.</summary>
public sealed class DrawAdministrationPageTests
{
    [Fact]
    public async Task Regulator_SeesTheDraw_ThenVoidsItWithAReason_WhichIsAudited()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        var record = await DrawnTasks.SaveAsync(db);
        await db.ExecuteAsync("UPDATE supervision.draw_tasks SET team = '{}', unassigned_reason = '没有符合条件的检查人员' WHERE draw_id = $1 AND task_id = $2",
            record.DrawId, record.Outcome.Tasks[0].TaskId);
        await using var app = await WebWorld.StartAsync(db);
        using var regulator = await WebWorld.ClientAsync(app, AccountRoles.Regulator);
        using var inspector = await WebWorld.ClientAsync(app, AccountRoles.Inspector);
        var page = $"/regulator/draws/{Uri.EscapeDataString(record.DrawId)}";

        var list = WebUtility.HtmlDecode(await regulator.GetStringAsync("/regulator/draws"));
        var (view, html, token) = await regulator.OpenFormAsync(page);
        view.Dispose();
        using var noReason = await regulator.PostFormAsync($"{page}?handler=Void", token, ("Reason", " "));
        var stillDrawn = await db.ScalarAsync<string>("SELECT status FROM supervision.draws WHERE draw_id = $1", record.DrawId);
        using var voided = await regulator.PostFormAsync($"{page}?handler=Void", token, ("Reason", "检查人员名录有误，补充后重新抽取"));
        using var denied = await inspector.GetAsync(page);

        Assert.Contains(record.DrawId, list, StringComparison.Ordinal);
        Assert.Contains($"<td class=\"number\">{record.Outcome.Tasks.Count}</td>", list, StringComparison.Ordinal);
        Assert.Contains("没有符合条件的检查人员", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Contains("请填写作废理由", WebUtility.HtmlDecode(await noReason.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal("drawn", stillDrawn);
        Assert.Equal(HttpStatusCode.Redirect, voided.StatusCode);
        Assert.Equal("cancelled", await db.ScalarAsync<string>("SELECT status FROM supervision.draws WHERE draw_id = $1", record.DrawId));
        Assert.Equal("li.regulator|检查人员名录有误，补充后重新抽取", await db.ScalarAsync<string>(
            "SELECT actor || '|' || (payload ->> 'reason') FROM supervision.audit_log WHERE kind = 'void' AND subject = $1", record.DrawId));
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
    }
}
