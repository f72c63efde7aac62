using System.Net;
using System.Net.Sockets;
using Supervision.Storage;

namespace Supervision.Tests.Storage;

/// <summary>Connection configuration and the error an operator sees when the database cannot be reached.</summary>
public sealed class DatabaseTests
{
    [Fact]
    public async Task CheckAsync_NothingListensOnThePort_ThrowsAClearTransientError()
    {
        var port = UnusedPort();
        await using var database = Database.Create($"Host=127.0.0.1;Port={port};Username=postgres;Password=secret;Database=supervision;Timeout=5");

        var error = await Assert.ThrowsAsync<DatabaseUnavailableException>(() => database.CheckAsync());

        Assert.Equal(
            $"Cannot connect to the Supervision database at 127.0.0.1:{port}/supervision as postgres: connection refused (no server listens there). "
            + "Check that PostgreSQL is running and that SUPERVISION_DB points to it.",
            error.Message);
        Assert.True(error.IsTransient);
        Assert.DoesNotContain("secret", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckAsync_DatabaseDoesNotExist_NamesTheServerAndTheReason()
    {
        var server = await PostgresServer.GetAsync();
        await using var database = Database.Create(server.ConnectionString("no_such_database"));

        var error = await Assert.ThrowsAsync<DatabaseUnavailableException>(() => database.CheckAsync());

        Assert.Contains("/no_such_database as ", error.Message, StringComparison.Ordinal);
        Assert.Contains("database \"no_such_database\" does not exist (SQLSTATE 3D000)", error.Message, StringComparison.Ordinal);
        Assert.False(error.IsTransient);
    }

    [Fact]
    public async Task CheckAsync_ReachableServer_ReturnsItsVersion()
    {
        var server = await PostgresServer.GetAsync();
        await using var database = Database.Create(server.ConnectionString("postgres"));

        var version = await database.CheckAsync();

        Assert.Matches(@"^\d+\.\d+", version);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(" ")]
    public void Create_NoConnectionString_ThrowsAConfigurationErrorNamingTheVariable(string? connectionString)
    {
        var error = Assert.Throws<DatabaseConfigurationException>(() => Database.Create(connectionString));

        Assert.Contains("SUPERVISION_DB", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_MalformedConnectionString_ThrowsAConfigurationError()
        => Assert.Throws<DatabaseConfigurationException>(() => Database.Create("Hots=127.0.0.1"));

    private static int UnusedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
