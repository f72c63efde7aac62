using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Logging;
using Supervision.Storage.Accounts;

namespace Supervision.Service.Security;

/// <summary>
/// The session cookie's checks and redirects. Each request re-reads the account (one primary-key lookup): a session ends
/// when its account is gone, disabled, or changed since the session began (a password reset, a role change), so that
/// the admin's `users disable` takes effect at once rather than when the cookie expires. Redirects to the sign-in and
/// access-denied pages are relative, so they stay right behind the office's TLS proxy.
/// </summary>
internal sealed class SessionEvents(AccountStore accounts, ILogger<SessionEvents> logger) : CookieAuthenticationEvents
{
    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var name = context.Principal?.Identity?.Name;
        var stamp = context.Principal?.FindFirst(SessionClaims.Stamp)?.Value;
        var account = name is null ? null : await accounts.FindAsync(name, context.HttpContext.RequestAborted);
        if (account is null || account.Disabled || SessionClaims.StampOf(account) != stamp)
        {
            ServiceLog.SessionEnded(logger, name ?? "(none)", account is null ? "no such account" : account.Disabled ? "disabled" : "account changed");
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
    }

    public override Task RedirectToLogin(RedirectContext<CookieAuthenticationOptions> context) => RedirectRelative(context);

    public override Task RedirectToAccessDenied(RedirectContext<CookieAuthenticationOptions> context) => RedirectRelative(context);

    private static Task RedirectRelative(RedirectContext<CookieAuthenticationOptions> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var target = Uri.TryCreate(context.RedirectUri, UriKind.Absolute, out var absolute) ? absolute.PathAndQuery : context.RedirectUri;
        context.Response.Redirect(target);
        return Task.CompletedTask;
    }
}
