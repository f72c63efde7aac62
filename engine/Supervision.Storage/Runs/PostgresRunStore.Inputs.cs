using System.Collections.Concurrent;
using Npgsql;
using NpgsqlTypes;
using Supervision.Model.Import;
using Supervision.Runs;

namespace Supervision.Storage.Runs;

/// <summary>The run's input slices (run_inputs) and its chunks' summaries (run_chunks.summary).</summary>
public sealed partial class PostgresRunStore
{
    // Buffers for compressing chunk summaries, a few megabytes each, kept for the next chunk: growing a new one for
    // every chunk was a series of large-object allocations, and those bring full collections nearer.
    private static readonly ConcurrentBag<MemoryStream> SummaryBuffers = [];

    public async Task<IAsyncDisposable> LockPlanningAsync(string runId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(runId);
        var connection = await database.OpenConnectionAsync(cancellationToken);
        try
        {
            await StoreCommand.ExecuteAsync(connection, null, RunSql.LockPlanning, cancellationToken, AdvisoryLockKeys.Planning);
            return new PlanningLock(connection);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public async Task SaveInputsAsync(string runId, IAsyncEnumerable<InputSlice> slices, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(runId);
        ArgumentNullException.ThrowIfNull(slices);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await StoreCommand.ExecuteAsync(connection, transaction, RunSql.DeleteInputs, cancellationToken, runId);
        await using (var insert = new NpgsqlCommand(RunSql.InsertInput, connection, transaction))
        {
            var runIdValue = new NpgsqlParameter<string> { TypedValue = runId, NpgsqlDbType = NpgsqlDbType.Text };
            var chunkNo = new NpgsqlParameter<int> { NpgsqlDbType = NpgsqlDbType.Integer };
            var fileName = new NpgsqlParameter<string> { NpgsqlDbType = NpgsqlDbType.Text };
            var part = new NpgsqlParameter<int> { NpgsqlDbType = NpgsqlDbType.Integer };
            var path = new NpgsqlParameter<string> { NpgsqlDbType = NpgsqlDbType.Text };
            var encoding = new NpgsqlParameter<string> { NpgsqlDbType = NpgsqlDbType.Text };
            var warning = new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text };
            var missing = new NpgsqlParameter<bool> { NpgsqlDbType = NpgsqlDbType.Boolean };
            var lines = new NpgsqlParameter<int[]> { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Integer };
            var content = new NpgsqlParameter<ReadOnlyMemory<byte>> { NpgsqlDbType = NpgsqlDbType.Bytea };
            var earlierKeys = new NpgsqlParameter<string[]> { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text };
            var earlierLines = new NpgsqlParameter<int[]> { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Integer };
            var utf8Lines = new NpgsqlParameter<long> { NpgsqlDbType = NpgsqlDbType.Bigint };
            var notUtf8Lines = new NpgsqlParameter<long> { NpgsqlDbType = NpgsqlDbType.Bigint };
            var neitherLines = new NpgsqlParameter<long> { NpgsqlDbType = NpgsqlDbType.Bigint };
            insert.Parameters.AddRange(new NpgsqlParameter[]
            {
                runIdValue, chunkNo, fileName, part, path, encoding, warning, missing, lines, content, earlierKeys, earlierLines, utf8Lines, notUtf8Lines, neitherLines,
            });
            await insert.PrepareAsync(cancellationToken);
            await foreach (var slice in slices.WithCancellation(cancellationToken))
            {
                chunkNo.TypedValue = slice.ChunkNo;
                fileName.TypedValue = slice.FileName;
                part.TypedValue = slice.Part;
                path.TypedValue = slice.Path;
                encoding.TypedValue = slice.Encoding;
                warning.Value = slice.EncodingWarning ?? (object)DBNull.Value;
                missing.TypedValue = slice.Missing;
                lines.TypedValue = slice.Lines;
                content.TypedValue = slice.Content;
                earlierKeys.TypedValue = slice.EarlierKeys ?? [];
                earlierLines.TypedValue = slice.EarlierLines ?? [];
                var encodingLines = slice.EncodingLines ?? EncodingLineCounts.None;
                utf8Lines.TypedValue = encodingLines.Utf8Lines;
                notUtf8Lines.TypedValue = encodingLines.NotUtf8Lines;
                neitherLines.TypedValue = encodingLines.NeitherLines;
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<InputSlice>> ReadInputsAsync(
        string runId, int chunkNo, CancellationToken cancellationToken, Func<int, byte[]>? rentContent = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(runId);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = StoreCommand.Create(connection, null, RunSql.ReadInputs, runId, chunkNo);

        // Sequential access: the content is read straight into its array (a rented one when given), not buffered first.
        await using var reader = await command.ExecuteReaderAsync(System.Data.CommandBehavior.SequentialAccess, cancellationToken);
        var slices = new List<InputSlice>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var (fileName, part, path, encoding) = (reader.GetString(0), reader.GetInt32(1), reader.GetString(2), reader.GetString(3));
            var warning = await reader.IsDBNullAsync(4, cancellationToken) ? null : reader.GetString(4);
            var missing = reader.GetBoolean(5);
            var lines = await reader.GetFieldValueAsync<int[]>(6, cancellationToken);
            var length = (int)reader.GetBytes(7, 0, null, 0, 0);
            var content = rentContent?.Invoke(length) ?? new byte[length];
            await using (var stream = await reader.GetStreamAsync(7, cancellationToken))
            {
                await stream.ReadExactlyAsync(content.AsMemory(0, length), cancellationToken);
            }

            var earlierKeys = await reader.GetFieldValueAsync<string[]>(8, cancellationToken);
            var earlierLines = await reader.GetFieldValueAsync<int[]>(9, cancellationToken);
            var encodingLines = new EncodingLineCounts(reader.GetInt64(10), reader.GetInt64(11), reader.GetInt64(12));
            slices.Add(new InputSlice(chunkNo, fileName, part, path, encoding, warning, content.AsMemory(0, length), lines, missing,
                earlierKeys, earlierLines, encodingLines));
        }

        return slices.Count > 0 ? slices : throw new InvalidOperationException($"run {runId}: no input slices for chunk {chunkNo} in {database.Target}");
    }

    public async Task DeleteInputsAsync(string runId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(runId);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await StoreCommand.ExecuteAsync(connection, null, RunSql.DeleteInputs, cancellationToken, runId);
    }

    public async Task SaveChunkSummaryAsync(string runId, int chunkNo, ChunkSummary summary, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(runId);
        ArgumentOutOfRangeException.ThrowIfNegative(chunkNo);
        ArgumentNullException.ThrowIfNull(summary);
        var buffer = SummaryBuffers.TryTake(out var reused) ? reused : new MemoryStream();
        try
        {
            buffer.SetLength(0);
            ChunkSummaryGzip.Compress(summary, buffer);
            var stored = new NpgsqlParameter<ArraySegment<byte>>
            {
                TypedValue = new ArraySegment<byte>(buffer.GetBuffer(), 0, (int)buffer.Length),
                NpgsqlDbType = NpgsqlDbType.Bytea,
            };
            await using var connection = await database.OpenConnectionAsync(cancellationToken);
            var updated = await StoreCommand.ExecuteAsync(connection, null, RunSql.SaveChunkSummary, cancellationToken, runId, chunkNo, stored);
            if (updated == 0)
            {
                throw new InvalidOperationException($"run {runId} has no chunk {chunkNo} in {database.Target}");
            }
        }
        finally
        {
            SummaryBuffers.Add(buffer);
        }
    }

    public async Task<IReadOnlyList<ChunkSummary>> ReadChunkSummariesAsync(string runId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(runId);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = StoreCommand.Create(connection, null, RunSql.ReadChunkSummaries, runId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var stored = new List<byte[]>();
        while (await reader.ReadAsync(cancellationToken))
        {
            if (reader.IsDBNull(1))
            {
                throw new InvalidOperationException($"run {runId}: chunk {reader.GetInt32(0)} has no summary");
            }

            stored.Add(reader.GetFieldValue<byte[]>(1));
        }

        // Decompressed side by side, kept in chunk order.
        var summaries = new ChunkSummary[stored.Count];
        Parallel.For(0, stored.Count, i => summaries[i] = ChunkSummaryGzip.Decompress(new MemoryStream(stored[i])));
        return summaries;
    }

    // The session lock lives as long as its connection: closing the connection (or the process dying) releases it.
    private sealed class PlanningLock(NpgsqlConnection connection) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await StoreCommand.ExecuteAsync(connection, null, RunSql.UnlockPlanning, CancellationToken.None, AdvisoryLockKeys.Planning);
            }
            finally
            {
                await connection.DisposeAsync();
            }
        }
    }
}
