using Supervision.Service.Security;
using Supervision.Storage.Accounts;

namespace Supervision.Tests.Service;

/// <summary>The sign-in throttle: a client refused after repeated failures, a bounded queue of password checks, and constant work per check.</summary>
public sealed class SignInThrottleTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 7, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task FiveFailures_TheSixthIsRefusedWithoutACheck_UntilTheWindowHasPassed()
    {
        var clock = new ManualClock(Start);
        using var throttle = new SignInThrottle(new SignInThrottleOptions { MaxFailures = 5, Window = TimeSpan.FromMinutes(5) }, clock);
        var checks = 0;
        bool Wrong() { checks++; return false; }

        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(ThrottleDecision.Failed, await throttle.RunAsync("10.0.0.9", Wrong, CancellationToken.None));
        }

        Assert.Equal(ThrottleDecision.Refused, await throttle.RunAsync("10.0.0.9", () => true, CancellationToken.None));
        Assert.Equal(5, checks);
        Assert.Equal(TimeSpan.FromMinutes(5), throttle.RetryAfter("10.0.0.9"));
        Assert.Equal(ThrottleDecision.Failed, await throttle.RunAsync("10.0.0.10", Wrong, CancellationToken.None));

        clock.Now = Start.AddMinutes(5);
        Assert.Equal(TimeSpan.Zero, throttle.RetryAfter("10.0.0.9"));
        Assert.Equal(ThrottleDecision.Passed, await throttle.RunAsync("10.0.0.9", () => true, CancellationToken.None));
    }

    [Fact]
    public async Task ASuccess_ClearsTheClientsFailures()
    {
        using var throttle = new SignInThrottle(new SignInThrottleOptions { MaxFailures = 2 }, new ManualClock(Start));

        Assert.Equal(ThrottleDecision.Failed, await throttle.RunAsync("a", () => false, CancellationToken.None));
        Assert.Equal(ThrottleDecision.Passed, await throttle.RunAsync("a", () => true, CancellationToken.None));
        Assert.Equal(ThrottleDecision.Failed, await throttle.RunAsync("a", () => false, CancellationToken.None));
        Assert.Equal(ThrottleDecision.Failed, await throttle.RunAsync("a", () => false, CancellationToken.None));
        Assert.Equal(ThrottleDecision.Refused, await throttle.RunAsync("a", () => true, CancellationToken.None));
    }

    [Fact]
    public async Task ChecksBeyondTheQueue_AreRefusedAtOnce_WhileOneRuns()
    {
        using var throttle = new SignInThrottle(new SignInThrottleOptions { ConcurrentChecks = 1, QueueLength = 1 }, new ManualClock(Start));
        using var inCheck = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        var first = Task.Run(() => throttle.RunAsync("a", () => { inCheck.Set(); release.Wait(); return true; }, CancellationToken.None));
        inCheck.Wait();

        var queued = throttle.RunAsync("b", () => true, CancellationToken.None);
        var refused = await throttle.RunAsync("c", () => true, CancellationToken.None);
        release.Set();

        Assert.Equal(ThrottleDecision.Refused, refused);
        Assert.Equal(ThrottleDecision.Passed, await first);
        Assert.Equal(ThrottleDecision.Passed, await queued);
    }

    [Fact]
    public void Decoy_IsARealHashOfTheSameCost_ThatNoTypedPasswordMatches()
    {
        var decoy = PasswordHash.Decoy.Split('$');
        var real = PasswordHash.Create("x").Split('$');

        Assert.Equal(real[0], decoy[0]);
        Assert.Equal(real[1], decoy[1]);
        Assert.False(PasswordHash.Verify("", PasswordHash.Decoy));
    }
}
