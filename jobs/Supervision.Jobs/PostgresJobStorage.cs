using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Npgsql;
using Supervision.Storage;

namespace Supervision.Jobs;

/// <summary>
/// Hangfire's storage in the Supervision database (schema <c>hangfire</c>, installed by <see cref="InstallSchemaAsync"/>), configured for
/// nightly work: sliding invisibility, so a long chunk or draw is never fetched a second time while its worker lives,
/// while a job of a killed worker comes back after <see cref="InvisibilityTimeout"/>; fail-fast start-up, so a worker
/// without its database stops with a clear message instead of idling in degraded mode.
/// </summary>
public static class PostgresJobStorage
{
    /// <summary>
    /// How long a job fetched by a worker that then died stays invisible. Live workers renew theirs every fifth of it
    /// (Hangfire.PostgreSql's heartbeat), so a short value costs one small UPDATE every 6 s per running job and brings a
    /// killed worker's chunk back within half a minute.
    /// </summary>
    public static readonly TimeSpan InvisibilityTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Hangfire's schema in the Supervision database.</summary>
    public const string Schema = "hangfire";

    /// <summary>
    /// Installs or upgrades Hangfire's schema under the advisory lock <see cref="AdvisoryLockKeys.HangfireSchema"/>:
    /// Hangfire.PostgreSql's own installer, run by two processes at once on an empty database, fails on the second
    /// CREATE SCHEMA (found starting two workers together). Every host calls this before it uses the storage.
    /// </summary>
    public static async Task InstallSchemaAsync(Database database, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using (var take = new NpgsqlCommand("SELECT pg_advisory_lock($1)", connection))
        {
            take.Parameters.Add(new NpgsqlParameter<long> { TypedValue = AdvisoryLockKeys.HangfireSchema });
            await take.ExecuteNonQueryAsync(cancellationToken);
        }

        try
        {
            // The installer has no asynchronous form; it runs once per start-up.
            PostgreSqlObjectsInstaller.Install(connection, Schema);
        }
        finally
        {
            await using var release = new NpgsqlCommand("SELECT pg_advisory_unlock($1)", connection);
            release.Parameters.Add(new NpgsqlParameter<long> { TypedValue = AdvisoryLockKeys.HangfireSchema });
            await release.ExecuteNonQueryAsync(CancellationToken.None);
        }
    }

    /// <summary>Installs the schema (<see cref="InstallSchemaAsync"/>), then creates the storage.</summary>
    public static async Task<PostgreSqlStorage> OpenAsync(Database database, TimeSpan? invisibilityTimeout, CancellationToken cancellationToken)
    {
        await InstallSchemaAsync(database, cancellationToken);
        return Create(database.DataSource.ConnectionString, invisibilityTimeout);
    }

    /// <summary>Creates the storage without touching the schema; <see cref="InstallSchemaAsync"/> must have run.</summary>
    public static PostgreSqlStorage Create(string connectionString, TimeSpan? invisibilityTimeout = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(connectionString);
        var options = new PostgreSqlStorageOptions
        {
            SchemaName = Schema,
            PrepareSchemaIfNecessary = false,
            QueuePollInterval = TimeSpan.FromMilliseconds(500),
            InvisibilityTimeout = invisibilityTimeout ?? InvisibilityTimeout,
            UseSlidingInvisibilityTimeout = true,
            DistributedLockTimeout = TimeSpan.FromMinutes(1),
            StartupConnectionMaxRetries = 0,
            AllowDegradedModeWithoutStorage = false,
        };
        return new PostgreSqlStorage(new NpgsqlConnectionFactory(connectionString, options), options);
    }
}
