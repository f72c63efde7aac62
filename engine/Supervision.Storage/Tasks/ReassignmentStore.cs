using System.Text.Json;
using Npgsql;
using Supervision.Storage.Audit;
using Supervision.Storage.Runs;

namespace Supervision.Storage.Tasks;

/// <summary>
/// Fills the place of an inspector who withdrew from a task (回避申请 → 重新指派): under a lock per draw, the pending
/// declaration is locked, what the team rules need is read (the draw's record, the team as it stands, who withdrew, the
/// draw's loads), the caller's rule decides, and the replacement, the closed declaration and an audit entry are written
/// in one transaction — or nothing is, when nobody may go.
/// </summary>
/// <remarks>
/// The rule is the caller's (the application's <c>ReassignTask</c>, docs/draw-algorithm.md §7b) so that storage holds
/// no supervision logic. Reassignments of one draw run one at a time, so each sees the loads the previous one left.
/// Thread-safe; each call uses its own connection; time comes from the injected clock.
/// </remarks>
public sealed class ReassignmentStore
{
    /// <summary>Audit kind of a filled place.</summary>
    public const string ReassignmentKind = "reassignment";

    /// <summary>The most reassignments the regulator's list shows.</summary>
    public const int RecentLimit = 100;

    private readonly Database database;
    private readonly TimeProvider clock;
    private readonly AuditLog audit;

    public ReassignmentStore(Database database, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(clock);
        this.database = database;
        this.clock = clock;
        audit = new AuditLog(database, clock);
    }

    /// <summary>
    /// Fills <paramref name="withdrawn"/>'s place on task <paramref name="taskNo"/>, asked for by regulator
    /// <paramref name="userName"/>, with whom <paramref name="decide"/> picks.
    /// </summary>
    public async Task<ReassignmentOutcome> ReassignAsync(
        long taskNo, string withdrawn, string userName, Func<ReassignmentContext, ReassignmentDecision> decide, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(withdrawn);
        ArgumentException.ThrowIfNullOrWhiteSpace(userName);
        ArgumentNullException.ThrowIfNull(decide);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (await ScalarAsync<string>(connection, transaction, ReassignmentSql.DrawOf, cancellationToken, taskNo) is not { } drawOfTask)
        {
            return ReassignmentOutcome.NotFound;
        }

        await using (var lockDraw = StoreCommand.Create(connection, transaction, ReassignmentSql.LockDraw, drawOfTask))
        {
            await lockDraw.ExecuteNonQueryAsync(cancellationToken);
        }

        string drawId, taskId;
        int slot;
        await using (var pending = StoreCommand.Create(connection, transaction, ReassignmentSql.LockPending, taskNo, withdrawn))
        await using (var reader = await pending.ExecuteReaderAsync(cancellationToken))
        {
            if (!await reader.ReadAsync(cancellationToken))
            {
                return ReassignmentOutcome.NotFound;
            }

            (drawId, taskId) = (reader.GetString(0), reader.GetString(1));
            var drawn = reader.GetFieldValue<string[]>(2);
            slot = reader.IsDBNull(3) ? Array.IndexOf(drawn, withdrawn) + 1 : reader.GetInt32(3);
        }

        var context = await ReadContextAsync(connection, transaction, drawId, taskId, withdrawn, slot, cancellationToken);
        var decision = decide(context);
        if (decision.Replacement is not { } replacement)
        {
            return new ReassignmentOutcome(ReassignmentStatus.NoCandidate, null, decision.Explanation);
        }

        var now = clock.GetUtcNow();
        await using (var insert = StoreCommand.Create(connection, transaction, ReassignmentSql.Insert, drawId, taskId, withdrawn, replacement, slot, userName, now, decision.Walk.GetRawText()))
        {
            insert.Parameters[7].NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Jsonb;
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var mark = StoreCommand.Create(connection, transaction, ReassignmentSql.MarkReassigned, drawId, taskId, withdrawn))
        {
            await mark.ExecuteNonQueryAsync(cancellationToken);
        }

        await audit.AppendAsync(transaction, ReassignmentKind, drawId, JsonSerializer.SerializeToElement(new
        {
            task = taskId,
            task_no = taskNo,
            withdrawn,
            replacement,
            slot,
            walk = decision.Walk,
        }), userName, cancellationToken);
        var name = await ScalarAsync<string>(connection, transaction, ReassignmentSql.NameOf, cancellationToken, replacement);
        await transaction.CommitAsync(cancellationToken);
        return new ReassignmentOutcome(ReassignmentStatus.Reassigned, new TeamMember(replacement, name ?? replacement), decision.Explanation);
    }

    /// <summary>The latest filled places, newest first; at most <see cref="RecentLimit"/>.</summary>
    public async Task<IReadOnlyList<TaskReassignment>> RecentAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = StoreCommand.Create(connection, null, ReassignmentSql.Recent, RecentLimit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var recent = new List<TaskReassignment>();
        while (await reader.ReadAsync(cancellationToken))
        {
            recent.Add(new TaskReassignment(
                reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                new TeamMember(reader.GetString(5), reader.GetString(6)), new TeamMember(reader.GetString(7), reader.GetString(8)),
                reader.GetInt32(9), reader.GetString(10), reader.GetFieldValue<DateTimeOffset>(11)));
        }

        return recent;
    }

    private static async Task<ReassignmentContext> ReadContextAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string drawId, string taskId, string withdrawn, int slot, CancellationToken cancellationToken)
    {
        string[] team, withdrawals;
        await using (var command = StoreCommand.Create(connection, transaction, ReassignmentSql.Team, drawId, taskId))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            await reader.ReadAsync(cancellationToken);
            (team, withdrawals) = (reader.GetFieldValue<string[]>(0), reader.GetFieldValue<string[]>(1));
        }

        var load = new Dictionary<string, int>(StringComparer.Ordinal);
        await using (var command = StoreCommand.Create(connection, transaction, ReassignmentSql.Loads, drawId))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                load[reader.GetString(0)] = reader.GetInt32(1);
            }
        }

        var record = await ScalarAsync<string>(connection, transaction, ReassignmentSql.Record, cancellationToken, drawId)
            ?? throw new InvalidOperationException($"draw {drawId} has no record");
        return new ReassignmentContext(drawId, taskId, withdrawn, slot, team, withdrawals.ToHashSet(StringComparer.Ordinal), load, record);
    }

    private static async Task<T?> ScalarAsync<T>(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, CancellationToken cancellationToken, params object[] values)
        where T : class
    {
        await using var command = StoreCommand.Create(connection, transaction, sql, values);
        return await command.ExecuteScalarAsync(cancellationToken) as T;
    }
}
