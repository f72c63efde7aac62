using System.Collections.Concurrent;

namespace Supervision.Service.Security;

/// <summary>
/// Limits password checks so that guessing is slow and a flood of guesses cannot starve the service: a client address
/// with <see cref="SignInThrottleOptions.MaxFailures"/> failures inside <see cref="SignInThrottleOptions.Window"/> is
/// refused without a check until the window has passed, and at most <see cref="SignInThrottleOptions.ConcurrentChecks"/>
/// checks (each a deliberately slow PBKDF2 derivation) run at once, with a short queue; beyond it a request is refused at
/// once. A refusal costs no hashing, so 40 parallel bad sign-ins leave the other cores to <c>/health</c> and the jobs.
/// </summary>
/// <remarks>Thread-safe. Time comes from the injected clock, so that tests step through a lockout.</remarks>
public sealed class SignInThrottle(SignInThrottleOptions options, TimeProvider clock) : IDisposable
{
    private readonly ConcurrentDictionary<string, FailureWindow> _failures = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _checks = new(options.ConcurrentChecks, options.ConcurrentChecks);
    private int _waiting;

    /// <summary>
    /// Runs <paramref name="check"/> (the password check) unless the client is locked out or too many checks wait;
    /// records its outcome. <see cref="ThrottleDecision.Refused"/> means the check did not run.
    /// </summary>
    public Task<ThrottleDecision> RunAsync(string client, Func<bool> check, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(check);
        return RunAsync(client, _ => Task.FromResult(check()), cancellationToken);
    }

    /// <inheritdoc cref="RunAsync(string, Func{bool}, CancellationToken)"/>
    public async Task<ThrottleDecision> RunAsync(string client, Func<CancellationToken, Task<bool>> check, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(check);
        if (IsLockedOut(client))
        {
            return ThrottleDecision.Refused;
        }

        if (Interlocked.Increment(ref _waiting) > options.ConcurrentChecks + options.QueueLength)
        {
            Interlocked.Decrement(ref _waiting);
            return ThrottleDecision.Refused;
        }

        try
        {
            await _checks.WaitAsync(cancellationToken);
            try
            {
                var passed = await check(cancellationToken);
                Record(client, passed);
                return passed ? ThrottleDecision.Passed : ThrottleDecision.Failed;
            }
            finally
            {
                _checks.Release();
            }
        }
        finally
        {
            Interlocked.Decrement(ref _waiting);
        }
    }

    /// <summary>How long the client must wait before it may try again (zero when it may now).</summary>
    public TimeSpan RetryAfter(string client)
    {
        var now = clock.GetUtcNow();
        return _failures.TryGetValue(client, out var window) && window.Count >= options.MaxFailures && now - window.Start < options.Window
            ? options.Window - (now - window.Start)
            : TimeSpan.Zero;
    }

    public void Dispose() => _checks.Dispose();

    private bool IsLockedOut(string client) => RetryAfter(client) > TimeSpan.Zero;

    private void Record(string client, bool passed)
    {
        if (passed)
        {
            _failures.TryRemove(client, out _);
            return;
        }

        var now = clock.GetUtcNow();
        _failures.AddOrUpdate(
            client,
            _ => new FailureWindow(now, 1),
            (_, window) => now - window.Start >= options.Window ? new FailureWindow(now, 1) : window with { Count = window.Count + 1 });
        if (_failures.Count > options.MaxTrackedClients)
        {
            // Forget windows that have passed, so that a scan from many addresses cannot grow the table without end.
            foreach (var (key, window) in _failures)
            {
                if (now - window.Start >= options.Window)
                {
                    _failures.TryRemove(KeyValuePair.Create(key, window));
                }
            }
        }
    }

    private sealed record FailureWindow(DateTimeOffset Start, int Count);
}
