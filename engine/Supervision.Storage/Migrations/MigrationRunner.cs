using Npgsql;

namespace Supervision.Storage.Migrations;

/// <summary>
/// Applies the embedded migration scripts (Migrations/NNNN_*.sql) that a database lacks, in version order, each in its
/// own transaction together with its row in <c>supervision.schema_migrations</c> (version, name, SHA-256, time).
/// </summary>
/// <remarks>
/// Safe to run from several processes at once: the whole run holds the session advisory lock
/// <see cref="AdvisoryLockKeys.Migrations"/>, so the second runner waits and then finds nothing to do. Before applying
/// anything it compares the recorded hashes with the scripts and refuses (<see cref="MigrationException"/>) when an
/// applied script was changed or the database knows a script this build does not.
/// </remarks>
public sealed class MigrationRunner
{
    private readonly Database database;
    private readonly IReadOnlyList<MigrationScript> scripts;

    public MigrationRunner(Database database)
        : this(database, EmbeddedMigrations.All)
    {
    }

    internal MigrationRunner(Database database, IReadOnlyList<MigrationScript> scripts)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(scripts);
        if (scripts.Select(s => s.Version).Distinct().Count() != scripts.Count)
        {
            throw new ArgumentException("Two migration scripts have the same version.", nameof(scripts));
        }

        this.database = database;
        this.scripts = [.. scripts.OrderBy(s => s.Version)];
    }

    /// <summary>Applies the missing scripts.</summary>
    /// <exception cref="MigrationException">The recorded history does not match the scripts.</exception>
    /// <exception cref="DatabaseUnavailableException">The database cannot be reached.</exception>
    public async Task<MigrationReport> MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await ExecuteAsync(connection, "SELECT pg_advisory_lock($1)", AdvisoryLockKeys.Migrations, cancellationToken);
        try
        {
            await ExecuteAsync(connection, MigrationSql.CreateJournal, null, cancellationToken);
            var applied = await ReadJournalAsync(connection, cancellationToken);
            Check(applied);

            var done = new List<string>();
            foreach (var script in scripts.Where(s => !applied.ContainsKey(s.Version)))
            {
                await ApplyAsync(connection, script, cancellationToken);
                done.Add(script.Name);
            }

            return new MigrationReport(done, [.. scripts.Where(s => applied.ContainsKey(s.Version)).Select(s => s.Name)]);
        }
        finally
        {
            // If the connection broke, the server has already released the lock with the session.
            if (connection.FullState == System.Data.ConnectionState.Open)
            {
                await ExecuteAsync(connection, "SELECT pg_advisory_unlock($1)", AdvisoryLockKeys.Migrations, CancellationToken.None);
            }
        }
    }

    private void Check(Dictionary<int, (string Name, string Sha256)> applied)
    {
        foreach (var (version, (name, sha256)) in applied.OrderBy(a => a.Key))
        {
            var script = scripts.FirstOrDefault(s => s.Version == version)
                ?? throw new MigrationException(
                    $"The database has migration {name}, which this build does not know: it was migrated by a newer "
                    + "version of Supervision. Run that version, or restore a backup taken before it.");
            if (script.Sha256 != sha256)
            {
                throw new MigrationException(
                    $"Migration {script.Name} was changed after it was applied (applied SHA-256 {sha256}, now {script.Sha256}). "
                    + "Applied migrations must never change: restore the script and put the change in a new NNNN_*.sql.");
            }
        }
    }

    private static async Task ApplyAsync(NpgsqlConnection connection, MigrationScript script, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var command = new NpgsqlCommand(script.Sql, connection, transaction))
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var record = new NpgsqlCommand(MigrationSql.Record, connection, transaction))
        {
            record.Parameters.Add(new NpgsqlParameter<int> { TypedValue = script.Version });
            record.Parameters.Add(new NpgsqlParameter<string> { TypedValue = script.Name });
            record.Parameters.Add(new NpgsqlParameter<string> { TypedValue = script.Sha256 });
            await record.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task<Dictionary<int, (string Name, string Sha256)>> ReadJournalAsync(
        NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var applied = new Dictionary<int, (string, string)>();
        await using var command = new NpgsqlCommand(MigrationSql.ReadJournal, connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            applied[reader.GetInt32(0)] = (reader.GetString(1), reader.GetString(2));
        }

        return applied;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, long? key, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        if (key is { } value)
        {
            command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = value });
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
