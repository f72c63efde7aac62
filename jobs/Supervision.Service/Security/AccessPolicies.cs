using Microsoft.AspNetCore.Authorization;
using Supervision.Storage.Accounts;

namespace Supervision.Service.Security;

/// <summary>
/// The named authorization policies, one per role, and the fallback: every endpoint without a policy of its own requires a
/// signed-in user, so that a page added without thought is closed, not open. A public page says so with
/// <c>[AllowAnonymous]</c>. Roles do not nest: the admin manages accounts and jobs and sees no supervision data, the
/// regulator does not manage accounts.
/// </summary>
public static class AccessPolicies
{
    public const string Regulator = "Regulator";
    public const string Inspector = "Inspector";
    public const string Analyst = "Analyst";
    public const string Admin = "Admin";
    public const string Discipline = "Discipline";

    /// <summary>Anyone, signed in or not: the public pages (三公开). Named so that a menu entry can say so.</summary>
    public const string Everyone = "Everyone";

    /// <summary>The Razor Pages folder of each role's pages, closed to the others by <see cref="Register"/>'s caller.</summary>
    public static IReadOnlyDictionary<string, string> Folders { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["/Regulator"] = Regulator,
        ["/Inspector"] = Inspector,
        ["/Analyst"] = Analyst,
        ["/Admin"] = Admin,
        ["/Discipline"] = Discipline,
    };

    /// <summary>Adds the five role policies and the fallback policy.</summary>
    public static void Register(AuthorizationBuilder authorization)
    {
        ArgumentNullException.ThrowIfNull(authorization);
        authorization
            .AddPolicy(Regulator, policy => policy.RequireAuthenticatedUser().RequireRole(AccountRoles.Regulator))
            .AddPolicy(Inspector, policy => policy.RequireAuthenticatedUser().RequireRole(AccountRoles.Inspector)
                .RequireClaim(SessionClaims.InspectorId))
            .AddPolicy(Analyst, policy => policy.RequireAuthenticatedUser().RequireRole(AccountRoles.Analyst))
            .AddPolicy(Admin, policy => policy.RequireAuthenticatedUser().RequireRole(AccountRoles.Admin))
            .AddPolicy(Discipline, policy => policy.RequireAuthenticatedUser().RequireRole(AccountRoles.Discipline))
            .AddPolicy(Everyone, policy => policy.RequireAssertion(_ => true))
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
    }
}
