using System.Collections.Concurrent;
using System.Diagnostics;
using Supervision.Tests.Support;

namespace Supervision.Tests.Nightly;

/// <summary>
/// The real `supervision` command line as a separate OS process, its output collected: blocked at a failpoint
/// (<see cref="Supervision.Cli.Commands.Failpoint"/>) and killed there with SIGKILL, or stopped on disposal.
/// </summary>
internal sealed class CliProcess : IDisposable
{
    private static int processes;

    private readonly Process process;
    private readonly ConcurrentQueue<string> lines = new();

    private CliProcess(Process process)
    {
        this.process = process;
        process.ErrorDataReceived += (_, e) => Collect(e.Data);
        process.OutputDataReceived += (_, e) => Collect(e.Data);
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
    }

    public string Output => string.Join('\n', lines);

    public int Id => process.Id;

    /// <param name="arguments">The verb and its options.</param>
    /// <param name="failpoint">Where the process blocks for good, or null.</param>
    public static CliProcess Start(IEnumerable<string> arguments, string? failpoint = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepoPaths.Root,
        };
        start.ArgumentList.Add(typeof(Supervision.Cli.Commands.Failpoint).Assembly.Location);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment[Supervision.Cli.Commands.Failpoint.Variable] = failpoint ?? "";
        // A ledger of the test's own, as on a fresh machine (never the user's).
        start.Environment[Supervision.Data.Draws.DrawLedger.EnvironmentVariable] = Path.Combine(Path.GetTempPath(), $"supervision-ledger-process-{Environment.ProcessId}-{Interlocked.Increment(ref processes)}");
        return new CliProcess(Process.Start(start) ?? throw new InvalidOperationException("could not start the command line"));
    }

    /// <summary>Waits until the process has written a line containing <paramref name="text"/>.</summary>
    public async Task WaitForAsync(string text, TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        while (!lines.Any(l => l.Contains(text, StringComparison.Ordinal)))
        {
            if (process.HasExited || deadline.Elapsed > timeout)
            {
                throw new TimeoutException($"the process never wrote '{text}' (exited: {process.HasExited}); its output:\n{Output}");
            }

            await Task.Delay(50);
        }
    }

    /// <summary>Waits until the process reports <paramref name="failpoint"/>, then kills it there.</summary>
    public async Task KillAtFailpointAsync(string failpoint, TimeSpan timeout)
    {
        await WaitForAsync($"failpoint {failpoint} reached", timeout);
        Kill();
    }

    /// <summary>SIGKILL: no shutdown, no cleanup, open transactions cut off.</summary>
    public void Kill()
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            Kill();
        }

        process.Dispose();
    }

    private void Collect(string? line)
    {
        if (line is not null)
        {
            lines.Enqueue(line);
        }
    }
}
