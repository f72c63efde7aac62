using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Supervision.Service;

/// <summary>
/// HTTP Basic sign-in against the accounts of the configuration (admins and viewers). Meant behind TLS terminated by
/// the office's reverse proxy; browsers ask for the password themselves, so the dashboard needs no login page.
/// </summary>
internal sealed class BasicAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, IOptions<ServiceOptions> service)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Basic";
    public const string AdminRole = "admin";
    public const string ViewerRole = "viewer";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!AuthenticationHeaderValue.TryParse(Request.Headers.Authorization, out var header)
            || !string.Equals(header.Scheme, SchemeName, StringComparison.OrdinalIgnoreCase) || header.Parameter is null)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        string user, password;
        try
        {
            var pair = Encoding.UTF8.GetString(Convert.FromBase64String(header.Parameter));
            var colon = pair.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0)
            {
                return Task.FromResult(AuthenticateResult.Fail("malformed Basic credentials"));
            }

            (user, password) = (pair[..colon], pair[(colon + 1)..]);
        }
        catch (FormatException)
        {
            return Task.FromResult(AuthenticateResult.Fail("malformed Basic credentials"));
        }

        var role = Matches(service.Value.Admins, user, password) ? AdminRole
            : Matches(service.Value.Viewers, user, password) ? ViewerRole
            : null;
        if (role is null)
        {
            return Task.FromResult(AuthenticateResult.Fail("unknown user or wrong password"));
        }

        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, user), new Claim(ClaimTypes.Role, role)], SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Basic realm=\"Supervision\", charset=\"UTF-8\"";
        return base.HandleChallengeAsync(properties);
    }

    private static bool Matches(IEnumerable<AdminAccount> accounts, string user, string password)
        => accounts.Any(a => string.Equals(a.User, user, StringComparison.Ordinal) && PasswordHash.Verify(password, a.PasswordHash));
}
