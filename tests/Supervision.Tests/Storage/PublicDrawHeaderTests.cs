using Supervision.Storage.Public;

namespace Supervision.Tests.Storage;

/// <summary>
/// The public pages' copy of a draw's header is written with the draw (no visitor waits while a record of a million
/// enterprises is parsed) and is the same data the copy out of the stored record makes for draws saved before.
/// </summary>
public sealed class PublicDrawHeaderTests
{
    [Fact]
    public async Task SavingADraw_WritesItsPublicHeader_EqualToTheCopyOutOfTheStoredRecord()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        var record = await DrawnTasks.SaveAsync(db);
        var saved = await db.ScalarAsync<string>("SELECT header::text || visits::text FROM supervision.public_draw_headers WHERE draw_id = $1", record.DrawId);

        await db.ExecuteAsync("DELETE FROM supervision.public_draw_headers");
        await db.ExecuteAsync(PublicSql.FillHeaders, (object)new[] { record.DrawId });
        var copied = await db.ScalarAsync<string>("SELECT header::text || visits::text FROM supervision.public_draw_headers WHERE draw_id = $1", record.DrawId);

        Assert.Equal(copied, saved);
        Assert.Contains("\"seed_commitment\"", saved, StringComparison.Ordinal);
        Assert.DoesNotContain("\"inspectors\"", saved, StringComparison.Ordinal);
        Assert.DoesNotContain("\"selected\"", saved, StringComparison.Ordinal);
        Assert.DoesNotContain("\"last_inspectors\"", saved, StringComparison.Ordinal);
    }
}
