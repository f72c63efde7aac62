using System.Globalization;
using System.Text.Json;
using Npgsql;
using NpgsqlTypes;
using Supervision.Draws.Drawing;
using Supervision.Draws.Record;
using Supervision.Rules.Compilation;
using Supervision.Runs;

namespace Supervision.Storage.Runs;

/// <summary>Draws: claims unique per (plan, date), and the draw with its tasks in one transaction.</summary>
public sealed partial class PostgresRunStore
{
    /// <summary>In PostgreSQL the assessments table is the export; files are rendered from it by whoever needs them.</summary>
    public Task ExportAssessmentsAsync(string runId, CompiledBundle bundle, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.CompletedTask;
    }

    public async Task<DrawClaim> ClaimDrawAsync(string runId, DateOnly drawDate, IReadOnlyList<PlanPeriod> plans, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(runId);
        ArgumentNullException.ThrowIfNull(plans);
        var ordered = plans.Distinct().OrderBy(p => p.PlanId, StringComparer.Ordinal).ThenBy(p => p.From).ToArray();
        var (ids, froms, tos) = (ordered.Select(p => p.PlanId).ToArray(), ordered.Select(p => p.From).ToArray(), ordered.Select(p => p.To).ToArray());
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        // The advisory lock makes claiming a set of plans one step for every run; the primary key of plan_period_claims would
        // refuse a second holder of a plan even without it.
        await StoreCommand.ExecuteAsync(connection, transaction, RunSql.LockClaims, cancellationToken, AdvisoryLockKeys.DrawClaims);
        await StoreCommand.ExecuteAsync(connection, transaction, RunSql.InsertClaims, cancellationToken, ids, froms, tos, drawDate, runId, clock.GetUtcNow());
        await using (var owners = StoreCommand.Create(connection, transaction, RunSql.ClaimOwners, ids, froms, tos, runId))
        await using (var reader = await owners.ExecuteReaderAsync(cancellationToken))
        {
            if (await reader.ReadAsync(cancellationToken))
            {
                var refusal = new DrawClaim(false, reader.GetString(0), reader.GetString(1));
                await reader.DisposeAsync();
                await transaction.RollbackAsync(cancellationToken);
                return refusal;
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return DrawClaim.Acquired;
    }

    public async Task<IReadOnlyList<DrawClaim>> HeldByOthersAsync(string runId, IReadOnlyList<PlanPeriod> plans, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(runId);
        ArgumentNullException.ThrowIfNull(plans);
        var distinct = plans.Distinct().ToArray();
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = StoreCommand.Create(connection, null, RunSql.HeldByOthers,
            distinct.Select(p => p.PlanId).ToArray(), distinct.Select(p => p.From).ToArray(), distinct.Select(p => p.To).ToArray(), runId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var held = new List<DrawClaim>();
        while (await reader.ReadAsync(cancellationToken))
        {
            held.Add(new DrawClaim(false, reader.GetString(0), reader.GetString(1)));
        }

        return held;
    }

    public async Task SaveDrawAsync(string runId, DrawResult draw, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(runId);
        ArgumentNullException.ThrowIfNull(draw);
        var record = draw.Record;

        // The exclusions are compressed on one core while the record is serialized on the other; the record goes to
        // PostgreSQL as the UTF-8 bytes it is stored as (a million enterprises make it over 100 MB: no UTF-16 copy), both
        // streamed from segments (no doubling buffers, no copy into one array; at a million enterprises the save's peak went
        // from 1.47 to 1.22 GiB).
        var compressing = Task.Run(() => ExclusionsGzip.Compress(draw.Exclusions), cancellationToken);
        var serializing = Task.Run(() => Serialize(record), cancellationToken);
        await Task.WhenAll(compressing, serializing);
        await using var recordJson = await serializing;
        await using var exclusions = await compressing;
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var inserted = await StoreCommand.ExecuteAsync(connection, transaction, RunSql.InsertDraw, cancellationToken,
            record.DrawId, record.Plans.Select(p => p.Id).ToArray(), record.AsOf, record.AsOf, runId, record.SeedCommitment,
            record.PopulationSha256, StreamOf(recordJson, NpgsqlDbType.Json), draw.PopulationSnapshot, StreamOf(exclusions, NpgsqlDbType.Bytea),
            clock.GetUtcNow());
        if (inserted == 0)
        {
            // The same draw (its id is a function of the run) is already saved: a second delivery changes nothing.
            await transaction.RollbackAsync(cancellationToken);
            return;
        }

        await CopyTasksAsync(connection, record, cancellationToken);
        await InsertItemsAsync(connection, transaction, record, cancellationToken);
        await InsertPublicHeaderAsync(connection, transaction, record, cancellationToken);
        var tasks = record.Outcome.Tasks;
        await audit.AppendAsync(transaction, "draw", record.DrawId, JsonSerializer.SerializeToElement(new
        {
            run = runId,
            draw_date = record.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            plans = record.Plans.Select(p => p.Id).ToArray(),
            algorithm = record.Algorithm,
            seed_commitment = record.SeedCommitment,
            bundle = record.BundleHash,
            population_sha256 = record.PopulationSha256,
            tasks = tasks.Count,
            unassigned = tasks.Count(t => t.UnassignedReason is not null),
            visits = record.Outcome.Visits.Count,
        }), Worker, cancellationToken);
        BeforeCommit?.Invoke("draw");
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<DrawResult?> ReadDrawAsync(string runId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(runId);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = StoreCommand.Create(connection, null, RunSql.ReadDraw, runId);

        // Sequential access: the record is deserialized from the bytes as they arrive (for a million enterprises it is
        // over 80 MB: no UTF-16 copy of it), then the snapshot and the exclusions are read in column order.
        await using var reader = await command.ExecuteReaderAsync(System.Data.CommandBehavior.SequentialAccess, cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        DrawRecord record;
        await using (var json = await reader.GetStreamAsync(0, cancellationToken))
        {
            record = await JsonSerializer.DeserializeAsync<DrawRecord>(json, RecordJson.Options, cancellationToken)
                ?? throw new InvalidDataException($"run {runId}: the stored draw record is empty");
        }

        var snapshot = await reader.GetFieldValueAsync<byte[]>(1, cancellationToken);
        var exclusions = ExclusionsGzip.Decompress(await reader.GetFieldValueAsync<byte[]>(2, cancellationToken));
        return new DrawResult(record, snapshot, exclusions, []);
    }

    private static SegmentedMemoryStream Serialize(DrawRecord record)
    {
        var json = new SegmentedMemoryStream();
        JsonSerializer.Serialize(json, record, RecordJson.Compact);
        json.Position = 0;
        return json;
    }

    // A seekable stream: Npgsql sends its length, then its bytes straight from the segments.
    private static NpgsqlParameter StreamOf(Stream bytes, NpgsqlDbType type) => new NpgsqlParameter<Stream> { TypedValue = bytes, NpgsqlDbType = type };

    private static Task InsertItemsAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, DrawRecord record, CancellationToken cancellationToken)
    {
        var items = record.Plans.SelectMany(p => p.Items.Select((item, position) => (Plan: p.Id, Position: position, Item: item))).ToArray();
        return StoreCommand.ExecuteAsync(connection, transaction, RunSql.InsertItems, cancellationToken,
            record.DrawId, items.Select(i => i.Plan).ToArray(), items.Select(i => i.Item.Code).ToArray(), items.Select(i => i.Position).ToArray(),
            items.Select(i => i.Item.Title).ToArray(), items.Select(i => i.Item.Basis).ToArray(), items.Select(i => i.Item.Key).ToArray(),
            items.Select(i => i.Item.Department).ToArray());
    }

    // What the public pages read of the record (migration 0014), written from the record in memory: copied out of the
    // stored record on first use instead, a draw of a million enterprises kept the first visitor waiting 11.5 s.
    private static Task InsertPublicHeaderAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, DrawRecord record, CancellationToken cancellationToken)
    {
        var header = JsonSerializer.SerializeToNode(record with { Outcome = new DrawOutcome([], [], []), Inspectors = [] }, RecordJson.Options)!.AsObject();
        header.Remove("outcome");
        header.Remove("inspectors");
        return StoreCommand.ExecuteAsync(connection, transaction, RunSql.InsertPublicHeader, cancellationToken,
            record.DrawId, header.ToJsonString(RecordJson.Compact), JsonSerializer.Serialize(record.Outcome.Visits, RecordJson.Compact));
    }

    private static async Task CopyTasksAsync(NpgsqlConnection connection, DrawRecord record, CancellationToken cancellationToken)
    {
        await using var writer = await connection.BeginBinaryImportAsync(RunSql.CopyTasks, cancellationToken);
        foreach (var task in record.Outcome.Tasks)
        {
            await writer.StartRowAsync(cancellationToken);
            await writer.WriteAsync(record.DrawId, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(task.TaskId, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(task.PlanId, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(task.Uscc, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(task.Department, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(task.Pool, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(task.VisitId, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(task.WindowFrom, NpgsqlDbType.Date, cancellationToken);
            await writer.WriteAsync(task.WindowTo, NpgsqlDbType.Date, cancellationToken);
            await writer.WriteAsync(task.Items.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(task.Team.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken);
            if (task.UnassignedReason is null)
            {
                await writer.WriteNullAsync(cancellationToken);
            }
            else
            {
                await writer.WriteAsync(task.UnassignedReason, NpgsqlDbType.Text, cancellationToken);
            }

            await writer.WriteAsync(task.Name, NpgsqlDbType.Text, cancellationToken);
        }

        await writer.CompleteAsync(cancellationToken);
    }
}
