using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;
using Supervision.Storage.Accounts;

namespace Supervision.Service.Security;

/// <summary>What the session cookie says about the signed-in person, and how it is made from an account.</summary>
public static class SessionClaims
{
    public const string DisplayName = "supervision:display-name";
    public const string InspectorId = "supervision:inspector-id";

    /// <summary>The account's <see cref="Account.ChangedAt"/> when the session began; a session whose account changed since ends.</summary>
    public const string Stamp = "supervision:stamp";

    /// <summary>Present while the password is a one-time password: every page but the password page is closed.</summary>
    public const string MustChangePassword = "supervision:must-change-password";

    /// <summary>The principal of a session of <paramref name="account"/>.</summary>
    public static ClaimsPrincipal For(Account account)
    {
        ArgumentNullException.ThrowIfNull(account);
        var claims = new List<Claim>
        {
            new(ClaimTypes.Name, account.UserName),
            new(ClaimTypes.Role, account.Role),
            new(DisplayName, account.DisplayName),
            new(Stamp, StampOf(account)),
        };
        if (account.InspectorId is { } inspector)
        {
            claims.Add(new Claim(InspectorId, inspector));
        }

        if (account.MustChangePassword)
        {
            claims.Add(new Claim(MustChangePassword, "true"));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme, ClaimTypes.Name, ClaimTypes.Role));
    }

    /// <summary>The stamp of the account as it is now.</summary>
    public static string StampOf(Account account)
    {
        ArgumentNullException.ThrowIfNull(account);
        return account.ChangedAt.UtcTicks.ToString(CultureInfo.InvariantCulture);
    }
}
