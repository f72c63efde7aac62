using Npgsql;
using Supervision.Model.Registry;
using Supervision.Storage.Registry;

namespace Supervision.Tests.Storage;

/// <summary>The enterprise upsert (binary COPY into staging, then INSERT … ON CONFLICT) against a real PostgreSQL.</summary>
public sealed class EnterpriseStoreTests(MigratedDatabaseFixture fixture) : IClassFixture<MigratedDatabaseFixture>
{
    [Fact]
    public async Task UpsertAsync_NewThenSameThenChangedRows_InsertsThenLeavesAloneThenUpdates()
    {
        var store = new EnterpriseStore(fixture.Database.Database);
        var rows = TestEnterprises.Generate(1_000);

        var first = await store.UpsertAsync(rows);
        var again = await store.UpsertAsync(rows);
        var changed = rows.Take(990)
            .Select((e, i) => i < 10 ? e with { Name = e.Name + "（更名）", Status = OperatingStatus.Dormant } : e)
            .Concat(TestEnterprises.Generate(5, first: 1_000))
            .ToList();
        var third = await store.UpsertAsync(changed);

        Assert.Equal(new UpsertCounts(1_000, 1_000, 0, 0), first);
        Assert.Equal(new UpsertCounts(1_000, 0, 0, 1_000), again);
        Assert.Equal(new UpsertCounts(995, 5, 10, 980), third);
        Assert.Equal(1_005L, await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM supervision.enterprises"));
        Assert.Equal(changed[0], await ReadAsync(changed[0].Uscc));
        Assert.Equal(rows[999], await ReadAsync(rows[999].Uscc));
    }

    [Fact]
    public async Task UpsertAsync_TwoConcurrentImportsIntoAFreshTable_BothLand()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        var store = new EnterpriseStore(db.Database);
        var overlapping = TestEnterprises.Generate(300, first: 2_100);   // 200 of them are in the other import too

        var counts = await Task.WhenAll(
            Task.Run(() => store.UpsertAsync(TestEnterprises.Generate(500, first: 1_800))),
            Task.Run(() => store.UpsertAsync(overlapping)));

        Assert.Equal(600, counts.Sum(c => c.Inserted));
        Assert.Equal(200, counts.Sum(c => c.Unchanged));
        Assert.Equal(600L, await db.ScalarAsync<long>("SELECT count(*) FROM supervision.enterprises"));
    }

    [Fact]
    public async Task UpsertAsync_DuplicateUscc_ThrowsAndWritesNothing()
    {
        var store = new EnterpriseStore(fixture.Database.Database);
        var row = TestEnterprises.Create(500_000);

        var thrown = await Assert.ThrowsAsync<ArgumentException>(() => store.UpsertAsync([row, row with { Name = "别名" }]));

        Assert.Contains(row.Uscc, thrown.Message, StringComparison.Ordinal);
        Assert.Equal(0L, await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM supervision.enterprises WHERE uscc = $1", row.Uscc));
    }

    [Fact]
    public async Task UpsertAsync_NoRows_ReturnsZeroCounts()
        => Assert.Equal(new UpsertCounts(0, 0, 0, 0), await new EnterpriseStore(fixture.Database.Database).UpsertAsync([]));

    private async Task<Enterprise> ReadAsync(string uscc)
    {
        await using var connection = await fixture.Database.Database.OpenConnectionAsync();
        await using var command = new NpgsqlCommand(
            "SELECT uscc, name, industry_code, region, district, grid, registration_date, status, new_business_form FROM supervision.enterprises WHERE uscc = $1",
            connection);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = uscc });
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        var status = Enum.GetValues<OperatingStatus>().Single(s => EnterpriseStore.StatusText(s) == reader.GetString(7));
        return new Enterprise(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5),
            reader.GetFieldValue<DateOnly>(6), status, reader.GetBoolean(8));
    }
}
