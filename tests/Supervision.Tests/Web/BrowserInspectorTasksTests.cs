using Microsoft.Playwright;
using Supervision.Storage.Accounts;
using Supervision.Tests.Storage;

namespace Supervision.Tests.Web;

/// <summary>
/// The inspector's inbox in a real browser (Debian's chromium through Playwright) on a phone-sized screen, against a real
/// `serve` on a real PostgreSQL holding a real draw: own tasks only, a task opened, a recusal refused without a reason and
/// then made, and the task gone from the inbox.
/// </summary>
public sealed class BrowserInspectorTasksTests
{
    [Fact]
    public async Task Inspector_SeesOwnTasks_DeclaresARecusal_CorrectingAnEmptyReason_AndTheTaskLeavesTheInbox()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        await DrawnTasks.SaveAsync(db);
        await using var app = await WebWorld.StartAsync(db);
        var site = app.Urls.First();
        var inspector = WebWorld.Of(AccountRoles.Inspector);
        var own = await DrawnTasks.NumbersAsync(db, DrawnTasks.InspectorA);
        var others = await DrawnTasks.NumbersAsync(db, DrawnTasks.InspectorA, on: false);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await PhoneBrowser.LaunchAsync(playwright);
        var page = await PhoneBrowser.PageAsync(browser);

        // Sign in, then the menu's 检查任务.
        await page.GotoAsync(site + "/");
        await page.GetByLabel("用户名", new() { Exact = true }).FillAsync(inspector.User);
        await page.GetByLabel("密码", new() { Exact = true }).FillAsync(inspector.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await page.WaitForURLAsync(site + "/", PhoneBrowser.Committed);
        await PhoneBrowser.FollowAsync(page, page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "检查任务" }), site + "/tasks");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "检查任务", Level = 1 })).ToBeVisibleAsync();
        var links = await page.Locator("a.task-link").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        var inboxWidth = await PhoneBrowser.WidthAsync(page);

        // Open the first task; declare a recusal without a reason.
        var chosen = links[0];
        await PhoneBrowser.FollowAsync(page, page.Locator($"a.task-link[href='{chosen}']"), site + chosen);
        var taskWidth = await PhoneBrowser.WidthAsync(page);
        await page.GetByLabel("回避情形").SelectOptionAsync("relative");
        await page.GetByRole(AriaRole.Button, new() { Name = "提交回避申请" }).ClickAsync();
        var problem = page.Locator("span[data-valmsg-for='Input.Reason']");
        await Assertions.Expect(problem).ToHaveTextAsync("请填写回避理由");
        var keptGround = await page.GetByLabel("回避情形").InputValueAsync();
        var problemBox = await problem.BoundingBoxAsync();
        var reasonBox = await page.GetByLabel("回避理由").BoundingBoxAsync();
        var screenshot = await page.ScreenshotAsync(new() { FullPage = true });

        // Then with a reason: back to the inbox, without the task.
        await page.GetByLabel("回避理由").FillAsync("该企业负责人是我的表兄");
        await page.GetByRole(AriaRole.Button, new() { Name = "提交回避申请" }).ClickAsync();
        await page.WaitForURLAsync("**/tasks?withdrawn=*", PhoneBrowser.Committed);
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("回避申请已提交");
        var after = await page.Locator("a.task-link").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");

        Assert.Equal(own.Select(n => $"/tasks/{n}").Order(StringComparer.Ordinal), links.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(links, l => others.Select(n => $"/tasks/{n}").Contains(l));
        Assert.True(inboxWidth <= 390, $"the inbox is {inboxWidth} px wide on a 390 px screen");
        Assert.True(taskWidth <= 390, $"the task page is {taskWidth} px wide on a 390 px screen");
        Assert.Equal("relative", keptGround);
        Assert.NotNull(problemBox);
        Assert.NotNull(reasonBox);
        Assert.InRange(problemBox.Y - (reasonBox.Y + reasonBox.Height), 0, 40);
        Assert.NotEmpty(screenshot);
        Assert.Equal(links.Length - 1, after.Length);
        Assert.DoesNotContain(chosen, after);
        Assert.Equal(1L, await db.ScalarAsync<long>("SELECT count(*) FROM supervision.task_recusals WHERE inspector_id = 'INS-0001' AND reason = '该企业负责人是我的表兄'"));
    }
}
