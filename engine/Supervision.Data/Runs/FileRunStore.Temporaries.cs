using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Supervision.Data.Runs;

/// <summary>
/// Temporaries (<c>*.tmp</c>): every writer names its own <c>&lt;target&gt;.&lt;machine&gt;.&lt;process id&gt;.&lt;n&gt;.tmp</c>
/// and removes it, unless its process is killed in between. Those left behind are deleted when the run resumes.
/// </summary>
public sealed partial class FileRunStore
{
    private static readonly Regex OwnMachineTemporary = new(
        $@"\.{Regex.Escape(Environment.MachineName)}\.(?<pid>[0-9]+)\.[0-9]+\.tmp$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    /// <summary>
    /// Deletes the run's temporaries whose writer is a process of this machine that no longer runs. Those of a live
    /// process (this one included) are being written; those of another machine cannot be judged from here and are kept.
    /// </summary>
    public Task DeleteStaleTemporariesAsync(string runId, CancellationToken cancellationToken)
    {
        var directory = RunDirectory(runId);
        if (!Directory.Exists(directory))
        {
            return Task.CompletedTask;
        }

        foreach (var entry in Directory.EnumerateFileSystemEntries(directory, "*.tmp", SearchOption.AllDirectories).ToList())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (OwnMachineTemporary.Match(Path.GetFileName(entry)) is { Success: true } match
                && int.Parse(match.Groups["pid"].ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture) is var pid
                && pid != Environment.ProcessId && !IsRunning(pid))
            {
                Delete(entry);
            }
        }

        return Task.CompletedTask;
    }

    private static string Temporary(string target, int number)
        => $"{target}.{Environment.MachineName}.{Environment.ProcessId}.{number}.tmp";

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    // Another resuming process may delete it first.
    private static void Delete(string entry)
    {
        try
        {
            if (Directory.Exists(entry))
            {
                Directory.Delete(entry, recursive: true);
            }
            else
            {
                File.Delete(entry);
            }
        }
        catch (DirectoryNotFoundException)
        {
        }
    }
}
