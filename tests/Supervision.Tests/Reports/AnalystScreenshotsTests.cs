using Microsoft.Playwright;
using Supervision.Storage.Accounts;
using Supervision.Tests.Web;

namespace Supervision.Tests.Reports;

/// <summary>
/// The analysts' pages in a real browser on a phone-sized screen: each fits the 390-pixel width (tables scroll inside
/// their box, charts scale) and is photographed; with SUPERVISION_SCREENSHOTS set the pictures go to docs/screenshots
/// beside the other roles' (<see cref="DocsScreenshotsTests"/>).
/// </summary>
[Collection(TwoNightsCollection.Name)]
public sealed class AnalystScreenshotsTests(TwoNightsFixture nights)
{
    [Fact]
    public async Task AnalystPages_FitAPhoneScreen_AndArePhotographed()
    {
        await using var app = await WebWorld.StartAsync(nights.Database);
        var site = app.Urls.First();
        using var temporary = new Import.TempDirectory();
        var directory = Environment.GetEnvironmentVariable(DocsScreenshotsTests.DirectoryVariable) is { Length: > 0 } configured ? configured : temporary.Path;
        Directory.CreateDirectory(directory);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await PhoneBrowser.LaunchAsync(playwright);
        var page = await PhoneBrowser.PageAsync(browser);
        var taken = new List<(string Name, int Width)>();
        var uscc = await nights.Database.ScalarAsync<string>("SELECT min(uscc) FROM supervision.run_moves");

        await page.GotoAsync(site + "/signin");
        await page.GetByLabel("用户名", new() { Exact = true }).FillAsync(WebWorld.Of(AccountRoles.Analyst).User);
        await page.GetByLabel("密码", new() { Exact = true }).FillAsync(WebWorld.Of(AccountRoles.Analyst).Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await page.WaitForURLAsync(site + "/", PhoneBrowser.Committed);
        foreach (var (name, path, heading) in new[]
        {
            ("11-analyst-overview", "/analyst", "风险总览"),
            ("12-analyst-enterprise", $"/analyst/enterprises/{uscc}", "评估历史"),
            ("13-analyst-trends", "/analyst/trends?step=night&from=2026-11-01&to=2026-11-30", "趋势分析"),
            ("14-analyst-effectiveness", "/analyst/effectiveness?from=2026-11-01&to=2026-12-31", "抽查成效（以评促改）"),
        })
        {
            await page.GotoAsync(site + path);
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = heading, Exact = true })).ToBeVisibleAsync();
            taken.Add((name, await PhoneBrowser.WidthAsync(page)));
            await page.ScreenshotAsync(new() { Path = Path.Combine(directory, name + ".jpg"), FullPage = true, Type = ScreenshotType.Jpeg, Quality = 70 });
        }

        Assert.All(taken, shot => Assert.True(shot.Width <= 390, $"{shot.Name} is {shot.Width} px wide on a 390 px screen"));
        Assert.All(taken, shot => Assert.True(new FileInfo(Path.Combine(directory, shot.Name + ".jpg")).Length > 5_000, $"{shot.Name}.jpg is empty"));
    }
}
