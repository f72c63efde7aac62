using Microsoft.AspNetCore.Http;

namespace Supervision.Service.Security;

/// <summary>
/// While a person signs in with a one-time password, every request but the password page, sign-out, the error page and
/// the style sheet is sent to the password page: the admin knew the one-time password, so nothing is done under it.
/// </summary>
internal sealed class PasswordChangeGate(RequestDelegate next)
{
    public const string PasswordPath = "/password";

    private static readonly string[] Open = [PasswordPath, "/signout", "/error", SiteAssets.StyleSheetPath];

    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.User.HasClaim(c => c.Type == SessionClaims.MustChangePassword)
            && !Open.Any(path => context.Request.Path.Equals(path, StringComparison.OrdinalIgnoreCase)))
        {
            context.Response.Redirect(PasswordPath);
            return Task.CompletedTask;
        }

        return next(context);
    }
}
