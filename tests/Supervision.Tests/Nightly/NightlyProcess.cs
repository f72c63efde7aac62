using System.Collections.Concurrent;
using System.Diagnostics;
using Supervision.Tests.Support;

namespace Supervision.Tests.Nightly;

/// <summary>`supervision nightly` as a separate OS process, blocked at a failpoint so that a test can kill it there with SIGKILL.</summary>
internal sealed class NightlyProcess : IDisposable
{
    private readonly Process process;
    private readonly ConcurrentQueue<string> lines = new();

    private NightlyProcess(Process process)
    {
        this.process = process;
        process.ErrorDataReceived += (_, e) => Collect(e.Data);
        process.OutputDataReceived += (_, e) => Collect(e.Data);
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
    }

    public string Output => string.Join('\n', lines);

    public static NightlyProcess Start(IEnumerable<string> arguments, string failpoint)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepoPaths.Root,
        };
        start.ArgumentList.Add(typeof(Supervision.Cli.Commands.NightlyCommand).Assembly.Location);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment[Supervision.Cli.Commands.Failpoint.Variable] = failpoint;
        return new NightlyProcess(Process.Start(start) ?? throw new InvalidOperationException("could not start supervision nightly"));
    }

    /// <summary>Waits until the process reports the failpoint, then kills it with SIGKILL.</summary>
    public async Task KillAtFailpointAsync(string failpoint, TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        while (!lines.Any(l => l.Contains($"failpoint {failpoint} reached", StringComparison.Ordinal)))
        {
            if (process.HasExited || deadline.Elapsed > timeout)
            {
                throw new TimeoutException($"nightly never reached {failpoint} (exited: {process.HasExited}); its output:\n{Output}");
            }

            await Task.Delay(50);
        }

        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
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
