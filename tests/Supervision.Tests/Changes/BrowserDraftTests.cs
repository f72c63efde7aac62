using Microsoft.Playwright;
using Supervision.Storage.Accounts;
using Supervision.Tests.Storage;
using Supervision.Tests.Web;

namespace Supervision.Tests.Changes;

/// <summary>
/// A change edited in a real browser (Debian's chromium through Playwright) on a phone-sized screen: the regulator starts
/// a draft, raises RT-IV's ratio to 4 % in the grid, reads the failed checks, fixes the tests that pin 3 % in the text
/// editor, reads them pass, and submits; the request's checks all pass. Neither page is wider than the phone.
/// </summary>
public sealed class BrowserDraftTests
{
    private static readonly string[] PinningTests = ["tests/matrix.yaml", "tests/regimes.yaml", "tests/safety.yaml"];

    [Fact]
    public async Task RatioEditedInTheGrid_TestsFixedInTheEditor_Submitted_OnAPhone()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        await using var app = await WebWorld.StartAsync(db);
        var site = app.Urls.First();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await PhoneBrowser.LaunchAsync(playwright);
        var page = await PhoneBrowser.PageAsync(browser);
        await PhoneBrowser.SignInAsync(page, site, RuleChangeWorld.FirstRegulator, WebWorld.Of(AccountRoles.Regulator).Password);

        await page.GotoAsync($"{site}/regulator/changes");
        await page.GetByRole(AriaRole.Button, new() { Name = "在浏览器中编辑" }).ClickAsync();
        await page.WaitForURLAsync("**/regulator/drafts/*", PhoneBrowser.Committed);
        var draft = page.Url;
        await PhoneBrowser.FollowAsync(page, page.GetByRole(AriaRole.Link, new() { Name = "tables/ratios.csv", Exact = true }), $"{draft}/table?file=tables%2Fratios.csv");
        var gridWidth = await PhoneBrowser.WidthAsync(page);
        await page.GetByLabel("第 4 行 ratio", new() { Exact = true }).FillAsync("4%");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await page.WaitForURLAsync("**?saved=*", PhoneBrowser.Committed);
        await Assertions.Expect(page.Locator("pre.report")).ToContainTextAsync("expected ratio 3%, got 4%");
        var failed = await page.GetByRole(AriaRole.Heading, new() { NameRegex = new System.Text.RegularExpressions.Regex("检查结果") }).TextContentAsync();
        foreach (var test in PinningTests)
        {
            await page.GotoAsync($"{draft}/file?path={Uri.EscapeDataString(test)}");
            var editor = page.GetByLabel("内容");
            var text = await editor.InputValueAsync();
            await editor.FillAsync(text.Replace("ratio: 3%", "ratio: 4%", StringComparison.Ordinal));
            await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
            await page.WaitForURLAsync("**?saved=*", PhoneBrowser.Committed);
        }

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { NameRegex = new System.Text.RegularExpressions.Regex("检查结果") })).ToContainTextAsync("全部通过");
        var draftWidth = await PhoneBrowser.WidthAsync(page);
        await page.GetByLabel("变更说明").FillAsync("IV 类抽查比例由3%提高到4%");
        await page.GetByRole(AriaRole.Button, new() { Name = "提交审核" }).ClickAsync();
        await page.WaitForURLAsync("**/regulator/changes/*", PhoneBrowser.Committed);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 2 }).First).ToContainTextAsync("全部通过");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("IV 类抽查比例由3%提高到4%");

        Assert.Contains("未通过", failed, StringComparison.Ordinal);
        Assert.True(gridWidth <= 390, $"the grid page is {gridWidth} px wide on a 390 px screen");
        Assert.True(draftWidth <= 390, $"the draft page is {draftWidth} px wide on a 390 px screen");
    }
}
