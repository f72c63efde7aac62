using Microsoft.Playwright;

namespace Supervision.Tests.Web;

/// <summary>
/// Debian's chromium (never a downloaded browser) driven by Playwright as a phone: 390×844, touch, zh-CN, and told, as
/// the office's TLS proxy would tell the service, that requests came over HTTPS, so the service issues its Secure
/// cookies as in production.
/// </summary>
internal static class PhoneBrowser
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

    /// <summary>
    /// How wide the page lays out, once its document is parsed: after a URL-only wait the new document may still be
    /// loading, and a width measured then says nothing.
    /// </summary>
    public static async Task<int> WidthAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.WaitForFunctionAsync("document.readyState !== 'loading'");
        return await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
    }

    /// <summary>
    /// Follows a link (a GET, safe to repeat): clicks it and waits for <paramref name="url"/> (a glob); a click that led
    /// nowhere within a short while — swallowed by a page still laying out on a machine busy with a build — is repeated
    /// up to twice before the last wait takes the whole <see cref="Patience"/>.
    /// </summary>
    public static async Task FollowAsync(IPage page, ILocator link, string url)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(link);
        for (var attempt = 0; attempt < 2; attempt++)
        {
            await link.ClickAsync();
            try
            {
                await page.WaitForURLAsync(url, new() { WaitUntil = WaitUntilState.Commit, Timeout = 15_000 });
                return;
            }
            catch (TimeoutException)
            {
                // The click did not navigate: click again while the link is still there.
                if (await link.CountAsync() == 0)
                {
                    break;
                }
            }
        }

        if (await link.CountAsync() > 0)
        {
            await link.ClickAsync();
        }

        await page.WaitForURLAsync(url, Committed);
    }

    /// <summary>The browser, headless; fails the test with the install command when chromium is missing.</summary>
    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        ArgumentNullException.ThrowIfNull(playwright);
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: apt-get install -y chromium fonts-noto-cjk (as .ci/run does)");
        return await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Headless = true });
    }

    /// <summary>A new phone-sized page in a context of its own (its own cookies: one person per page).</summary>
    public static async Task<IPage> PageAsync(IBrowser browser)
    {
        ArgumentNullException.ThrowIfNull(browser);
        var context = await browser.NewContextAsync(new()
        {
            ViewportSize = new() { Width = 390, Height = 844 },
            IsMobile = true,
            HasTouch = true,
            Locale = "zh-CN",
            ExtraHTTPHeaders = new Dictionary<string, string> { ["X-Forwarded-Proto"] = "https" },
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(Patience);
        return page;
    }

    /// <summary>Signs in through the home page's form and waits for the home page.</summary>
    public static async Task SignInAsync(IPage page, string site, string user, string password)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync(site + "/");
        await page.GetByLabel("用户名", new() { Exact = true }).FillAsync(user);
        await page.GetByLabel("密码", new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await page.WaitForURLAsync(site + "/", Committed);
    }
}
