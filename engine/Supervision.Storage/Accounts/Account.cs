namespace Supervision.Storage.Accounts;

/// <summary>An account as stored, without its password hash.</summary>
/// <param name="UserName">The sign-in name (<see cref="AccountNames"/>).</param>
/// <param name="DisplayName">The person's name as the interface shows it.</param>
/// <param name="Role">One of <see cref="AccountRoles.All"/>.</param>
/// <param name="InspectorId">The inspector-directory id of an inspector; null for every other role.</param>
/// <param name="MustChangePassword">The password is a one-time password: the next sign-in must set a new one.</param>
/// <param name="FailedAttempts">Failed sign-ins since the last success or lockout.</param>
/// <param name="LockoutEnd">When the current or last lockout ends; null when there has been none since the last success.</param>
/// <param name="Disabled">The account may not sign in.</param>
/// <param name="CreatedAt">When the admin made it (UTC).</param>
/// <param name="ChangedAt">When it last changed (UTC, microseconds): a session made before that ends.</param>
public sealed record Account(
    string UserName, string DisplayName, string Role, string? InspectorId, bool MustChangePassword, int FailedAttempts,
    DateTimeOffset? LockoutEnd, bool Disabled, DateTimeOffset CreatedAt, DateTimeOffset ChangedAt)
{
    /// <summary>True while a lockout runs at <paramref name="now"/>.</summary>
    public bool IsLockedOut(DateTimeOffset now) => LockoutEnd is { } end && end > now;
}
