using Npgsql;
using Supervision.Storage;

namespace Supervision.Tests.Storage;

/// <summary>A database of its own for a test class or a test; dropped on disposal.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly PostgresServer server;

    internal TestDatabase(PostgresServer server, string name, Database database)
    {
        this.server = server;
        Name = name;
        Database = database;
    }

    public string Name { get; }

    public Database Database { get; }

    public string ConnectionString => server.ConnectionString(Name);

    /// <summary>Runs SQL directly, as an operator with psql would (to tamper with rows, for instance).</summary>
    public async Task<int> ExecuteAsync(string sql, params object[] parameters)
    {
        await using var connection = await Database.OpenConnectionAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        }

        return await command.ExecuteNonQueryAsync();
    }

    /// <summary>The first column of the first row.</summary>
    public async Task<T> ScalarAsync<T>(string sql, params object[] parameters)
    {
        await using var connection = await Database.OpenConnectionAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        }

        return (T)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>The first column of every row.</summary>
    public async Task<List<T>> ListAsync<T>(string sql)
    {
        await using var connection = await Database.OpenConnectionAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<T>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetFieldValue<T>(0));
        }

        return values;
    }

    public async ValueTask DisposeAsync()
    {
        await Database.DisposeAsync();
        await server.DropDatabaseAsync(Name);
    }
}
