using Microsoft.Playwright;
using Supervision.Storage.Accounts;
using Supervision.Tests.Storage;

namespace Supervision.Tests.Web;

/// <summary>
/// The main pages in a real browser on a phone-sized screen, each fitting the 390-pixel width and photographed: the
/// screenshots of docs/screenshots/ are this test's output (`SUPERVISION_SCREENSHOTS=docs/screenshots dotnet test
/// --filter DocsScreenshots`); without the variable they go to a temporary directory and are only checked.
/// </summary>
public sealed class DocsScreenshotsTests
{
    /// <summary>Where the screenshots go when set (the docs' folder); a temporary directory otherwise.</summary>
    public const string DirectoryVariable = "SUPERVISION_SCREENSHOTS";

    [Fact]
    public async Task MainPages_FitAPhoneScreen_AndArePhotographed()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        var record = await DrawnTasks.SaveAsync(db);
        await using var app = await WebWorld.StartAsync(db);
        var site = app.Urls.First();
        var (task, number) = await ResultEntryTests.OwnTaskAsync(db, record);
        var other = (await DrawnTasks.NumbersAsync(db, DrawnTasks.InspectorA))[1];
        using var temporary = new Supervision.Tests.Import.TempDirectory();
        var directory = Environment.GetEnvironmentVariable(DirectoryVariable) is { Length: > 0 } configured ? configured : temporary.Path;
        Directory.CreateDirectory(directory);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await PhoneBrowser.LaunchAsync(playwright);
        var taken = new List<(string Name, int Width)>();

        async Task ShootAsync(IPage page, string name)
        {
            taken.Add((name, await PhoneBrowser.WidthAsync(page)));
            await page.ScreenshotAsync(new() { Path = Path.Combine(directory, name + ".jpg"), FullPage = true, Type = ScreenshotType.Jpeg, Quality = 70 });
        }

        // The inspector: sign-in, inbox, a task with its recusal form, the result form with an error beside its field.
        var inspector = await PhoneBrowser.PageAsync(browser);
        await inspector.GotoAsync(site + "/signin");
        await ShootAsync(inspector, "01-signin");
        await inspector.GetByLabel("用户名", new() { Exact = true }).FillAsync(WebWorld.Of(AccountRoles.Inspector).User);
        await inspector.GetByLabel("密码", new() { Exact = true }).FillAsync(WebWorld.Of(AccountRoles.Inspector).Password);
        await inspector.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await inspector.WaitForURLAsync(site + "/", PhoneBrowser.Committed);
        await inspector.GotoAsync(site + "/tasks");
        await ShootAsync(inspector, "02-inspector-inbox");
        await inspector.GotoAsync($"{site}/tasks/{number}");
        await ShootAsync(inspector, "03-inspector-task");
        await inspector.GotoAsync($"{site}/tasks/{number}/result");
        await inspector.GetByLabel("检查结果", new() { Exact = true }).SelectOptionAsync("correction_ordered");
        await inspector.GetByLabel("检查日期").FillAsync(ResultEntryTests.Iso(task.WindowFrom));
        await inspector.GetByRole(AriaRole.Button, new() { Name = "提交检查结果" }).ClickAsync();
        await Assertions.Expect(inspector.Locator(".field-problem").First).ToBeVisibleAsync();
        await ShootAsync(inspector, "04-inspector-result-with-errors");

        // A recusal on another task, then the regulator's list with the reassignment button.
        await inspector.GotoAsync($"{site}/tasks/{other}");
        await inspector.GetByLabel("回避情形").SelectOptionAsync("relative");
        await inspector.GetByLabel("回避理由").FillAsync("配偶在该企业担任财务负责人");
        await inspector.GetByRole(AriaRole.Button, new() { Name = "提交回避申请" }).ClickAsync();
        await inspector.WaitForURLAsync($"**/tasks?withdrawn={other}", PhoneBrowser.Committed);
        var regulator = await PhoneBrowser.PageAsync(browser);
        await regulator.GotoAsync(site + "/signin");
        await regulator.GetByLabel("用户名", new() { Exact = true }).FillAsync(WebWorld.Of(AccountRoles.Regulator).User);
        await regulator.GetByLabel("密码", new() { Exact = true }).FillAsync(WebWorld.Of(AccountRoles.Regulator).Password);
        await regulator.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await regulator.WaitForURLAsync(site + "/", PhoneBrowser.Committed);
        await regulator.GotoAsync(site + "/recusals");
        await ShootAsync(regulator, "05-regulator-recusals");

        // The regulators' workspace: rule changes, the plans and calendar, the draws; the discipline office's report.
        await regulator.GotoAsync(site + "/regulator/changes");
        await ShootAsync(regulator, "15-regulator-changes");
        await regulator.GotoAsync(site + "/regulator/plans");
        await ShootAsync(regulator, "16-regulator-plans");
        await regulator.GotoAsync($"{site}/regulator/draws/{Uri.EscapeDataString(record.DrawId)}");
        await ShootAsync(regulator, "17-regulator-draw");
        var officer = await PhoneBrowser.PageAsync(browser);
        await PhoneBrowser.SignInAsync(officer, site, WebWorld.Of(AccountRoles.Discipline).User, WebWorld.Of(AccountRoles.Discipline).Password);
        await officer.GotoAsync($"{site}/discipline?from=2026-01-01&to=2027-01-31");
        await ShootAsync(officer, "18-discipline-report");

        Assert.All(taken, shot => Assert.True(shot.Width <= 390, $"{shot.Name} is {shot.Width} px wide on a 390 px screen"));
        Assert.All(taken, shot => Assert.True(new FileInfo(Path.Combine(directory, shot.Name + ".jpg")).Length > 5_000, $"{shot.Name}.jpg is empty"));
    }
}
