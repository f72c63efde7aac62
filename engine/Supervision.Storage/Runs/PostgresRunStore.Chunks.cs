using System.Runtime.CompilerServices;
using Npgsql;
using NpgsqlTypes;
using Supervision.Rules.Compilation;
using Supervision.Rules.Scoring;

namespace Supervision.Storage.Runs;

/// <summary>Chunks: lossless assessments by binary COPY, and the fan-in counter.</summary>
public sealed partial class PostgresRunStore
{
    public async Task SaveChunkAsync(string runId, int chunkNo, IReadOnlyList<Assessment> assessments, CompiledBundle bundle, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(runId);
        ArgumentOutOfRangeException.ThrowIfNegative(chunkNo);
        ArgumentNullException.ThrowIfNull(assessments);
        ArgumentNullException.ThrowIfNull(bundle);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        // FOR SHARE: chunks save side by side, while a status change of the run waits for them.
        int chunkSize, chunks;
        DateOnly asOf;
        string bundleHash;
        await using (var read = StoreCommand.Create(connection, transaction, RunSql.ShareRun, runId))
        await using (var reader = await read.ExecuteReaderAsync(cancellationToken))
        {
            if (!await reader.ReadAsync(cancellationToken))
            {
                throw new InvalidOperationException($"run {runId} does not exist in {database.Target}");
            }

            (chunkSize, asOf, bundleHash, chunks) = (reader.GetInt32(0), reader.GetFieldValue<DateOnly>(1), reader.GetString(2), reader.GetInt32(3));
        }

        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(chunkNo, chunks);

        // The table keeps the run's as-of date and bundle once; an assessment that differs would not read back as it was.
        if (assessments.FirstOrDefault(a => a.AsOf != asOf || a.BundleHash != bundleHash) is { } stranger)
        {
            throw new ArgumentException($"assessment of {stranger.Uscc} is as of {stranger.AsOf:yyyy-MM-dd} under {stranger.BundleHash}, not the run's", nameof(assessments));
        }

        await StoreCommand.ExecuteAsync(connection, transaction, RunSql.DeleteChunkAssessments, cancellationToken, runId, chunkNo);
        await CopyAssessmentsAsync(connection, runId, chunkNo, chunkNo * chunkSize, assessments, bundle, cancellationToken);
        await StoreCommand.ExecuteAsync(connection, transaction, RunSql.MarkChunkSaved, cancellationToken, runId, chunkNo, clock.GetUtcNow(), Worker);
        BeforeCommit?.Invoke("chunk");
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<bool> CompleteChunkAsync(string runId, int chunkNo, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(runId);
        ArgumentOutOfRangeException.ThrowIfNegative(chunkNo);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var counted = await StoreCommand.ExecuteAsync(connection, transaction, RunSql.CompleteChunk, cancellationToken, runId, chunkNo, clock.GetUtcNow());
        if (counted == 0)
        {
            await using var saved = StoreCommand.Create(connection, transaction, RunSql.ChunkSaved, runId, chunkNo);
            var isSaved = await saved.ExecuteScalarAsync(cancellationToken);
            await transaction.RollbackAsync(cancellationToken);
            return isSaved switch
            {
                null => throw new ArgumentOutOfRangeException(nameof(chunkNo), chunkNo, $"run {runId} has no chunk {chunkNo}"),
                false => throw new InvalidOperationException($"run {runId}: chunk {chunkNo} cannot be complete before it is saved"),
                _ => false,
            };
        }

        bool last;
        await using (var count = StoreCommand.Create(connection, transaction, RunSql.CountChunk, runId))
        {
            last = (bool)(await count.ExecuteScalarAsync(cancellationToken))!;
        }

        await transaction.CommitAsync(cancellationToken);
        return last;
    }

    public async Task<IReadOnlySet<int>> CompletedChunksAsync(string runId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(runId);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = StoreCommand.Create(connection, null, RunSql.CompletedChunks, runId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var done = new HashSet<int>();
        while (await reader.ReadAsync(cancellationToken))
        {
            done.Add(reader.GetInt32(0));
        }

        return done;
    }

    public async Task<IReadOnlyList<Assessment>> ReadAssessmentsAsync(string runId, CompiledBundle bundle, CancellationToken cancellationToken)
    {
        var assessments = new List<Assessment>();
        await foreach (var assessment in StreamAssessmentsAsync(runId, bundle, cancellationToken))
        {
            assessments.Add(assessment);
        }

        return assessments;
    }

    public async IAsyncEnumerable<Assessment> StreamAssessmentsAsync(
        string runId, CompiledBundle bundle, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        var run = await GetRunAsync(runId, cancellationToken) ?? throw new InvalidOperationException($"run {runId} does not exist in {database.Target}");
        var elements = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var element in bundle.Elements)
        {
            elements.TryAdd(element.Id, element.Index);
        }

        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = StoreCommand.Create(connection, null, RunSql.ReadAssessments, runId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var count = 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            var hits = reader.GetFieldValue<string[]>(11).Select(id => elements.TryGetValue(id, out var index)
                ? index
                : throw new InvalidDataException($"run {runId}: element '{id}' is not in bundle {bundle.Bundle.ContentHash}")).ToArray();
            var outcome = new Outcome(
                reader.GetDouble(2), reader.GetString(3), reader.GetDouble(4), reader.GetString(5), reader.GetString(6), reader.GetDouble(7),
                reader.GetInt32(8), reader.GetBoolean(9), reader.GetString(10), hits, reader.IsDBNull(12) ? null : reader.GetString(12));
            count++;
            var facets = new EnterpriseFacets(reader.GetString(13), reader.GetString(14), reader.GetString(15), reader.GetString(16));
            yield return new Assessment(reader.GetString(0), reader.GetString(1), run.AsOf, run.BundleHash, outcome, facets);
        }

        if (count != run.Enterprises)
        {
            throw new InvalidOperationException($"run {runId}: {count:N0} of {run.Enterprises:N0} assessments are saved; a chunk is missing");
        }
    }

    private static async Task CopyAssessmentsAsync(
        NpgsqlConnection connection, string runId, int chunkNo, int firstPosition, IReadOnlyList<Assessment> assessments, CompiledBundle bundle,
        CancellationToken cancellationToken)
    {
        // In the primary key's order: the server inserts each key next to the one before instead of all over the index.
        var order = new int[assessments.Count];
        var usccs = new string[assessments.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
            usccs[i] = assessments[i].Uscc;
        }

        Array.Sort(usccs, order, StringComparer.Ordinal);
        await using var writer = await connection.BeginBinaryImportAsync(RunSql.CopyAssessments, cancellationToken);
        foreach (var i in order)
        {
            var a = assessments[i];
            var o = a.Outcome;
            var fired = new string[o.Hits.Count];
            for (var h = 0; h < fired.Length; h++)
            {
                fired[h] = bundle.Elements[o.Hits[h]].Id;
            }

            await writer.StartRowAsync(cancellationToken);
            await writer.WriteAsync(runId, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(chunkNo, NpgsqlDbType.Integer, cancellationToken);
            await writer.WriteAsync(firstPosition + i, NpgsqlDbType.Integer, cancellationToken);
            await writer.WriteAsync(a.Uscc, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(a.Name, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(o.SafetyScore, NpgsqlDbType.Double, cancellationToken);
            await writer.WriteAsync(o.SafetyLevel, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(o.CreditScore, NpgsqlDbType.Double, cancellationToken);
            await writer.WriteAsync(o.CreditClass, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(o.Category, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(o.Ratio, NpgsqlDbType.Double, cancellationToken);
            await writer.WriteAsync(o.MinCount, NpgsqlDbType.Integer, cancellationToken);
            await writer.WriteAsync(o.Exempt, NpgsqlDbType.Boolean, cancellationToken);
            await writer.WriteAsync(o.Regime, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(fired, NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken);
            if (o.Error is null)
            {
                await writer.WriteNullAsync(cancellationToken);
            }
            else
            {
                await writer.WriteAsync(o.Error, NpgsqlDbType.Text, cancellationToken);
            }

            await writer.WriteAsync(a.Facets.IndustryCode, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(a.Facets.Region, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(a.Facets.District, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(a.Facets.Grid, NpgsqlDbType.Text, cancellationToken);
        }

        await writer.CompleteAsync(cancellationToken);
    }
}
