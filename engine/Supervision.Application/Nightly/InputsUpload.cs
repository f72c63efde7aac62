using System.Threading.Channels;
using Supervision.Data.Import.Slices;
using Supervision.Model.Import;
using Supervision.Runs;

namespace Supervision.Application.Nightly;

/// <summary>
/// Cuts the data directory into the run's per-chunk slices and stores them with the run, streaming: the partitioner
/// reads the files while the store writes the slices already cut, and at most a few parts are held in memory.
/// </summary>
internal static class InputsUpload
{
    private const int SlicesInFlight = 4;

    public static async Task<InputPartition> RunAsync(
        IRunStore store, string runId, string dataDirectory, int chunkSize, bool learnedRisk, CancellationToken cancellationToken)
    {
        var buffers = new SliceBuffers();
        var channel = Channel.CreateBounded<InputSlice>(new BoundedChannelOptions(SlicesInFlight) { SingleReader = true, SingleWriter = true });
        using var failed = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var save = Task.Run(async () =>
        {
            try
            {
                await store.SaveInputsAsync(runId, Recycled(channel.Reader.ReadAllAsync(failed.Token), buffers), failed.Token);
            }
            catch
            {
                // The partitioner must not wait for room in a channel nobody reads any more.
                await failed.CancelAsync();
                throw;
            }
        }, CancellationToken.None);
        var cut = Task.Run(async () =>
        {
            try
            {
                var partition = await new InputPartitioner(chunkSize, buffers: buffers).PartitionAsync(
                    dataDirectory, learnedRisk, (slice, ct) => channel.Writer.WriteAsync(slice, ct), failed.Token);
                channel.Writer.Complete();
                return partition;
            }
            catch (Exception e)
            {
                channel.Writer.Complete(e);
                throw;
            }
        }, CancellationToken.None);

        try
        {
            await save;
        }
        catch (Exception) when (cut.IsFaulted || !cut.IsCompleted)
        {
            // The partitioner's own error (a missing registry, an unreadable file) says more than the store's echo of it.
            try
            {
                await cut;
            }
            catch (OperationCanceledException)
            {
            }

            throw;
        }

        return await cut;
    }

    /// <summary>
    /// The slices, each one's array given back for reuse once the store asks for the next (a store consumes a slice
    /// before it asks for the next one: see <see cref="IRunStore.SaveInputsAsync"/>).
    /// </summary>
    private static async IAsyncEnumerable<InputSlice> Recycled(IAsyncEnumerable<InputSlice> slices, SliceBuffers buffers)
    {
        await foreach (var slice in slices)
        {
            yield return slice;
            buffers.Return(slice);
        }
    }
}
