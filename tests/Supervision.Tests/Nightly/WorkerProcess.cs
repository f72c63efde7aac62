using System.Collections.Concurrent;
using System.Diagnostics;
using Supervision.Tests.Support;

namespace Supervision.Tests.Nightly;

/// <summary>A `supervision worker` process (the real CLI, a separate OS process) on a test database; killed with SIGKILL or stopped on disposal.</summary>
internal sealed class WorkerProcess : IDisposable
{
    private readonly Process process;
    private readonly ConcurrentQueue<string> lines = new();

    private WorkerProcess(Process process)
    {
        this.process = process;
        process.ErrorDataReceived += (_, e) => Collect(e.Data);
        process.OutputDataReceived += (_, e) => Collect(e.Data);
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
    }

    public string Output => string.Join('\n', lines);

    public int Id => process.Id;

    /// <param name="connectionString">The database.</param>
    /// <param name="failpoint">Where the worker blocks for good (see WorkerCommand.FailpointVariable), or null.</param>
    /// <param name="workers">Hangfire worker threads.</param>
    public static WorkerProcess Start(string connectionString, string? failpoint = null, int workers = 2)
    {
        var cli = typeof(Supervision.Cli.Commands.WorkerCommand).Assembly.Location;
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepoPaths.Root,
        };
        foreach (var argument in new[]
        {
            // No data: the tests plan every run in their own process, and a worker reads its chunks' slices from the database.
            cli, "worker", "--data", Path.Combine(Path.GetTempPath(), "supervision-worker-has-no-data"), "--rules", RepoPaths.Rules, "--workers", workers.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--chunk-size", "250", "--invisibility-timeout", "3", "--connection", connectionString,
        })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["SUPERVISION_FAILPOINT"] = failpoint ?? "";
        return new WorkerProcess(Process.Start(start) ?? throw new InvalidOperationException("could not start the worker"));
    }

    /// <summary>Waits until the worker has written a line containing <paramref name="text"/>.</summary>
    public async Task WaitForAsync(string text, TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        while (!lines.Any(l => l.Contains(text, StringComparison.Ordinal)))
        {
            if (process.HasExited || deadline.Elapsed > timeout)
            {
                throw new TimeoutException($"worker never wrote '{text}' (exited: {process.HasExited}); its output:\n{Output}");
            }

            await Task.Delay(50);
        }
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
