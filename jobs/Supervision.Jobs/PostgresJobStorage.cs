using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;

namespace Supervision.Jobs;

/// <summary>
/// Hangfire's storage in the Supervision database (schema <c>hangfire</c>, installed on first use), configured for
/// nightly work: sliding invisibility, so a long chunk or draw is never fetched a second time while its worker lives,
/// while a job of a killed worker comes back after <see cref="InvisibilityTimeout"/>; fail-fast start-up, so a worker
/// without its database stops with a clear message instead of idling in degraded mode.
/// </summary>
internal static class PostgresJobStorage
{
    /// <summary>How long a job fetched by a worker that then died stays invisible (the heartbeat keeps live ones invisible).</summary>
    public static readonly TimeSpan InvisibilityTimeout = TimeSpan.FromMinutes(2);

    public static PostgreSqlStorage Create(string connectionString, TimeSpan? invisibilityTimeout = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(connectionString);
        var options = new PostgreSqlStorageOptions
        {
            SchemaName = "hangfire",
            PrepareSchemaIfNecessary = true,
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
