using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Supervision.Service.Security;

/// <summary>
/// Refuses (403) every request with a state-changing method (POST, PUT, PATCH, DELETE) that carries no valid antiforgery
/// token, on every route of the service, the dashboard included: the session cookie is sent by the browser on its own,
/// so without the token any page the admin opens could trigger a nightly run. Runs after authentication, because the
/// token is bound to the signed-in user.
/// </summary>
internal sealed class UnsafeMethodGuard(RequestDelegate next, IAntiforgery antiforgery, ILogger<UnsafeMethodGuard> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var method = context.Request.Method;
        // A status page re-executed for a refused request only renders the error page (the refusal itself stands).
        if (!(HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method))
            && context.Features.Get<IStatusCodeReExecuteFeature>() is null
            && !await antiforgery.IsRequestValidAsync(context))
        {
            ServiceLog.ForgedRequestRefused(logger, method, context.Request.Path, context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }

        await next(context);
    }
}
