using Microsoft.Playwright;
using Supervision.Storage.Accounts;
using Supervision.Tests.Exports;
using Supervision.Tests.Import;
using Supervision.Tests.Web;

namespace Supervision.Tests.Reports;

/// <summary>
/// An analyst in a real browser (Debian's chromium through Playwright) on a phone-sized screen against a real `serve` on
/// two real nights: signs in, filters by district and industry, drills down to an enterprise, downloads the enterprise
/// list as a workbook, which an independent reader (openpyxl) opens and the test checks row by row against the database.
/// A regulator and an inspector are refused the pages.
/// </summary>
[Collection(TwoNightsCollection.Name)]
public sealed class BrowserAnalystReportsTests(TwoNightsFixture nights)
{
    private const string District = "盖州市九垄地街道";
    private const string Industry = "C26";

    [Fact]
    public async Task Analyst_FiltersDrillsDownAndDownloadsTheWorkbook_WhichMatchesTheDatabase()
    {
        await using var app = await WebWorld.StartAsync(nights.Database);
        var site = app.Urls.First();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await PhoneBrowser.LaunchAsync(playwright);
        var page = await PhoneBrowser.PageAsync(browser);
        using var downloads = new TempDirectory();

        await SignInAsync(page, site, "/analyst", AccountRoles.Analyst);
        await page.WaitForURLAsync(site + "/analyst", PhoneBrowser.Committed);
        await page.GetByLabel("区/街道").SelectOptionAsync(District);
        await page.GetByLabel("行业代码", new() { Exact = false }).FillAsync(Industry);
        await page.GetByRole(AriaRole.Button, new() { Name = "查看" }).ClickAsync();
        await page.WaitForURLAsync("**/analyst?*district=*", PhoneBrowser.Committed);
        var heading = await page.GetByRole(AriaRole.Heading, new() { Level = 2 }).First.InnerTextAsync();
        var overviewWidth = await PhoneBrowser.WidthAsync(page);

        await PhoneBrowser.FollowAsync(page, page.GetByRole(AriaRole.Link, new() { Name = District, Exact = true }), "**/analyst/enterprises?*");
        var listHeading = await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "导出全部（Excel）" }).ClickAsync());
        var workbook = Path.Combine(downloads.Path, "enterprises.xlsx");
        await download.SaveAsAsync(workbook);
        var firstEnterprise = page.Locator("table a[href^='/analyst/enterprises/']").First;
        var firstName = await firstEnterprise.InnerTextAsync();
        await PhoneBrowser.FollowAsync(page, firstEnterprise, "**/analyst/enterprises/9*");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "评估历史" })).ToBeVisibleAsync();
        var enterpriseHeading = await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync();
        var enterpriseWidth = await PhoneBrowser.WidthAsync(page);

        var expected = await nights.Database.ListAsync<string>(
            $"SELECT uscc || '|' || category || '|' || safety_level || '|' || credit_class FROM supervision.assessments WHERE run_id = '{nights.SecondRun}' AND district = '{District}' AND industry_code LIKE '{Industry}%' ORDER BY uscc COLLATE \"C\"");
        Assert.NotEmpty(expected);
        Assert.Equal($"评估基准日 2026-11-30：符合条件的企业 {expected.Count:N0} 户", heading);
        Assert.Equal($"企业名单：行业 {Industry}，{District}", listHeading);
        Assert.Equal(firstName, enterpriseHeading);
        Assert.True(overviewWidth <= 390, $"the overview is {overviewWidth} px wide on a 390 px screen");
        Assert.True(enterpriseWidth <= 390, $"the enterprise page is {enterpriseWidth} px wide on a 390 px screen");
        Assert.EndsWith(".xlsx", download.SuggestedFilename, StringComparison.Ordinal);
        Assert.StartsWith("企业名单-2026-11-30", download.SuggestedFilename, StringComparison.Ordinal);
        var sheet = Openpyxl.Dump(workbook)[0];
        var rows = sheet.GetProperty("rows").EnumerateArray().Select(r => r.EnumerateArray().Select(c => c.GetProperty("v").ToString()).ToList()).ToList();
        Assert.Equal("统一社会信用代码", rows[0][0]);
        Assert.Equal("区/街道", rows[0][4]);
        Assert.Equal(expected, rows.Skip(1).Select(r => $"{r[0]}|{r[6]}|{r[7]}|{r[9]}"));
        Assert.All(rows.Skip(1), r => Assert.Equal(District, r[4]));
        Assert.DoesNotContain(sheet.GetProperty("rows").EnumerateArray().SelectMany(r => r.EnumerateArray()), c => c.GetProperty("t").GetString() == "f");
    }

    [Theory]
    [InlineData(AccountRoles.Regulator)]
    [InlineData(AccountRoles.Inspector)]
    public async Task RegulatorOrInspector_IsRefusedTheReports(string role)
    {
        await using var app = await WebWorld.StartAsync(nights.Database);
        var site = app.Urls.First();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await PhoneBrowser.LaunchAsync(playwright);
        var page = await PhoneBrowser.PageAsync(browser);

        await SignInAsync(page, site, "/analyst/enterprises", role);
        await page.WaitForURLAsync("**/denied**", PhoneBrowser.Committed);
        var export = await page.APIRequest.GetAsync(site + "/analyst/export/enterprises.xlsx", new() { MaxRedirects = 0 });

        Assert.StartsWith(site + "/denied", page.Url, StringComparison.Ordinal);
        Assert.Equal(302, export.Status);
        Assert.StartsWith("/denied", export.Headers["location"], StringComparison.Ordinal);
        Assert.Equal(0, await page.GetByRole(AriaRole.Link, new() { Name = "风险总览" }).CountAsync());
    }

    private static async Task SignInAsync(IPage page, string site, string path, string role)
    {
        var account = WebWorld.Of(role);
        await page.GotoAsync(site + path);
        await page.GetByLabel("用户名", new() { Exact = true }).FillAsync(account.User);
        await page.GetByLabel("密码", new() { Exact = true }).FillAsync(account.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
    }
}
