using System.Text.Json;
using Npgsql;
using Supervision.Storage.Audit;
using Supervision.Storage.Runs;

namespace Supervision.Storage.Changes;

/// <summary>
/// Change requests in PostgreSQL: proposed, reviewed by another regulator, published once. Every step is one
/// transaction with its audit-log entry (rule-change-proposed, -approved, -rejected, -withdrawn, -published, with the
/// request's author, reviewer, times and content hash); the table's checks and trigger refuse a step out of order or a
/// review by the author whoever writes.
/// </summary>
public sealed class ChangeRequestStore
{
    /// <summary>Requests a list shows at most.</summary>
    public const int ListLimit = 200;

    private readonly Database database;
    private readonly TimeProvider clock;
    private readonly AuditLog audit;

    public ChangeRequestStore(Database database, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(clock);
        this.database = database;
        this.clock = clock;
        audit = new AuditLog(database, clock);
    }

    /// <summary>Records a proposal; returns its number.</summary>
    public async Task<long> ProposeAsync(ChangeRequestDraft draft, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        long id;
        await using (var command = StoreCommand.Create(connection, transaction, ChangeRequestSql.Insert,
            draft.Title, draft.Author, clock.GetUtcNow(), draft.Content, draft.BundleHash, draft.BaseHash, draft.CheckReport, draft.ChecksPassed))
        {
            id = (long)(await command.ExecuteScalarAsync(cancellationToken))!;
        }

        await AuditAsync(transaction, "rule-change-proposed", id, new
        {
            request = id, title = draft.Title, author = draft.Author, bundle = draft.BundleHash, base_bundle = draft.BaseHash, checks_passed = draft.ChecksPassed,
        }, draft.Author, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return id;
    }

    public async Task<ChangeRequest?> GetAsync(long requestId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = StoreCommand.Create(connection, null, ChangeRequestSql.Get, requestId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    /// <summary>The proposed files (a zip), or null for an unknown request.</summary>
    public async Task<byte[]?> ContentAsync(long requestId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = StoreCommand.Create(connection, null, ChangeRequestSql.Content, requestId);
        return await command.ExecuteScalarAsync(cancellationToken) as byte[];
    }

    /// <summary>The latest requests, newest first.</summary>
    public async Task<IReadOnlyList<ChangeRequest>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = StoreCommand.Create(connection, null, ChangeRequestSql.List, ListLimit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var requests = new List<ChangeRequest>();
        while (await reader.ReadAsync(cancellationToken))
        {
            requests.Add(Read(reader));
        }

        return requests;
    }

    /// <summary>Approves or rejects a proposed request as <paramref name="reviewer"/>, who is not its author.</summary>
    /// <exception cref="ChangeRequestRefusedException">The reviewer is the author, the request is not proposed, or its checks failed (approval).</exception>
    public async Task<ChangeRequest> ReviewAsync(long requestId, string reviewer, bool approve, string comment, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reviewer);
        ArgumentException.ThrowIfNullOrWhiteSpace(comment);
        var request = await GetAsync(requestId, cancellationToken) ?? throw new ChangeRequestRefusedException($"no change request {requestId}");
        if (request.Author == reviewer)
        {
            throw new ChangeRequestRefusedException($"change request {requestId}: its author {reviewer} may not review it; another regulator must (four eyes)");
        }

        if (request.Status != ChangeRequest.Proposed)
        {
            throw new ChangeRequestRefusedException($"change request {requestId} is {request.Status}, not proposed: it cannot be reviewed again");
        }

        if (approve && !request.ChecksPassed)
        {
            throw new ChangeRequestRefusedException($"change request {requestId} failed its checks: it can be rejected, not approved");
        }

        var status = approve ? ChangeRequest.Approved : ChangeRequest.Rejected;
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var at = clock.GetUtcNow();
        var changed = await StoreCommand.ExecuteAsync(connection, transaction, ChangeRequestSql.Review, cancellationToken,
            requestId, status, reviewer, at, comment.Trim());
        if (changed != 1)
        {
            throw new ChangeRequestRefusedException($"change request {requestId} was reviewed or withdrawn meanwhile");
        }

        await AuditAsync(transaction, $"rule-change-{status}", requestId, new
        {
            request = requestId, author = request.Author, reviewer, comment = comment.Trim(), bundle = request.BundleHash,
        }, reviewer, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (await GetAsync(requestId, cancellationToken))!;
    }

    /// <summary>Withdraws a proposed request; only its author may.</summary>
    /// <exception cref="ChangeRequestRefusedException">Not the author's, or no longer proposed.</exception>
    public async Task WithdrawAsync(long requestId, string author, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (await StoreCommand.ExecuteAsync(connection, transaction, ChangeRequestSql.Withdraw, cancellationToken, requestId, author) != 1)
        {
            throw new ChangeRequestRefusedException($"change request {requestId}: only its author may withdraw it, and only while it is proposed");
        }

        await AuditAsync(transaction, "rule-change-withdrawn", requestId, new { request = requestId, author }, author, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Marks an approved request published by <paramref name="publisher"/>, with its audit entry.</summary>
    /// <exception cref="ChangeRequestRefusedException">The request is not approved.</exception>
    public async Task MarkPublishedAsync(long requestId, string publisher, CancellationToken cancellationToken = default)
    {
        var request = await GetAsync(requestId, cancellationToken) ?? throw new ChangeRequestRefusedException($"no change request {requestId}");
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var at = clock.GetUtcNow();
        if (await StoreCommand.ExecuteAsync(connection, transaction, ChangeRequestSql.Publish, cancellationToken, requestId, publisher, at) != 1)
        {
            throw new ChangeRequestRefusedException($"change request {requestId} is {request.Status}: only an approved request is published");
        }

        await AuditAsync(transaction, "rule-change-published", requestId, new
        {
            request = requestId, title = request.Title, author = request.Author, proposed_at = request.ProposedAt, reviewer = request.Reviewer,
            reviewed_at = request.ReviewedAt, published_by = publisher, published_at = at, bundle = request.BundleHash, replaces = request.BaseHash,
        }, publisher, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private async Task AuditAsync(NpgsqlTransaction transaction, string kind, long requestId, object payload, string actor, CancellationToken cancellationToken)
        => await audit.AppendAsync(transaction, kind, $"change-request/{requestId}", JsonSerializer.SerializeToElement(payload), actor, cancellationToken);

    /// <summary>A row of <see cref="ChangeRequestSql.Columns"/>.</summary>
    internal static ChangeRequest Read(NpgsqlDataReader reader)
        => new(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetFieldValue<DateTimeOffset>(4),
            reader.IsDBNull(5) ? null : reader.GetString(5), reader.IsDBNull(6) ? null : reader.GetString(6), reader.GetString(7), reader.GetBoolean(8), reader.GetString(9),
            reader.IsDBNull(10) ? null : reader.GetString(10), reader.IsDBNull(11) ? null : reader.GetFieldValue<DateTimeOffset>(11),
            reader.IsDBNull(12) ? null : reader.GetString(12), reader.IsDBNull(13) ? null : reader.GetString(13),
            reader.IsDBNull(14) ? null : reader.GetFieldValue<DateTimeOffset>(14));
}
