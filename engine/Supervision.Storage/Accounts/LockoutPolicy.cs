namespace Supervision.Storage.Accounts;

/// <summary>
/// When repeated wrong passwords lock an account: after <see cref="MaxFailures"/> failures in a row the account refuses
/// every sign-in, the right password included, for <see cref="Duration"/>. Section <c>Supervision:Lockout</c> of the
/// service's configuration.
/// </summary>
public sealed record LockoutPolicy
{
    /// <summary>Failures in a row that start a lockout.</summary>
    public int MaxFailures { get; init; } = 5;

    /// <summary>How long a lockout lasts.</summary>
    public TimeSpan Duration { get; init; } = TimeSpan.FromMinutes(15);
}
