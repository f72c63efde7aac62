using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Logging;
using Supervision.Storage.Accounts;

namespace Supervision.Service.Pages;

/// <summary>
/// 退出: signing out is a POST with the antiforgery token (a GET would let any page sign a person out); a GET shows the
/// button. The sign-out is written to the audit log.
/// </summary>
public sealed class SignOutModel(AccountStore accounts, ILogger<SignOutModel> logger) : PageModel
{
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var client = HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (User.Identity?.Name is { } name)
        {
            await accounts.RecordSignOutAsync(name, client, cancellationToken);
            ServiceLog.SignedOut(logger, name, client);
        }

        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return LocalRedirect(ServiceHost.SignInPath + "?signedout=1");
    }
}
