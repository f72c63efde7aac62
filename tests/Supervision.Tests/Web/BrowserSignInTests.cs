using Microsoft.Playwright;
using Supervision.Storage.Accounts;
using Supervision.Tests.Storage;

namespace Supervision.Tests.Web;

/// <summary>
/// A real browser (Debian's chromium driven by Playwright, never a downloaded one) against a real `serve` on a real
/// PostgreSQL: an inspector signs in and out on a phone-sized screen, in Chinese. The browser is told, as the office's
/// TLS proxy would tell the service, that the request came over HTTPS, so the service issues its Secure cookies as in
/// production.
/// </summary>
public sealed class BrowserSignInTests
{
    [Fact]
    public async Task Inspector_SignsInAndOut_OnAPhoneSizedScreen_InChinese()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        await using var app = await WebWorld.StartAsync(db);
        var site = app.Urls.First();
        var inspector = WebWorld.Of(AccountRoles.Inspector);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await PhoneBrowser.LaunchAsync(playwright);
        var page = await PhoneBrowser.PageAsync(browser);

        await page.GotoAsync(site + "/");
        var signInUrl = page.Url;
        await page.GetByLabel("用户名", new() { Exact = true }).FillAsync(inspector.User);
        await page.GetByLabel("密码", new() { Exact = true }).FillAsync(inspector.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await page.WaitForURLAsync(site + "/", PhoneBrowser.Committed);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "您好，赵检查" })).ToBeVisibleAsync();
        var pageWidth = await PhoneBrowser.WidthAsync(page);
        var screenshot = await page.ScreenshotAsync(new() { FullPage = true });

        await page.GetByRole(AriaRole.Button, new() { Name = "退出" }).ClickAsync();
        await page.WaitForURLAsync("**/signin?signedout=1", PhoneBrowser.Committed);
        await page.GotoAsync(site + "/");

        Assert.Equal(site + "/signin?ReturnUrl=%2F", signInUrl);
        Assert.True(pageWidth <= 390, $"the home page is {pageWidth} px wide on a 390 px screen");
        Assert.NotEmpty(screenshot);
        Assert.StartsWith(site + "/signin", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "登录" })).ToBeVisibleAsync();
        Assert.Equal(["signed-in"], await db.ListAsync<string>("SELECT payload ->> 'outcome' FROM supervision.audit_log WHERE kind = 'sign-in'"));
        Assert.Equal(1L, await db.ScalarAsync<long>("SELECT count(*) FROM supervision.audit_log WHERE kind = 'sign-out' AND subject = 'zhao.inspector'"));
    }
}
