using Npgsql;

namespace Supervision.Storage;

/// <summary>
/// The Supervision database: one <see cref="NpgsqlDataSource"/> (connection pool) per process, created from a
/// connection string such as <c>Host=127.0.0.1;Port=5433;Username=postgres;Database=supervision</c>.
/// </summary>
/// <remarks>
/// Thread-safe; create one at start-up, share it, dispose it at shutdown. Every storage service opens its
/// connections through <see cref="OpenConnectionAsync"/>, which turns a failure to connect into a
/// <see cref="DatabaseUnavailableException"/> whose message names the server (never the password).
/// </remarks>
public sealed class Database : IAsyncDisposable
{
    /// <summary>Environment variable holding the connection string.</summary>
    public const string EnvironmentVariable = "SUPERVISION_DB";

    /// <summary>The schema that holds every Supervision table.</summary>
    public const string Schema = "supervision";

    private Database(NpgsqlDataSource dataSource, string target)
    {
        DataSource = dataSource;
        Target = target;
    }

    /// <summary>The pool; prefer <see cref="OpenConnectionAsync"/>, which reports connection failures clearly.</summary>
    public NpgsqlDataSource DataSource { get; }

    /// <summary>Where the database is, for messages: <c>host:port/database as user</c>, without the password.</summary>
    public string Target { get; }

    /// <summary>
    /// Creates the data source for a long-lived host asking the same few queries: unless the connection string says
    /// otherwise, a statement used twice on a connection is prepared, up to <paramref name="autoPrepare"/> per connection
    /// (the web benchmark measured the task page's p95 at four clients from 22 to 8 ms, docs/performance.md).
    /// </summary>
    /// <exception cref="DatabaseConfigurationException">The string is missing or malformed.</exception>
    public static Database Create(string? connectionString, int autoPrepare)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(autoPrepare);
        if (autoPrepare > 0 && !string.IsNullOrWhiteSpace(connectionString))
        {
            try
            {
                var settings = new NpgsqlConnectionStringBuilder(connectionString);
                if (settings.MaxAutoPrepare == 0)
                {
                    settings.MaxAutoPrepare = autoPrepare;
                    settings.AutoPrepareMinUsages = 2;
                    connectionString = settings.ConnectionString;
                }
            }
            catch (ArgumentException)
            {
                // Left as it is: Create reports the malformed string.
            }
        }

        return Create(connectionString);
    }

    /// <summary>Creates the data source from a connection string.</summary>
    /// <exception cref="DatabaseConfigurationException">The string is missing or malformed.</exception>
    public static Database Create(string? connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new DatabaseConfigurationException(
                $"No database is configured: set {EnvironmentVariable} to a connection string such as "
                + "\"Host=127.0.0.1;Port=5433;Username=postgres;Database=supervision\".");
        }

        NpgsqlDataSourceBuilder builder;
        try
        {
            builder = new NpgsqlDataSourceBuilder(connectionString);
        }
        catch (ArgumentException e)
        {
            throw new DatabaseConfigurationException($"The database connection string is not valid: {e.Message}", e);
        }

        var settings = builder.ConnectionStringBuilder;
        if (string.IsNullOrEmpty(settings.ApplicationName))
        {
            settings.ApplicationName = "supervision";
        }

        var target = $"{settings.Host ?? "localhost"}:{settings.Port}/{settings.Database ?? settings.Username} as {settings.Username}";
        return new Database(builder.Build(), target);
    }

    /// <summary>Creates the data source from the <see cref="EnvironmentVariable"/> environment variable.</summary>
    /// <exception cref="DatabaseConfigurationException">The variable is unset or malformed.</exception>
    public static Database FromEnvironment() => Create(Environment.GetEnvironmentVariable(EnvironmentVariable));

    /// <summary>Opens a pooled connection.</summary>
    /// <exception cref="DatabaseUnavailableException">The server cannot be reached or refuses the connection.</exception>
    public async ValueTask<NpgsqlConnection> OpenConnectionAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            return await DataSource.OpenConnectionAsync(cancellationToken);
        }
        catch (NpgsqlException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new DatabaseUnavailableException(Target, e);
        }
    }

    /// <summary>Connects once and returns the server's version, to fail fast at start-up.</summary>
    /// <exception cref="DatabaseUnavailableException">The server cannot be reached or refuses the connection.</exception>
    public async Task<string> CheckAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        return connection.PostgreSqlVersion.ToString();
    }

    public ValueTask DisposeAsync() => DataSource.DisposeAsync();
}
