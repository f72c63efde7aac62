using Microsoft.Playwright;
using Supervision.Tests.Storage;

namespace Supervision.Tests.Web;

/// <summary>
/// A member of the public on a phone (Debian's chromium through Playwright, 390×844), not signed in: from the menu's
/// 公开信息 to a search by enterprise name, and the enterprise's published result, with nothing wider than the screen.
/// </summary>
public sealed class PublicBrowserTests
{
    [Fact]
    public async Task Visitor_OnAPhone_SearchesAnEnterprise_AndSeesItsPublishedResult()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        var (_, onTime, _) = await PublicWorld.SaveAsync(db);
        await using var app = await WebWorld.StartAsync(db, new SteppingClock(PublicWorld.Now), PublicWorld.Calendar);
        var site = app.Urls.First();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await PhoneBrowser.LaunchAsync(playwright);
        var page = await PhoneBrowser.PageAsync(browser);

        await page.GotoAsync(site + "/signin");
        await PhoneBrowser.FollowAsync(page, page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "公开信息" }), site + "/public");
        var homeWidth = await PhoneBrowser.WidthAsync(page);
        await page.GetByLabel("按企业名称或统一社会信用代码查询").FillAsync(onTime.Name);
        await page.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();
        await page.WaitForURLAsync("**/public/search?q=*", PhoneBrowser.Committed);
        var row = page.Locator("li.public-row").Filter(new() { HasText = onTime.Uscc });
        await Assertions.Expect(row).ToContainTextAsync("未发现问题");
        await Assertions.Expect(row).ToContainTextAsync("公示截止");
        var searchWidth = await PhoneBrowser.WidthAsync(page);
        await page.GotoAsync(site + "/public/results");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "逾期未公示" })).ToBeVisibleAsync();
        var resultsWidth = await PhoneBrowser.WidthAsync(page);
        await PhoneBrowser.FollowAsync(page, page.Locator("li.public-row a").First, "**/public/draws/*");
        var drawWidth = await PhoneBrowser.WidthAsync(page);

        Assert.True(homeWidth <= 390, $"/public is {homeWidth} px wide");
        Assert.True(searchWidth <= 390, $"the search is {searchWidth} px wide");
        Assert.True(resultsWidth <= 390, $"the results are {resultsWidth} px wide");
        Assert.True(drawWidth <= 390, $"the draw is {drawWidth} px wide");
    }
}
