using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Supervision.Service.Security;

/// <summary>
/// HTTP Basic sign-in against the accounts of the configuration (admins and viewers). Meant behind TLS terminated by
/// the office's reverse proxy; browsers ask for the password themselves, so the dashboard needs no login page. Because
/// a browser resends Basic credentials by itself, every state-changing request also needs an antiforgery token
/// (<see cref="UnsafeMethodGuard"/>). Checks go through the <see cref="SignInThrottle"/>: a locked-out or flooding
/// client gets 429 with <c>Retry-After</c>, without a password derivation.
/// </summary>
internal sealed class BasicAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    AccountDirectory accounts, SignInThrottle throttle)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Basic";

    private static readonly object RefusedKey = new();

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!AuthenticationHeaderValue.TryParse(Request.Headers.Authorization, out var header)
            || !string.Equals(header.Scheme, SchemeName, StringComparison.OrdinalIgnoreCase) || header.Parameter is null)
        {
            return AuthenticateResult.NoResult();
        }

        if (!TryDecode(header.Parameter, out var user, out var password))
        {
            return AuthenticateResult.Fail("malformed Basic credentials");
        }

        var client = Context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        string? role = null;
        var decision = await throttle.RunAsync(client, () => (role = accounts.Check(user, password)) is not null, Context.RequestAborted);
        switch (decision)
        {
            case ThrottleDecision.Refused:
                Context.Items[RefusedKey] = throttle.RetryAfter(client);
                ServiceLog.SignInRefused(Logger, client);
                return AuthenticateResult.Fail("too many sign-in attempts");
            case ThrottleDecision.Failed:
                ServiceLog.SignInFailed(Logger, client);
                return AuthenticateResult.Fail("unknown user or wrong password");
            default:
                var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, user), new Claim(ClaimTypes.Role, role!)], SchemeName);
                return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
        }
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        if (Context.Items.TryGetValue(RefusedKey, out var wait) && wait is TimeSpan retryAfter)
        {
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            return Task.CompletedTask;
        }

        Response.Headers.WWWAuthenticate = "Basic realm=\"Supervision\", charset=\"UTF-8\"";
        return base.HandleChallengeAsync(properties);
    }

    private static bool TryDecode(string parameter, out string user, out string password)
    {
        (user, password) = ("", "");
        try
        {
            var pair = Encoding.UTF8.GetString(Convert.FromBase64String(parameter));
            var colon = pair.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0)
            {
                return false;
            }

            (user, password) = (pair[..colon], pair[(colon + 1)..]);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
