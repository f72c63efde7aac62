using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Npgsql;
using Supervision.Storage;
using Supervision.Storage.Migrations;

namespace Supervision.Tests.Storage;

/// <summary>
/// The PostgreSQL server of the database tests: the one <c>SUPERVISION_DB</c> names (CI sources
/// .ci/start-postgres.sh), or else a private cluster this test run starts. Database tests fail, never skip, when
/// neither is possible. Databases are created per test class (or per test) from a template migrated once.
/// </summary>
public sealed class PostgresServer
{
    private static readonly Lazy<Task<PostgresServer>> Instance = new(StartAsync);

    private readonly NpgsqlConnectionStringBuilder settings;
    private readonly Database admin;

    private PostgresServer(NpgsqlConnectionStringBuilder settings, Database admin, string origin)
    {
        this.settings = settings;
        this.admin = admin;
        Origin = origin;
    }

    /// <summary>Where the server comes from, for messages.</summary>
    public string Origin { get; }

    /// <summary>The name of the migrated template database.</summary>
    public string Template { get; } = "supervision_test_template_" + MigrationsHash()[..16];

    /// <summary>The server, started or reached once per test run. A failure is remembered and fails every caller.</summary>
    public static Task<PostgresServer> GetAsync() => Instance.Value;

    /// <summary>A connection string to <paramref name="database"/> on this server.</summary>
    public string ConnectionString(string database)
        => new NpgsqlConnectionStringBuilder(settings.ConnectionString) { Database = database }.ConnectionString;

    /// <summary>Creates a fresh database: a copy of the migrated template, or empty.</summary>
    public async Task<TestDatabase> CreateDatabaseAsync(bool migrated = true)
    {
        var name = "supervision_test_" + Guid.NewGuid().ToString("N")[..16];
        await ExecuteAsync($"CREATE DATABASE \"{name}\" TEMPLATE \"{(migrated ? Template : "template0")}\"");
        return new TestDatabase(this, name, Database.Create(ConnectionString(name)));
    }

    internal Task DropDatabaseAsync(string name) => ExecuteAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");

    private static async Task<PostgresServer> StartAsync()
    {
        var configured = Environment.GetEnvironmentVariable(Database.EnvironmentVariable);
        string connectionString, origin;
        if (!string.IsNullOrWhiteSpace(configured))
        {
            (connectionString, origin) = (configured, $"{Database.EnvironmentVariable}");
        }
        else
        {
            var cluster = await PrivateCluster.StartAsync();
            (connectionString, origin) = (cluster.ConnectionString, $"a private cluster on 127.0.0.1:{cluster.Port}");
        }

        var settings = new NpgsqlConnectionStringBuilder(connectionString);
        var admin = Database.Create(connectionString);
        try
        {
            await admin.CheckAsync();
        }
        catch (DatabaseUnavailableException e)
        {
            throw new InvalidOperationException($"The database tests cannot reach PostgreSQL ({origin}): {e.Message}", e);
        }

        var server = new PostgresServer(settings, admin, origin);
        await server.EnsureTemplateAsync();
        return server;
    }

    // Builds the template under another name and renames it when complete, so that a run that died half-way never
    // leaves a template behind; a template with the same migrations hash from an earlier run is reused.
    private async Task EnsureTemplateAsync()
    {
        await using var connection = await admin.OpenConnectionAsync();
        await using (var guard = new NpgsqlCommand("SELECT pg_advisory_lock(hashtext('supervision-test-template'))", connection))
        {
            await guard.ExecuteNonQueryAsync();
        }

        try
        {
            await using (var exists = new NpgsqlCommand("SELECT count(*) FROM pg_database WHERE datname = $1", connection))
            {
                exists.Parameters.Add(new NpgsqlParameter<string> { TypedValue = Template });
                if ((long)(await exists.ExecuteScalarAsync())! > 0)
                {
                    return;
                }
            }

            var building = Template + "_building";
            await ExecuteAsync($"DROP DATABASE IF EXISTS \"{building}\" WITH (FORCE)");
            await ExecuteAsync($"CREATE DATABASE \"{building}\" TEMPLATE template0");
            await using (var database = Database.Create(ConnectionString(building)))
            {
                await new MigrationRunner(database).MigrateAsync();
            }

            await ExecuteAsync($"ALTER DATABASE \"{building}\" RENAME TO \"{Template}\"");
        }
        finally
        {
            await using var unlock = new NpgsqlCommand("SELECT pg_advisory_unlock(hashtext('supervision-test-template'))", connection);
            await unlock.ExecuteNonQueryAsync();
        }
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = await admin.OpenConnectionAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static string MigrationsHash()
        => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
            string.Join('\n', EmbeddedMigrations.All.Select(m => string.Create(CultureInfo.InvariantCulture, $"{m.Version}:{m.Sha256}"))))));
}
