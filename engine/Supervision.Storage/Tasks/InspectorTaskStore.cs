using System.Text.Json;
using Npgsql;
using Supervision.Storage.Audit;

namespace Supervision.Storage.Tasks;

/// <summary>
/// The inspector's side of the drawn tasks (检查任务): an inspector's own tasks, one of them by number, and the declaration
/// of a conflict of interest (回避申请) that takes the inspector off a task; the regulator's list of declarations to act on.
/// </summary>
/// <remarks>
/// Every read and write for an inspector is filtered by that inspector's id in the same statement that finds the task, so
/// another inspector's task is indistinguishable from one that does not exist (the pages answer 404 for both). Thread-safe;
/// each call uses its own connection. Time comes from the injected clock.
/// </remarks>
public sealed class InspectorTaskStore
{
    /// <summary>Audit kind of a declaration of a conflict of interest.</summary>
    public const string RecusalKind = "recusal";

    /// <summary>The most tasks an inbox lists (open ones first): a year of a busy inspector's work.</summary>
    public const int InboxLimit = 200;

    /// <summary>The most declarations the regulator's list shows at once.</summary>
    public const int PendingLimit = 500;

    private readonly Database database;
    private readonly TimeProvider clock;
    private readonly AuditLog audit;

    public InspectorTaskStore(Database database, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(clock);
        this.database = database;
        this.clock = clock;
        audit = new AuditLog(database, clock);
    }

    /// <summary>
    /// The tasks whose team holds <paramref name="inspectorId"/> and from which they have not withdrawn, of draws not voided:
    /// those without a result first, then by window, visit and department; at most <see cref="InboxLimit"/>.
    /// </summary>
    public async Task<IReadOnlyList<InspectorTask>> ListAsync(string inspectorId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(inspectorId);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(TaskSql.List, connection);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = inspectorId });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = InboxLimit });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var tasks = new List<InspectorTask>();
        while (await reader.ReadAsync(cancellationToken))
        {
            tasks.Add(Read(reader));
        }

        return tasks;
    }

    /// <summary>Task <paramref name="taskNo"/> if it is one of <paramref name="inspectorId"/>'s (as <see cref="ListAsync"/> would list it), else null.</summary>
    public async Task<InspectorTask?> FindAsync(string inspectorId, long taskNo, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(inspectorId);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(TaskSql.Find, connection);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = inspectorId });
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = taskNo });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    /// <summary>
    /// <paramref name="inspectorId"/> (signed in as <paramref name="userName"/>) declares a conflict of interest with task
    /// <paramref name="taskNo"/>'s enterprise: in one transaction the declaration is stored, which takes the inspector off
    /// the task, and appended to the audit log (kind <see cref="RecusalKind"/>, subject the draw).
    /// </summary>
    /// <exception cref="ArgumentException">The ground is unknown or the reason is empty or too long (<see cref="RecusalRules"/>).</exception>
    public async Task<RecusalOutcome> RecuseAsync(
        string inspectorId, string userName, long taskNo, string ground, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(inspectorId);
        ArgumentException.ThrowIfNullOrWhiteSpace(userName);
        if (!RecusalGrounds.IsKnown(ground))
        {
            throw new ArgumentException($"unknown ground of recusal '{ground}'", nameof(ground));
        }

        if (RecusalRules.ReasonProblem(reason) is { } problem)
        {
            throw new ArgumentException(problem, nameof(reason));
        }

        var text = reason.Trim();
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        string drawId, taskId;
        await using (var claim = new NpgsqlCommand(TaskSql.Claim, connection, transaction))
        {
            claim.Parameters.Add(new NpgsqlParameter<string> { TypedValue = inspectorId });
            claim.Parameters.Add(new NpgsqlParameter<long> { TypedValue = taskNo });
            await using var reader = await claim.ExecuteReaderAsync(cancellationToken);
            if (!await reader.ReadAsync(cancellationToken))
            {
                return RecusalOutcome.NotFound;
            }

            if (reader.GetBoolean(2))
            {
                return RecusalOutcome.AlreadyInspected;
            }

            (drawId, taskId) = (reader.GetString(0), reader.GetString(1));
        }

        var now = clock.GetUtcNow();
        await using (var insert = new NpgsqlCommand(TaskSql.InsertRecusal, connection, transaction))
        {
            insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = drawId });
            insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = taskId });
            insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = inspectorId });
            insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = userName });
            insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = ground });
            insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = text });
            insert.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = now });
            if (await insert.ExecuteNonQueryAsync(cancellationToken) == 0)
            {
                // A second declaration racing the first: the first one stands.
                return RecusalOutcome.NotFound;
            }
        }

        await audit.AppendAsync(transaction, RecusalKind, drawId, JsonSerializer.SerializeToElement(new
        {
            task = taskId,
            task_no = taskNo,
            inspector = inspectorId,
            ground,
            reason = text,
            basis = RecusalGrounds.Basis,
        }), userName, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return RecusalOutcome.Recorded;
    }

    /// <summary>The declarations the regulator has not acted on, oldest first; at most <see cref="PendingLimit"/>.</summary>
    public async Task<IReadOnlyList<PendingRecusal>> PendingRecusalsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(TaskSql.Pending, connection);
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = PendingLimit });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var pending = new List<PendingRecusal>();
        while (await reader.ReadAsync(cancellationToken))
        {
            pending.Add(new PendingRecusal(
                reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5),
                reader.GetFieldValue<DateOnly>(6), reader.GetFieldValue<DateOnly>(7), reader.GetString(8), reader.GetString(9),
                reader.GetString(10), reader.GetString(11), reader.GetFieldValue<DateTimeOffset>(12),
                Members(reader.GetFieldValue<string[]>(13), reader.GetFieldValue<string[]>(14))));
        }

        return pending;
    }

    private static InspectorTask Read(NpgsqlDataReader reader)
    {
        var codes = reader.GetFieldValue<string[]>(14);
        var titles = reader.GetFieldValue<string[]>(15);
        var bases = reader.GetFieldValue<string[]>(16);
        var keys = reader.GetFieldValue<bool[]>(17);
        return new InspectorTask(
            reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5),
            reader.GetString(6), reader.IsDBNull(7) ? null : reader.GetString(7), reader.IsDBNull(8) ? null : reader.GetString(8),
            reader.GetString(9), reader.GetFieldValue<DateOnly>(10), reader.GetFieldValue<DateOnly>(11),
            Members(reader.GetFieldValue<string[]>(12), reader.GetFieldValue<string[]>(13)),
            [.. codes.Select((code, i) => new TaskItem(code, titles[i], bases[i], keys[i]))],
            reader.GetBoolean(18), reader.GetBoolean(19));
    }

    private static TeamMember[] Members(string[] ids, string[] names) => [.. ids.Select((id, i) => new TeamMember(id, names[i]))];
}
