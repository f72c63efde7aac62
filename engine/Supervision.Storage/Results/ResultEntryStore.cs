using System.Text.Json;
using Npgsql;
using NpgsqlTypes;
using Supervision.Storage.Audit;
using Supervision.Storage.Tasks;

namespace Supervision.Storage.Results;

/// <summary>
/// Results entered in the web service (检查结果录入): one member of a task's team enters the result, another member it names
/// confirms it; only then does it count (<c>results export</c> reads confirmed results only). Entry and confirmation are
/// each appended to the audit log in the transaction that stores them.
/// </summary>
/// <remarks>
/// Like <see cref="InspectorTaskStore"/>, every call finds the task among the inspector's own in the same statement, so
/// another inspector's task is indistinguishable from none. Validation is not here: the application checks a result with
/// the results file's validator before it is stored. Thread-safe; each call uses its own connection.
/// </remarks>
public sealed class ResultEntryStore
{
    /// <summary>Audit kind of a result entered.</summary>
    public const string EntryKind = "result-entry";

    /// <summary>Audit kind of a result confirmed.</summary>
    public const string ConfirmationKind = "result-confirmation";

    private readonly Database database;
    private readonly TimeProvider clock;
    private readonly AuditLog audit;

    public ResultEntryStore(Database database, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(clock);
        this.database = database;
        this.clock = clock;
        audit = new AuditLog(database, clock);
    }

    /// <summary>The result of task <paramref name="taskNo"/> if it is one of <paramref name="inspectorId"/>'s and has one, else null.</summary>
    public async Task<ResultEntry?> FindAsync(string inspectorId, long taskNo, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(inspectorId);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(ResultSql.Find, connection);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = inspectorId });
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = taskNo });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return new ResultEntry(
            reader.GetString(0), reader.IsDBNull(1) ? new Dictionary<string, string>() : Cells(reader.GetString(1)),
            reader.GetFieldValue<string[]>(2), reader.IsDBNull(3) ? "" : reader.GetString(3), reader.GetString(4),
            reader.GetFieldValue<DateTimeOffset>(5), reader.GetBoolean(6), reader.IsDBNull(7) ? null : reader.GetString(7),
            reader.IsDBNull(8) ? null : reader.GetFieldValue<DateTimeOffset>(8));
    }

    /// <summary>
    /// <paramref name="inspectorId"/> (signed in as <paramref name="userName"/>) enters <paramref name="draft"/> as the result
    /// of their task <paramref name="taskNo"/>, replacing an entry not yet confirmed (whoever made it: the one who enters
    /// last is the recorder, and another member confirms).
    /// </summary>
    public async Task<EntryOutcome> RecordAsync(string inspectorId, string userName, long taskNo, ResultDraft draft, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(inspectorId);
        ArgumentException.ThrowIfNullOrWhiteSpace(userName);
        ArgumentNullException.ThrowIfNull(draft);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (await ClaimAsync(connection, transaction, inspectorId, taskNo, cancellationToken) is not { } claimed)
        {
            return EntryOutcome.NotFound;
        }

        var (drawId, taskId) = claimed;

        var now = clock.GetUtcNow();
        var entry = JsonSerializer.Serialize(draft.Cells);
        await using (var upsert = new NpgsqlCommand(ResultSql.Upsert, connection, transaction))
        {
            upsert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = drawId });
            upsert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = taskId });
            upsert.Parameters.Add(new NpgsqlParameter<DateOnly> { TypedValue = draft.InspectedOn });
            upsert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = draft.Outcome });
            upsert.Parameters.Add(new NpgsqlParameter<string>
            {
                TypedValue = JsonSerializer.Serialize(draft.Findings.Select(f => new { item = f.Item, violation = f.ViolationCode })),
                NpgsqlDbType = NpgsqlDbType.Jsonb,
            });
            upsert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = userName });
            upsert.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = now });
            upsert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = entry, NpgsqlDbType = NpgsqlDbType.Jsonb });
            upsert.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. draft.Inspectors] });
            upsert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = inspectorId });
            if (await upsert.ExecuteNonQueryAsync(cancellationToken) == 0)
            {
                return EntryOutcome.AlreadyConfirmed;
            }
        }

        await audit.AppendAsync(transaction, EntryKind, drawId, JsonSerializer.SerializeToElement(new
        {
            task = taskId,
            task_no = taskNo,
            inspector = inspectorId,
            outcome = draft.Outcome,
            entry = draft.Cells,
        }), userName, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return EntryOutcome.Recorded;
    }

    /// <summary>
    /// <paramref name="inspectorId"/> confirms the result of their task <paramref name="taskNo"/>: allowed only when someone
    /// else entered it and it names <paramref name="inspectorId"/> among those who inspected.
    /// </summary>
    public async Task<ConfirmOutcome> ConfirmAsync(string inspectorId, string userName, long taskNo, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(inspectorId);
        ArgumentException.ThrowIfNullOrWhiteSpace(userName);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (await ClaimAsync(connection, transaction, inspectorId, taskNo, cancellationToken) is not { } claimed)
        {
            return ConfirmOutcome.NotFound;
        }

        var (drawId, taskId) = claimed;

        await using (var lockResult = new NpgsqlCommand(ResultSql.Lock, connection, transaction))
        {
            lockResult.Parameters.Add(new NpgsqlParameter<string> { TypedValue = drawId });
            lockResult.Parameters.Add(new NpgsqlParameter<string> { TypedValue = taskId });
            await using var reader = await lockResult.ExecuteReaderAsync(cancellationToken);
            if (!await reader.ReadAsync(cancellationToken))
            {
                return ConfirmOutcome.NothingEntered;
            }

            if (reader.GetBoolean(0))
            {
                return ConfirmOutcome.AlreadyConfirmed;
            }

            if (!reader.IsDBNull(1) && reader.GetString(1) == inspectorId)
            {
                return ConfirmOutcome.OwnEntry;
            }

            if (!reader.GetFieldValue<string[]>(2).Contains(inspectorId, StringComparer.Ordinal))
            {
                return ConfirmOutcome.NotListed;
            }
        }

        var now = clock.GetUtcNow();
        await using (var confirm = new NpgsqlCommand(ResultSql.Confirm, connection, transaction))
        {
            confirm.Parameters.Add(new NpgsqlParameter<string> { TypedValue = drawId });
            confirm.Parameters.Add(new NpgsqlParameter<string> { TypedValue = taskId });
            confirm.Parameters.Add(new NpgsqlParameter<string> { TypedValue = inspectorId });
            confirm.Parameters.Add(new NpgsqlParameter<string> { TypedValue = userName });
            confirm.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = now });
            if (await confirm.ExecuteNonQueryAsync(cancellationToken) == 0)
            {
                return ConfirmOutcome.NothingEntered;
            }
        }

        await audit.AppendAsync(transaction, ConfirmationKind, drawId, JsonSerializer.SerializeToElement(new
        {
            task = taskId,
            task_no = taskNo,
            inspector = inspectorId,
        }), userName, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return ConfirmOutcome.Confirmed;
    }

    /// <summary>
    /// The confirmed results of draw <paramref name="drawId"/> entered in the service, as rows of the results file (column
    /// name → cell), in task order; with the draw's record (JSON as stored) and the teams changed by recusals; null when
    /// there is no such draw.
    /// </summary>
    public async Task<ConfirmedResults?> ConfirmedAsync(string drawId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(drawId);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        string record;
        await using (var command = new NpgsqlCommand(ResultSql.Record, connection))
        {
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = drawId });
            if (await command.ExecuteScalarAsync(cancellationToken) is not string json)
            {
                return null;
            }

            record = json;
        }

        var rows = new List<IReadOnlyDictionary<string, string>>();
        await using (var command = new NpgsqlCommand(ResultSql.Confirmed, connection))
        {
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = drawId });
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add(Cells(reader.GetString(0)));
            }
        }

        var teams = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        await using (var command = new NpgsqlCommand(ResultSql.ChangedTeams, connection))
        {
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = drawId });
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                teams[reader.GetString(0)] = reader.GetFieldValue<string[]>(1);
            }
        }

        return new ConfirmedResults(record, rows, teams);
    }

    /// <summary>
    /// The standing draws with results confirmed in the service whose inspection was on or before <paramref name="asOf"/>,
    /// by draw date then id: what a night takes in.
    /// </summary>
    public async Task<IReadOnlyList<string>> DrawsWithConfirmedAsync(DateOnly asOf, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(ResultSql.DrawsWithConfirmed, connection);
        command.Parameters.Add(new NpgsqlParameter<DateOnly> { TypedValue = asOf });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var draws = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            draws.Add(reader.GetString(0));
        }

        return draws;
    }

    private static async Task<(string DrawId, string TaskId)?> ClaimAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string inspectorId, long taskNo, CancellationToken cancellationToken)
    {
        await using var claim = new NpgsqlCommand(TaskSql.Claim, connection, transaction);
        claim.Parameters.Add(new NpgsqlParameter<string> { TypedValue = inspectorId });
        claim.Parameters.Add(new NpgsqlParameter<long> { TypedValue = taskNo });
        await using var reader = await claim.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? (reader.GetString(0), reader.GetString(1)) : null;
    }

    private static Dictionary<string, string> Cells(string json)
        => JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? [];
}
