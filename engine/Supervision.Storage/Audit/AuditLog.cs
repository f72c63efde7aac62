using System.Text.Json;
using Npgsql;
using NpgsqlTypes;

namespace Supervision.Storage.Audit;

/// <summary>
/// The hash-chained audit log (<c>supervision.audit_log</c>): every entry carries the hash of the one before, so an
/// entry altered, inserted or deleted afterwards breaks the chain where it happened. The encoding is specified in
/// docs/operations.md, section "Audit log".
/// </summary>
/// <remarks>
/// Thread-safe. Appends are serialised across processes by the transaction-level advisory lock
/// <see cref="AdvisoryLockKeys.AuditLog"/>, taken before the last entry is read, so the chain never forks; the primary
/// key on seq would reject a fork anyway. The chain proves the order and content of what it holds; it cannot show
/// that entries were cut off its end: publish or record the head hash (<see cref="AuditVerification.HeadHash"/>)
/// to detect that.
/// </remarks>
public sealed class AuditLog
{
    private readonly Database database;
    private readonly TimeProvider clock;

    public AuditLog(Database database, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(clock);
        this.database = database;
        this.clock = clock;
    }

    /// <summary>Appends an entry in its own transaction.</summary>
    /// <param name="kind">What happened: import, run, draw, publication, rule-publication, …</param>
    /// <param name="subject">What it is about.</param>
    /// <param name="payload">Details; stored as jsonb and hashed in canonical form. No member name may repeat.</param>
    /// <param name="actor">Who or what did it.</param>
    /// <param name="cancellationToken">Cancels the append.</param>
    public async Task<AuditEntry> AppendAsync(
        string kind, string subject, JsonElement payload, string actor, CancellationToken cancellationToken = default)
    {
        var canonical = Validate(kind, subject, payload, actor);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var entry = await AppendCoreAsync(connection, transaction, kind, subject, canonical, actor, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return entry;
    }

    /// <summary>
    /// Appends an entry inside the caller's transaction, so that it commits or rolls back with the work it records.
    /// Other appends wait until that transaction ends: keep it short.
    /// </summary>
    public async Task<AuditEntry> AppendAsync(
        NpgsqlTransaction transaction, string kind, string subject, JsonElement payload, string actor,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        var connection = transaction.Connection
            ?? throw new ArgumentException("The transaction has already ended.", nameof(transaction));
        var canonical = Validate(kind, subject, payload, actor);
        return await AppendCoreAsync(connection, transaction, kind, subject, canonical, actor, cancellationToken);
    }

    /// <summary>True when an entry of this kind about this subject exists (to append a record of an act only once).</summary>
    public async Task<bool> ContainsAsync(string kind, string subject, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(AuditSql.Contains, connection);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = kind });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = subject });
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>The last entry's number and hash (the chain's head), or null while the log is empty.</summary>
    public async Task<(long Seq, string Hash)?> HeadAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(AuditSql.Last, connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? (reader.GetInt64(0), reader.GetString(1)) : null;
    }

    /// <summary>The entries about <paramref name="subject"/> (a draw id, a run id), in chain order, as stored.</summary>
    public async Task<IReadOnlyList<AuditEntry>> EntriesAboutAsync(string subject, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(AuditSql.ReadAbout, connection);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = subject });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var entries = new List<AuditEntry>();
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new AuditEntry(reader.GetInt64(0), reader.GetFieldValue<DateTimeOffset>(1), reader.GetString(2), reader.GetString(3),
                reader.GetString(4), reader.GetString(5), reader.GetString(6), reader.GetString(7)));
        }

        return entries;
    }

    /// <summary>Walks the chain from the first entry and reports the first altered, inserted or deleted entry.</summary>
    public Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken = default) => VerifyAsync([], cancellationToken);

    /// <summary>
    /// Walks the chain, then holds it to each signed checkpoint (whose signatures the caller has checked): a log that ends
    /// before a checkpoint's entry lost its tail (<see cref="AuditProblemKind.Truncated"/>); one whose entry at that number
    /// hashes otherwise was rewritten (<see cref="AuditProblemKind.Rewritten"/>).
    /// </summary>
    public async Task<AuditVerification> VerifyAsync(IReadOnlyList<AuditCheckpoint> checkpoints, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(checkpoints);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(AuditSql.ReadAll, connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var chain = new AuditChainChecker();
        while (await reader.ReadAsync(cancellationToken))
        {
            var stored = new AuditEntry(
                reader.GetInt64(0),
                reader.GetFieldValue<DateTimeOffset>(1),
                reader.GetString(2),
                reader.GetString(3),
                reader.GetString(4),
                reader.GetString(5),
                reader.GetString(6),
                reader.GetString(7));
            if (chain.Add(stored) is { } problem)
            {
                return new AuditVerification(chain.Entries, chain.LastSeq, chain.HeadHash, problem);
            }
        }

        foreach (var checkpoint in checkpoints.OrderByDescending(c => c.Seq))
        {
            if (chain.LastSeq < checkpoint.Seq)
            {
                return new AuditVerification(chain.Entries, chain.LastSeq, chain.HeadHash, new AuditProblem(AuditProblemKind.Truncated, chain.LastSeq + 1,
                    $"the log ends at entry {chain.LastSeq}, but {checkpoint.Witness} saw entries up to {checkpoint.Seq}: "
                    + $"entries {chain.LastSeq + 1} to {checkpoint.Seq} were cut off"));
            }

            if (!chain.Holds(checkpoint.Seq, checkpoint.HeadHash))
            {
                return new AuditVerification(chain.Entries, chain.LastSeq, chain.HeadHash, new AuditProblem(AuditProblemKind.Rewritten, checkpoint.Seq,
                    $"entry {checkpoint.Seq} no longer hashes to {checkpoint.HeadHash}, as {checkpoint.Witness} saw it: "
                    + "the chain was rewritten"));
            }
        }

        return new AuditVerification(chain.Entries, chain.LastSeq, chain.HeadHash, null);
    }

    private async Task<AuditEntry> AppendCoreAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string kind, string subject, string canonicalPayload,
        string actor, CancellationToken cancellationToken)
    {
        await using (var lockCommand = new NpgsqlCommand(AuditSql.Lock, connection, transaction))
        {
            lockCommand.Parameters.Add(new NpgsqlParameter<long> { TypedValue = AdvisoryLockKeys.AuditLog });
            await lockCommand.ExecuteNonQueryAsync(cancellationToken);
        }

        // Read after the lock: in READ COMMITTED this statement sees every append committed before we got it.
        var (seq, prevHash) = (1L, AuditEncoding.GenesisHash);
        await using (var last = new NpgsqlCommand(AuditSql.Last, connection, transaction))
        await using (var reader = await last.ExecuteReaderAsync(cancellationToken))
        {
            if (await reader.ReadAsync(cancellationToken))
            {
                (seq, prevHash) = (reader.GetInt64(0) + 1, reader.GetString(1));
            }
        }

        var at = AuditEncoding.ToMicroseconds(clock.GetUtcNow());
        var hash = AuditEncoding.Hash(seq, at, actor, kind, subject, canonicalPayload, prevHash);
        await using (var insert = new NpgsqlCommand(AuditSql.Insert, connection, transaction))
        {
            insert.Parameters.Add(new NpgsqlParameter<long> { TypedValue = seq });
            insert.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = at });
            insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = actor });
            insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = kind });
            insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = subject });
            insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = canonicalPayload, NpgsqlDbType = NpgsqlDbType.Jsonb });
            insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = prevHash });
            insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = hash });
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        return new AuditEntry(seq, at, actor, kind, subject, canonicalPayload, prevHash, hash);
    }

    private static string Validate(string kind, string subject, JsonElement payload, string actor)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        return CanonicalJson.Serialize(payload);
    }
}
