namespace Supervision.Service.Security;

/// <summary>Limits of <see cref="SignInThrottle"/>, section <c>Supervision:SignIn</c> of the configuration.</summary>
public sealed class SignInThrottleOptions
{
    /// <summary>Failed sign-ins of one client address within <see cref="Window"/> after which it is refused.</summary>
    public int MaxFailures { get; set; } = 5;

    /// <summary>The lockout window, counted from the first failure of a series.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Password checks that may run at once (each keeps a core busy for about 70 ms).</summary>
    public int ConcurrentChecks { get; set; } = 1;

    /// <summary>Checks that may wait for one of <see cref="ConcurrentChecks"/>; more are refused at once.</summary>
    public int QueueLength { get; set; } = 8;

    /// <summary>Client addresses tracked before passed windows are swept.</summary>
    public int MaxTrackedClients { get; set; } = 10_000;
}
