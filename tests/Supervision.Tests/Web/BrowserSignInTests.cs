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
    /// <summary>Debian's chromium binary (`apt-get install chromium fonts-noto-cjk`; .ci/run installs it).</summary>
    public const string Chromium = "/usr/lib/chromium/chromium";

    /// <summary>How long a browser step may take: Playwright's 30 s default was once exceeded on a machine busy with a build.</summary>
    public const float Patience = 90_000;

    /// <summary>
    /// Waits for the URL only: after the sign-in redirect the next step waits for its own element, and waiting for the
    /// page's load event as well once timed out with the page long loaded (the event raced the waiter).
    /// </summary>
    public static PageWaitForURLOptions Committed => new() { WaitUntil = WaitUntilState.Commit };

    [Fact]
    public async Task Inspector_SignsInAndOut_OnAPhoneSizedScreen_InChinese()
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: apt-get install -y chromium fonts-noto-cjk (as .ci/run does)");
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        await using var app = await WebWorld.StartAsync(db);
        var site = app.Urls.First();
        var inspector = WebWorld.Of(AccountRoles.Inspector);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Headless = true });
        await using var context = await browser.NewContextAsync(new()
        {
            ViewportSize = new() { Width = 390, Height = 844 },
            IsMobile = true,
            HasTouch = true,
            Locale = "zh-CN",
            ExtraHTTPHeaders = new Dictionary<string, string> { ["X-Forwarded-Proto"] = "https" },
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(BrowserSignInTests.Patience);

        await page.GotoAsync(site + "/");
        var signInUrl = page.Url;
        await page.GetByLabel("用户名", new() { Exact = true }).FillAsync(inspector.User);
        await page.GetByLabel("密码", new() { Exact = true }).FillAsync(inspector.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await page.WaitForURLAsync(site + "/", BrowserSignInTests.Committed);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "您好，赵检查" })).ToBeVisibleAsync();
        var pageWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        var screenshot = await page.ScreenshotAsync(new() { FullPage = true });

        await page.GetByRole(AriaRole.Button, new() { Name = "退出" }).ClickAsync();
        await page.WaitForURLAsync("**/signin?signedout=1");
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
