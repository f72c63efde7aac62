using Microsoft.AspNetCore.Http;

namespace Supervision.Service.Security;

/// <summary>
/// Headers on every response: no sniffing, no framing, no referrer to other sites, no caching of pages (a shared phone's
/// back button must not show a signed-out person's tasks), and a content security policy that allows only this site's own
/// style sheet and forms — no inline script. The Hangfire dashboard brings its own scripts, so it gets the framing and
/// form rules only.
/// </summary>
internal sealed class SecurityHeaders(RequestDelegate next)
{
    private const string PagePolicy =
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    private const string DashboardPolicy = "frame-ancestors 'none'; form-action 'self'; base-uri 'none'; object-src 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "same-origin";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
        headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments(ServiceHost.DashboardPath, StringComparison.OrdinalIgnoreCase)
            ? DashboardPolicy
            : PagePolicy;
        if (!context.Request.Path.Equals(SiteAssets.StyleSheetPath, StringComparison.Ordinal))
        {
            // What antiforgery sets on a page with a form anyway: set here already, it has nothing to override (and no
            // warning to log on every signed-in page, whose layout carries the sign-out form).
            headers.CacheControl = "no-cache, no-store";
            headers.Pragma = "no-cache";
        }

        return next(context);
    }
}
