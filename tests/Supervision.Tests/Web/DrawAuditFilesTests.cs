using System.Net;
using System.Security.Cryptography;
using Supervision.Storage.Accounts;
using Supervision.Tests.Storage;

namespace Supervision.Tests.Web;

/// <summary>
/// The audit files of a draw (full record, population snapshot with the pools) for regulators: linked from the public
/// draw page for them only, the bytes the database keeps, and every download an audit entry.
/// </summary>
public sealed class DrawAuditFilesTests
{
    [Fact]
    public async Task Regulator_DownloadsTheFullFiles_EachDownloadIsAudited_OthersSeeNoLinkAndGetNoFile()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        var record = await DrawnTasks.SaveAsync(db);
        await using var app = await WebWorld.StartAsync(db);
        using var regulator = await WebWorld.ClientAsync(app, AccountRoles.Regulator);
        using var analyst = await WebWorld.ClientAsync(app, AccountRoles.Analyst);
        using var anonymous = await WebWorld.ClientAsync(app);

        using var regulatorPage = await regulator.GetAsync($"/public/draws/{record.DrawId}");
        using var publicPage = await anonymous.GetAsync($"/public/draws/{record.DrawId}");
        using var full = await regulator.GetAsync($"/audit/draws/{record.DrawId}/draw-record.json");
        using var population = await regulator.GetAsync($"/audit/draws/{record.DrawId}/population.csv");
        using var unknown = await regulator.GetAsync($"/audit/draws/{record.DrawId}/inspectors.csv");
        using var refused = await analyst.GetAsync($"/audit/draws/{record.DrawId}/draw-record.json");
        using var signIn = await anonymous.GetAsync($"/audit/draws/{record.DrawId}/draw-record.json");
        var stored = await db.ScalarAsync<string>("SELECT record::text FROM supervision.draws WHERE draw_id = $1", record.DrawId);
        var snapshot = await db.ScalarAsync<byte[]>("SELECT population FROM supervision.draws WHERE draw_id = $1", record.DrawId);

        Assert.Contains($"href=\"/audit/draws/{record.DrawId}/draw-record.json\"", await regulatorPage.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("/audit/draws/", await publicPage.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, full.StatusCode);
        Assert.Equal(stored, await full.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, population.StatusCode);
        Assert.Equal(snapshot, await population.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.StartsWith("/denied", refused.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.StartsWith("/signin", signIn.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(2L, await db.ScalarAsync<long>("SELECT count(*) FROM supervision.audit_log WHERE kind = 'audit-file' AND actor = 'li.regulator'"));
        Assert.Equal(1L, await db.ScalarAsync<long>(
            "SELECT count(*) FROM supervision.audit_log WHERE kind = 'audit-file' AND payload ->> 'file' = 'population.csv' AND payload ->> 'sha256' = $1",
            Convert.ToHexStringLower(SHA256.HashData(snapshot))));
    }
}
