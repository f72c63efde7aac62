using System.Text.Json;
using Npgsql;
using Supervision.Runs;
using Supervision.Storage.Audit;

namespace Supervision.Storage.Runs;

/// <summary>
/// The run store of the scaled-out mode: the nightly run's state in PostgreSQL, shared by every worker process on every
/// machine. The run is a row of <c>assessment_runs</c> with one <c>run_chunks</c> row per chunk; assessments are rows of
/// <c>assessments</c>; the fan-in counter is <c>assessment_runs.chunks_done</c>; a draw is unique per (plan, date) by
/// the primary key of <c>plan_period_claims</c> (one draw per plan and period), and written with its tasks in one transaction.
/// </summary>
/// <remarks>
/// Thread-safe and safe across processes: each method is one transaction, so a process killed at any point leaves
/// either all of a step or none of it. Planning a run, finishing it and saving its draw append to the audit log in the
/// same transaction as the work they record.
/// </remarks>
public sealed partial class PostgresRunStore : IRunStore
{
    private readonly Database database;
    private readonly AuditLog audit;
    private readonly TimeProvider clock;

    /// <param name="database">The Supervision database (migrated).</param>
    /// <param name="clock">Stamps chunk progress and audit entries.</param>
    /// <param name="worker">Who is working, for run_chunks.worker and the audit log's actor (e.g. host:pid).</param>
    public PostgresRunStore(Database database, TimeProvider clock, string worker)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentException.ThrowIfNullOrWhiteSpace(worker);
        this.database = database;
        this.clock = clock;
        Worker = worker;
        audit = new AuditLog(database, clock);
    }

    /// <summary>Who is working through this store.</summary>
    public string Worker { get; }

    /// <summary>
    /// Called with "chunk" or "draw" just before the transaction that saves a chunk or a draw commits. Fault-injection
    /// tests block here and kill the process, to show that nothing half-written survives.
    /// </summary>
    public Action<string>? BeforeCommit { get; init; }

    public async Task<RunRecord?> GetRunAsync(string runId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(runId);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return await ReadRunAsync(connection, null, runId, cancellationToken);
    }

    public async Task<RunRecord> CreateRunAsync(RunRecord run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var inserted = await StoreCommand.ExecuteAsync(connection, transaction, RunSql.InsertRun, cancellationToken,
            run.RunId, run.AsOf, run.BundleId, run.BundleVersion, run.BundleHash, run.DataHash, run.Seed, run.ChunkSize, run.Chunks,
            run.Enterprises, run.RejectedRows, run.ImportReport, RunStatusText.Of(run.Status), run.Message, run.DrawId,
            run.CreatedAt, run.UpdatedAt);
        if (inserted == 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            return await ReadRunAsync(connection, null, run.RunId, cancellationToken)
                ?? throw new InvalidOperationException($"run {run.RunId} conflicted on insert but cannot be read");
        }

        await StoreCommand.ExecuteAsync(connection, transaction, RunSql.InsertChunks, cancellationToken, run.RunId, run.Chunks);
        await audit.AppendAsync(transaction, "run", run.RunId, JsonSerializer.SerializeToElement(new
        {
            @event = "planned",
            as_of = run.AsOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            bundle = run.BundleHash,
            bundle_version = run.BundleVersion,
            data = run.DataHash,
            enterprises = run.Enterprises,
            chunks = run.Chunks,
            rejected_rows = run.RejectedRows,
        }), Worker, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return run;
    }

    public async Task UpdateRunAsync(RunRecord run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        string before;
        await using (var read = StoreCommand.Create(connection, transaction, RunSql.LockRun, run.RunId))
        {
            before = await read.ExecuteScalarAsync(cancellationToken) as string
                ?? throw new InvalidOperationException($"run {run.RunId} does not exist in {database.Target}");
        }

        var status = RunStatusText.Of(run.Status);
        await StoreCommand.ExecuteAsync(connection, transaction, RunSql.UpdateRun, cancellationToken,
            run.RunId, status, run.Message, run.DrawId, run.RejectedRows, run.ImportReport, run.UpdatedAt);
        if (before != status)
        {
            await audit.AppendAsync(transaction, "run", run.RunId, JsonSerializer.SerializeToElement(new
            {
                @event = status,
                previous = before,
                message = run.Message,
                draw = run.DrawId,
            }), Worker, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task<RunRecord?> ReadRunAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string runId, CancellationToken cancellationToken)
    {
        await using var command = StoreCommand.Create(connection, transaction, RunSql.GetRun, runId);
        return await ReadRunAsync(command, cancellationToken);
    }

    private static async Task<RunRecord?> ReadRunAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Run(reader) : null;
    }

    /// <summary>Every run <paramref name="command"/> selects (with <see cref="RunSql.RunColumns"/>), in its order.</summary>
    private static async Task<IReadOnlyList<RunRecord>> ReadRunsAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var runs = new List<RunRecord>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            runs.Add(Run(reader));
        }

        return runs;
    }

    private static RunRecord Run(NpgsqlDataReader reader)
        => new(
            reader.GetString(0), reader.GetFieldValue<DateOnly>(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
            reader.GetString(5), reader.GetString(6), reader.GetInt32(7), reader.GetInt32(8), reader.GetInt32(9), reader.GetInt64(10),
            reader.GetString(11), RunStatusText.Parse(reader.GetString(12)))
        {
            Message = reader.GetString(13),
            DrawId = reader.IsDBNull(14) ? null : reader.GetString(14),
            CreatedAt = reader.GetFieldValue<DateTimeOffset>(15),
            UpdatedAt = reader.GetFieldValue<DateTimeOffset>(16),
        };
}
