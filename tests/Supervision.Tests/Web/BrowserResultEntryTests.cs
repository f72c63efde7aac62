using Microsoft.Playwright;
using Supervision.Storage.Accounts;
using Supervision.Tests.Storage;

namespace Supervision.Tests.Web;

/// <summary>
/// Result entry (检查结果录入) in a real browser (Debian's chromium through Playwright) on a phone-sized screen, against a real
/// `serve` on a real PostgreSQL holding a real draw: one inspector enters a result with a rectification deadline before the
/// inspection date, sees the validator's error beside the deadline with everything else kept, corrects it; the teammate
/// signs in and confirms; the result is then confirmed in inspection_results.
/// </summary>
public sealed class BrowserResultEntryTests
{
    [Fact]
    public async Task Inspector_EntersAResult_CorrectingAnInvalidDeadline_TheTeammateConfirms_AndItIsStored()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        var record = await DrawnTasks.SaveAsync(db);
        await using var app = await WebWorld.StartAsync(db);
        var site = app.Urls.First();
        var (task, number) = await ResultEntryTests.OwnTaskAsync(db, record);
        var teammateId = await ResultEntryTests.AddTeammateAsync(db, task);
        var date = ResultEntryTests.Iso(task.WindowFrom);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await PhoneBrowser.LaunchAsync(playwright);

        // The recorder: sign in, the task from the inbox, its result form.
        var recorder = await PhoneBrowser.PageAsync(browser);
        await PhoneBrowser.SignInAsync(recorder, site, WebWorld.Of(AccountRoles.Inspector).User, WebWorld.Of(AccountRoles.Inspector).Password);
        await recorder.GotoAsync(site + "/tasks");
        await PhoneBrowser.FollowAsync(recorder, recorder.Locator($"a.task-link[href='/tasks/{number}']"), $"{site}/tasks/{number}");
        await PhoneBrowser.FollowAsync(recorder, recorder.GetByRole(AriaRole.Link, new() { Name = "检查结果录入" }), $"{site}/tasks/{number}/result");
        await recorder.GetByLabel("检查结果", new() { Exact = true }).SelectOptionAsync("further_handling");
        await recorder.GetByLabel("检查日期").FillAsync(date);
        await recorder.Locator($"input[name='Input.Inspectors'][value='{teammateId}']").CheckAsync();
        await recorder.GetByLabel("问题 1 所属事项").SelectOptionAsync(task.Items[0]);
        await recorder.GetByLabel("问题 1 违法行为代码").FillAsync("SJ-MB-01");
        await recorder.GetByLabel("危害后果").SelectOptionAsync("slight");
        await recorder.GetByLabel("整改情况").SelectOptionAsync("pending");
        await recorder.GetByLabel("整改期限").FillAsync(ResultEntryTests.Iso(task.WindowFrom.AddDays(-1)));
        await recorder.GetByRole(AriaRole.Button, new() { Name = "提交检查结果" }).ClickAsync();

        // The error beside the deadline, everything else as typed.
        var problem = recorder.Locator("span[data-valmsg-for='Input.Deadline']");
        await Assertions.Expect(problem).ToContainTextAsync("整改期限早于检查日期");
        var problemBox = await problem.BoundingBoxAsync();
        var deadlineBox = await recorder.GetByLabel("整改期限").BoundingBoxAsync();
        var kept = (
            await recorder.GetByLabel("检查结果", new() { Exact = true }).InputValueAsync(),
            await recorder.GetByLabel("检查日期").InputValueAsync(),
            await recorder.Locator($"input[name='Input.Inspectors'][value='{teammateId}']").IsCheckedAsync(),
            await recorder.GetByLabel("问题 1 所属事项").InputValueAsync(),
            await recorder.GetByLabel("问题 1 违法行为代码").InputValueAsync(),
            await recorder.GetByLabel("危害后果").InputValueAsync(),
            await recorder.GetByLabel("整改情况").InputValueAsync());
        var formWidth = await PhoneBrowser.WidthAsync(recorder);
        var nothingYet = await db.ScalarAsync<long>("SELECT count(*) FROM supervision.inspection_results");

        // Corrected: entered, waiting for the teammate.
        await recorder.GetByLabel("整改期限").FillAsync(ResultEntryTests.Iso(task.WindowFrom.AddDays(10)));
        await recorder.GetByRole(AriaRole.Button, new() { Name = "提交检查结果" }).ClickAsync();
        await recorder.WaitForURLAsync("**/result?done=entered", PhoneBrowser.Committed);
        await Assertions.Expect(recorder.GetByRole(AriaRole.Status)).ToContainTextAsync("待检查组另一名检查人员");
        var stateAfterEntry = await db.ScalarAsync<string>("SELECT state FROM supervision.inspection_results");

        // The teammate, on their own phone: the task page, then confirm.
        var confirmer = await PhoneBrowser.PageAsync(browser);
        await PhoneBrowser.SignInAsync(confirmer, site, "qian.inspector", "inspector-b-pw-2026");
        await confirmer.GotoAsync($"{site}/tasks/{number}");
        await PhoneBrowser.FollowAsync(confirmer, confirmer.GetByRole(AriaRole.Link, new() { Name = "查看并确认检查结果" }), $"{site}/tasks/{number}/result");
        var confirmWidth = await PhoneBrowser.WidthAsync(confirmer);
        await confirmer.GetByRole(AriaRole.Button, new() { Name = "确认检查结果" }).ClickAsync();
        await confirmer.WaitForURLAsync("**/result?done=confirmed", PhoneBrowser.Committed);
        await Assertions.Expect(confirmer.GetByRole(AriaRole.Status)).ToContainTextAsync("检查结果已确认");
        var screenshot = await confirmer.ScreenshotAsync(new() { FullPage = true });

        Assert.Equal(("further_handling", date, true, task.Items[0], "SJ-MB-01", "slight", "pending"), kept);
        Assert.NotNull(problemBox);
        Assert.NotNull(deadlineBox);
        Assert.InRange(problemBox.Y - (deadlineBox.Y + deadlineBox.Height), 0, 40);
        Assert.True(formWidth <= 390, $"the result form is {formWidth} px wide on a 390 px screen");
        Assert.True(confirmWidth <= 390, $"the confirmation page is {confirmWidth} px wide on a 390 px screen");
        Assert.Equal(0L, nothingYet);
        Assert.Equal("entered", stateAfterEntry);
        Assert.NotEmpty(screenshot);
        Assert.Equal(1L, await db.ScalarAsync<long>(
            """
            SELECT count(*) FROM supervision.inspection_results
            WHERE state = 'confirmed' AND outcome = 'further_handling' AND recorded_inspector = 'INS-0001' AND confirmed_inspector = $1
              AND findings = $2::jsonb AND entry ->> 'rectification_deadline' = $3
            """, teammateId, $$"""[{"item": "{{task.Items[0]}}", "violation": "SJ-MB-01"}]""", ResultEntryTests.Iso(task.WindowFrom.AddDays(10))));
    }
}
