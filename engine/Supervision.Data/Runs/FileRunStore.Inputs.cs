using System.Globalization;
using Supervision.Model.Import;
using Supervision.Runs;

namespace Supervision.Data.Runs;

/// <summary>
/// Input slices (<c>runs/&lt;run id&gt;/inputs/&lt;chunk&gt;/&lt;file&gt;.&lt;part&gt;</c>, the shared files under
/// <c>inputs/global</c>) and chunk summaries (<c>chunks/NNNNN.summary.gz</c>).
/// </summary>
public sealed partial class FileRunStore
{
    private const string PlanningLockFile = "planning.lock";

    public async Task<IAsyncDisposable> LockPlanningAsync(string runId, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(RunDirectory(runId));
        var path = Path.Combine(RunDirectory(runId), PlanningLockFile);
        while (true)
        {
            try
            {
                // FileShare.None is an exclusive lock on the open file (flock on Unix): the OS drops it with the process.
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (!cancellationToken.IsCancellationRequested)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(50), cancellationToken);
            }
        }
    }

    public async Task SaveInputsAsync(string runId, IAsyncEnumerable<InputSlice> slices, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(slices);
        var target = InputsDirectory(runId);
        var staging = Temporary(target, Environment.CurrentManagedThreadId);
        Directory.CreateDirectory(staging);
        try
        {
            await foreach (var slice in slices.WithCancellation(cancellationToken))
            {
                var directory = Path.Combine(staging, ChunkName(slice.ChunkNo));
                Directory.CreateDirectory(directory);
                await using var stream = File.Create(Path.Combine(directory, $"{SafeName(slice.FileName, nameof(slices))}.{slice.Part:D5}"));
                InputSliceFile.Write(stream, slice);
            }

            // Replaced as a whole: a chunk job between the two steps finds no inputs and is retried.
            if (Directory.Exists(target))
            {
                Directory.Delete(target, recursive: true);
            }

            Directory.Move(staging, target);
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }

    public Task<IReadOnlyList<InputSlice>> ReadInputsAsync(
        string runId, int chunkNo, CancellationToken cancellationToken, Func<int, byte[]>? rentContent = null)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var directory = Path.Combine(InputsDirectory(runId), ChunkName(chunkNo));
        if (!Directory.Exists(directory))
        {
            throw new InvalidOperationException($"run {runId}: no input slices for chunk {chunkNo} in {Root}");
        }

        return Task.FromResult<IReadOnlyList<InputSlice>>([.. Directory.GetFiles(directory).Order(StringComparer.Ordinal).Select(path => InputSliceFile.Read(path, rentContent))]);
    }

    public Task DeleteInputsAsync(string runId, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var target = InputsDirectory(runId);
        if (Directory.Exists(target))
        {
            Directory.Delete(target, recursive: true);
        }

        return Task.CompletedTask;
    }

    public Task SaveChunkSummaryAsync(string runId, int chunkNo, ChunkSummary summary, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(chunkNo);
        cancellationToken.ThrowIfCancellationRequested();
        Directory.CreateDirectory(ChunkDirectory(runId));
        var bytes = ChunkSummaryGzip.Compress(summary);
        AtomicFile.Replace(SummaryFile(runId, chunkNo), stream => stream.Write(bytes));
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<ChunkSummary>> ReadChunkSummariesAsync(string runId, CancellationToken cancellationToken)
    {
        var run = RequireRun(runId);
        var summaries = new List<ChunkSummary>(run.Chunks);
        for (var chunk = 0; chunk < run.Chunks; chunk++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var path = SummaryFile(runId, chunk);
            if (!File.Exists(path))
            {
                throw new InvalidOperationException($"run {runId}: chunk {chunk} has no summary");
            }

            using var stream = File.OpenRead(path);
            summaries.Add(ChunkSummaryGzip.Decompress(stream));
        }

        return Task.FromResult<IReadOnlyList<ChunkSummary>>(summaries);
    }

    private string InputsDirectory(string runId) => Path.Combine(RunDirectory(runId), "inputs");

    private string SummaryFile(string runId, int chunkNo) => Path.Combine(ChunkDirectory(runId), chunkNo.ToString("D5", CultureInfo.InvariantCulture) + ".summary.gz");

    private static string ChunkName(int chunkNo) => chunkNo == InputSlice.Global ? "global" : chunkNo.ToString("D5", CultureInfo.InvariantCulture);
}
