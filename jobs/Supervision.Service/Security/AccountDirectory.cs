using Microsoft.Extensions.Options;

namespace Supervision.Service.Security;

/// <summary>
/// The accounts of the configuration (admins, then viewers) and the one check of a user name and password against them.
/// Every check costs exactly one password derivation, whether the user exists or not.
/// </summary>
internal sealed class AccountDirectory(IOptionsMonitor<ServiceOptions> options)
{
    public const string AdminRole = "admin";
    public const string ViewerRole = "viewer";

    /// <summary>The role of the user when the password is right, else null.</summary>
    public string? Check(string user, string password)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(password);
        var settings = options.CurrentValue;
        var (account, role) = Find(settings.Admins, user) is { } admin ? (admin, AdminRole)
            : Find(settings.Viewers, user) is { } viewer ? (viewer, ViewerRole)
            : (null, null);
        var passed = PasswordHash.Verify(password, account?.PasswordHash ?? PasswordHash.Decoy);
        return passed && account is not null ? role : null;
    }

    private static AdminAccount? Find(IEnumerable<AdminAccount> accounts, string user)
        => accounts.FirstOrDefault(a => string.Equals(a.User, user, StringComparison.Ordinal));
}
