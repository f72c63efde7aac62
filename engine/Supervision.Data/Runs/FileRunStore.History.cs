using Supervision.Runs;

namespace Supervision.Data.Runs;

/// <summary>The nights before this one, and forgetting a night the input gates refused.</summary>
public sealed partial class FileRunStore
{
    public Task<RunRecord?> PreviousCompletedRunAsync(DateOnly asOf, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var runs = Path.Combine(Root, "runs");
        var previous = Directory.Exists(runs)
            ? Directory.EnumerateDirectories(runs)
                .Where(d => !d.EndsWith(".tmp", StringComparison.Ordinal))
                .Select(d => Path.Combine(d, "run.json"))
                .Where(File.Exists)
                .Select(RunJson.ReadRun)
                .Where(r => r.Status == RunStatus.Completed && r.AsOf < asOf)
                .OrderByDescending(r => r.AsOf).ThenByDescending(r => r.UpdatedAt)
                .FirstOrDefault()
            : null;
        return Task.FromResult(previous);
    }

    public Task<IReadOnlyList<RunRecord>> PreparedRunsAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var runs = Path.Combine(Root, "runs");
        IReadOnlyList<RunRecord> prepared = Directory.Exists(runs)
            ? [.. Directory.EnumerateDirectories(runs)
                .Where(d => !d.EndsWith(".tmp", StringComparison.Ordinal))
                .Select(d => Path.Combine(d, "run.json"))
                .Where(File.Exists)
                .Select(RunJson.ReadRun)
                .Where(r => r.Status == RunStatus.Prepared)
                .OrderBy(r => r.AsOf).ThenBy(r => r.RunId, StringComparer.Ordinal)]
            : [];
        return Task.FromResult(prepared);
    }

    public Task DiscardRefusedRunAsync(string runId, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var directory = RunDirectory(runId);
        var path = RunFile(runId);
        if (!File.Exists(path))
        {
            return Task.CompletedTask;
        }

        var run = RunJson.ReadRun(path);
        if (run.Status != RunStatus.Refused)
        {
            throw new InvalidOperationException($"run {runId} is {run.Status}, not refused: only a refused run is discarded");
        }

        // The caller holds the planning lock (a file in this directory), which stays. The record goes last: a crash
        // before it leaves a refused run that the next start discards again, never chunks counted for a run planned anew.
        foreach (var entry in Directory.EnumerateFileSystemEntries(directory).ToList())
        {
            var name = Path.GetFileName(entry);
            if (name is "run.json" or PlanningLockFile)
            {
                continue;
            }

            if (Directory.Exists(entry))
            {
                Directory.Delete(entry, recursive: true);
            }
            else
            {
                File.Delete(entry);
            }
        }

        File.Delete(path);
        return Task.CompletedTask;
    }
}
