using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Supervision.Storage.Accounts;
using Supervision.Tests.Storage;

namespace Supervision.Tests.Web;

/// <summary>Sign-in and sign-out over HTTP against a real `serve`: cookies, antiforgery, audit, sessions that end, error pages.</summary>
public sealed class SignInTests
{
    [Fact]
    public async Task SignIn_WithTheFormsToken_SetsASecureHttpOnlyCookie_ShowsTheHomePage_AndIsAudited()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        await using var app = await WebWorld.StartAsync(db);
        using var client = await WebWorld.ClientAsync(app);
        var inspector = WebWorld.Of(AccountRoles.Inspector);

        var (form, html, token) = await client.OpenFormAsync("/signin");
        using var signIn = await client.PostFormAsync("/signin", token, ("Input.UserName", "Zhao.Inspector"), ("Input.Password", inspector.Password));
        using var home = await client.GetAsync("/");
        var page = await home.Content.ReadAsStringAsync();
        var cookie = client.SetCookies.Single(c => c.StartsWith("__Host-supervision=", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.Contains("<h1>登录</h1>", html, StringComparison.Ordinal);
        Assert.NotEmpty(token);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/", signIn.Headers.Location?.OriginalString);
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("expires=", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Contains("您好，赵检查", page, StringComparison.Ordinal);
        Assert.Contains("执法检查人员", page, StringComparison.Ordinal);
        Assert.DoesNotContain("账户管理", page, StringComparison.Ordinal);
        Assert.Equal(1L, await db.ScalarAsync<long>(
            "SELECT count(*) FROM supervision.audit_log WHERE kind = 'sign-in' AND subject = 'zhao.inspector' AND actor = 'zhao.inspector' AND payload ->> 'outcome' = 'signed-in' AND payload ->> 'client' = '127.0.0.1'"));
        form.Dispose();
    }

    [Fact]
    public async Task SignIn_PostWithoutTheToken_IsRefused_AndNobodySignsIn()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        await using var app = await WebWorld.StartAsync(db);
        using var client = await WebWorld.ClientAsync(app);
        var admin = WebWorld.Of(AccountRoles.Admin);

        using var forged = await client.PostFormAsync("/signin", null, ("Input.UserName", admin.User), ("Input.Password", admin.Password));
        var body = await forged.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        Assert.Contains("请求被拒绝", body, StringComparison.Ordinal);
        Assert.False(client.Cookies.ContainsKey("__Host-supervision"));
        Assert.Equal(0L, await db.ScalarAsync<long>("SELECT count(*) FROM supervision.audit_log WHERE kind = 'sign-in'"));
    }

    [Fact]
    public async Task SignIn_WrongPassword_KeepsTheUserName_NotThePassword_AndSaysNothingAboutWhy()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        await using var app = await WebWorld.StartAsync(db);
        using var client = await WebWorld.ClientAsync(app);

        using var wrong = await client.SignInAsync("li.regulator", "not-the-password");
        using var unknown = await client.SignInAsync("nobody", "not-the-password");
        var wrongPage = await wrong.Content.ReadAsStringAsync();
        var unknownPage = await unknown.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("value=\"li.regulator\"", wrongPage, StringComparison.Ordinal);
        Assert.DoesNotContain("not-the-password", wrongPage, StringComparison.Ordinal);
        Assert.Contains("用户名或密码不正确", wrongPage, StringComparison.Ordinal);
        Assert.Contains("用户名或密码不正确", unknownPage, StringComparison.Ordinal);
        Assert.Equal(["wrong-password", "unknown-user"],
            await db.ListAsync<string>("SELECT payload ->> 'outcome' FROM supervision.audit_log WHERE kind = 'sign-in' ORDER BY seq"));
    }

    [Fact]
    public async Task SignIn_ReturnsToTheLocalPageAsked_NeverToAnotherSite()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        await using var app = await WebWorld.StartAsync(db);
        using var local = await WebWorld.ClientAsync(app);
        using var phished = await WebWorld.ClientAsync(app);
        var admin = WebWorld.Of(AccountRoles.Admin);

        using var asked = await local.GetAsync("/admin/accounts");
        var (_, _, token) = await local.OpenFormAsync(asked.Headers.Location!.OriginalString);
        using var back = await local.PostFormAsync("/signin", token, ("Input.UserName", admin.User), ("Input.Password", admin.Password), ("ReturnUrl", "/admin/accounts"));
        var (_, _, phishToken) = await phished.OpenFormAsync("/signin?ReturnUrl=https%3A%2F%2Fevil.example%2F");
        using var elsewhere = await phished.PostFormAsync("/signin", phishToken, ("Input.UserName", admin.User), ("Input.Password", admin.Password),
            ("ReturnUrl", "https://evil.example/"));

        Assert.Equal("/signin?ReturnUrl=%2Fadmin%2Faccounts", asked.Headers.Location?.OriginalString);
        Assert.Equal("/admin/accounts", back.Headers.Location?.OriginalString);
        Assert.Equal("/", elsewhere.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task SignOut_NeedsAPostWithTheToken_EndsTheSession_AndIsAudited()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        await using var app = await WebWorld.StartAsync(db);
        using var client = await WebWorld.ClientAsync(app, AccountRoles.Analyst);

        var (_, home, token) = await client.OpenFormAsync("/");
        using var forged = await client.PostFormAsync("/signout", null);
        using var stillIn = await client.GetAsync("/");
        using var signOut = await client.PostFormAsync("/signout", token);
        using var after = await client.GetAsync("/");

        Assert.Contains("退出", home, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stillIn.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal("/signin?signedout=1", signOut.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/signin", after.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(1L, await db.ScalarAsync<long>("SELECT count(*) FROM supervision.audit_log WHERE kind = 'sign-out' AND subject = 'sun.analyst' AND actor = 'sun.analyst'"));
    }

    [Fact]
    public async Task Session_OfAnAccountDisabledMeanwhile_EndsAtTheNextRequest()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        await using var app = await WebWorld.StartAsync(db);
        using var client = await WebWorld.ClientAsync(app, AccountRoles.Regulator);

        using var before = await client.GetAsync("/");
        await app.Services.GetRequiredService<AccountStore>().SetDisabledAsync("li.regulator", true, "test");
        using var after = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/signin", after.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OneTimePassword_OpensOnlyThePasswordPage_UntilThePersonSetsTheirOwn()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        await using var app = await WebWorld.StartAsync(db);
        await app.Services.GetRequiredService<AccountStore>().ResetPasswordAsync("sun.analyst", "one-time-pw-42", mustChangePassword: true, "test");
        using var client = await WebWorld.ClientAsync(app);

        using var signIn = await client.SignInAsync("sun.analyst", "one-time-pw-42");
        using var home = await client.GetAsync("/");
        var (_, form, token) = await client.OpenFormAsync("/password");
        using var mismatch = await client.PostFormAsync("/password", token,
            ("Input.CurrentPassword", "one-time-pw-42"), ("Input.NewPassword", "my-own-pw-2026"), ("Input.ConfirmPassword", "my-own-pw-2027"));
        var mismatchPage = await mismatch.Content.ReadAsStringAsync();
        using var changed = await client.PostFormAsync("/password", BrowserlessClient.TokenIn(mismatchPage),
            ("Input.CurrentPassword", "one-time-pw-42"), ("Input.NewPassword", "my-own-pw-2026"), ("Input.ConfirmPassword", "my-own-pw-2026"));
        using var homeAfter = await client.GetAsync("/");

        Assert.Equal("/password", signIn.Headers.Location?.OriginalString);
        Assert.Equal("/password", home.Headers.Location?.OriginalString);
        Assert.Contains("一次性密码", form, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, mismatch.StatusCode);
        Assert.Contains("两次输入的新密码不一致", mismatchPage, StringComparison.Ordinal);
        Assert.Equal("/", changed.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, homeAfter.StatusCode);
    }

    [Fact]
    public async Task ErrorPage_TakesNoTokenWhenReExecuted_SoARefusedPostStillGetsItsPage_AndAPostToItChangesNothing()
    {
        // The error page is re-executed with the failed request's method; a POST refused for its missing token must
        // still be answered by the page, so the page itself takes none. A direct tokenless POST to it is still refused
        // by the antiforgery check in front of every page, answered by the error page, and changes nothing.
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        await using var app = await WebWorld.StartAsync(db);
        using var client = await WebWorld.ClientAsync(app);
        var auditBefore = await db.ScalarAsync<long>("SELECT count(*) FROM supervision.audit_log");

        using var direct = await client.PostFormAsync("/error?code=404", null, ("Input.UserName", "x"));
        var body = await direct.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Forbidden, direct.StatusCode);
        Assert.Contains("出错了（403）", body, StringComparison.Ordinal);
        Assert.Contains("请求被拒绝", body, StringComparison.Ordinal);
        Assert.False(client.Cookies.ContainsKey("__Host-supervision"));
        Assert.Equal(auditBefore, await db.ScalarAsync<long>("SELECT count(*) FROM supervision.audit_log"));
    }

    [Fact]
    public async Task Errors_AreChinesePagesWithARequestId_NeverAStackTrace()
    {
        var server = await PostgresServer.GetAsync();
        await using var db = await server.CreateDatabaseAsync();
        await using var app = await WebWorld.StartAsync(db);
        using var client = await WebWorld.ClientAsync(app, AccountRoles.Analyst);
        using var anonymous = await WebWorld.ClientAsync(app);
        var (_, _, token) = await anonymous.OpenFormAsync("/signin");

        using var missing = await client.GetAsync("/no/such/page");
        var missingPage = await missing.Content.ReadAsStringAsync();
        await server.DropDatabaseAsync(db.Name);
        using var failed = await anonymous.PostFormAsync("/signin", token, ("Input.UserName", "sun.analyst"), ("Input.Password", "analyst-pw-2026"));
        var failedPage = await failed.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("页面不存在", missingPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        Assert.Contains("出错了", failedPage, StringComparison.Ordinal);
        Assert.Contains("请求编号", failedPage, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", failedPage, StringComparison.Ordinal);
        Assert.DoesNotContain(" at Supervision", failedPage, StringComparison.Ordinal);
        Assert.DoesNotContain(db.Name, failedPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_CarryTheSecurityHeaders()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        await using var app = await WebWorld.StartAsync(db);
        using var client = await WebWorld.ClientAsync(app);

        using var page = await client.GetAsync("/signin");

        Assert.Equal("nosniff", page.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", page.Headers.GetValues("X-Frame-Options").Single());
        Assert.Contains("frame-ancestors 'none'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.True(page.Headers.CacheControl?.NoStore);
    }
}
