using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Logging;
using Supervision.Service.Security;
using Supervision.Storage.Accounts;

namespace Supervision.Service.Pages;

/// <summary>
/// 登录: the sign-in form. Every failure says the same thing (unknown name, wrong password, disabled or locked account
/// look alike, so the page does not tell which names exist); the audit log and the service log tell the admin which.
/// A client that has failed too often is refused before any check (429).
/// </summary>
[AllowAnonymous]
public sealed class SignInModel(AccountStore accounts, SignInThrottle throttle, LockoutPolicy lockout, ILogger<SignInModel> logger) : PageModel
{
    [BindProperty]
    public SignInInput Input { get; set; } = new();

    /// <summary>Where to go after signing in: a local path only (an open redirect would help phishing).</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>Why the last attempt failed, shown above the form.</summary>
    public string? Problem { get; private set; }

    /// <summary>The lockout rule, told to everyone in advance.</summary>
    public string LockoutRule => string.Create(CultureInfo.InvariantCulture,
        $"连续 {lockout.MaxFailures} 次密码错误，账户将锁定 {lockout.Duration.TotalMinutes:0} 分钟。");

    public IActionResult OnGet() => User.Identity?.IsAuthenticated == true ? LocalRedirect(Target) : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var client = HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        SignInAttempt? result = null;
        var decision = await throttle.RunAsync(client, async token =>
        {
            result = await accounts.SignInAsync(Input.UserName, Input.Password, client, token);
            return result.Outcome == SignInOutcome.SignedIn;
        }, cancellationToken);
        Input.Password = "";
        ModelState.Remove($"{nameof(Input)}.{nameof(Input.Password)}");
        if (decision == ThrottleDecision.Refused)
        {
            ServiceLog.SignInRefused(logger, client);
            var wait = Math.Max(1, (int)Math.Ceiling(throttle.RetryAfter(client).TotalMinutes));
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Response.Headers.RetryAfter = ((int)Math.Ceiling(Math.Max(1, throttle.RetryAfter(client).TotalSeconds))).ToString(CultureInfo.InvariantCulture);
            Problem = $"登录尝试过于频繁，请 {wait} 分钟后再试。";
            return Page();
        }

        if (decision == ThrottleDecision.Failed || result?.Account is null)
        {
            ServiceLog.SignInFailed(logger, AccountNames.Normalize(Input.UserName), client, result is null ? "not checked" : AccountStore.Text(result.Outcome));
            Problem = "用户名或密码不正确，或账户已停用、暂时锁定。";
            return Page();
        }

        var account = result.Account;
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, SessionClaims.For(account),
            new AuthenticationProperties { IsPersistent = false });
        ServiceLog.SignedIn(logger, account.UserName, client);
        return LocalRedirect(account.MustChangePassword ? PasswordChangeGate.PasswordPath : Target);
    }

    private string Target => ReturnUrl is { } url && Url.IsLocalUrl(url) ? url : "/";
}
