using System.Security.Cryptography;
using Supervision.Storage.Audit;
using Supervision.Tests.Draws;
using Supervision.Tests.Import;
using Supervision.Tests.Nightly;
using Supervision.Tests.Results;
using Supervision.Tests.Storage;
using Supervision.Tests.Support;

namespace Supervision.Tests.Cli;

/// <summary>Publications (the draw notice, the results notice) enter the audit chain with the hashes of the files made public.</summary>
public sealed class PublicationAuditTests
{
    [Fact]
    public async Task NightlyPostgres_DrawNoticeAuditedOnceWithItsHash_SecondNightAddsNothing()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync(migrated: false);
        using var output = new TempDirectory();
        string[] args = ["nightly", "--postgres", "--connection", db.ConnectionString, "--data", RepoPaths.DataSamples, "--rules", RepoPaths.Rules,
            "--as-of", "2026-11-27", "--seed", DrawWorld.Seed, "--chunk-size", "1000", "--workers", "2", "--out", output.Path];

        var first = CliRunner.Run(args);
        var second = CliRunner.Run(args);
        var notice = Path.Combine(output.Path, "runs", NightlyWorld.RunId, "draw", "notice.csv");

        Assert.True(first.ExitCode == 0, first.Error);
        Assert.StartsWith("already drawn", second.Out, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllBytes(Path.Combine(NightlyWorld.GoldenDraw, "notice.csv")), File.ReadAllBytes(notice));
        Assert.Equal(1L, await db.ScalarAsync<long>("SELECT count(*) FROM supervision.audit_log WHERE kind = 'publication'"));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(notice))),
            await db.ScalarAsync<string>("SELECT payload -> 'files' ->> 'notice.csv' FROM supervision.audit_log WHERE kind = 'publication'"));
        Assert.Equal(["run", "import", "run", "run", "draw", "run", "publication"], await db.ListAsync<string>("SELECT kind FROM supervision.audit_log ORDER BY seq"));
        Assert.Null((await new AuditLog(db.Database, TimeProvider.System).VerifyAsync()).Problem);
    }

    [Fact]
    public async Task NightlyPostgres_TheNoticePrintsTheChainsHead_WhoeverHoldsItDetectsACutTail()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync(migrated: false);
        using var output = new TempDirectory();
        var night = CliRunner.Run("nightly", "--postgres", "--connection", db.ConnectionString, "--data", RepoPaths.DataSamples, "--rules", RepoPaths.Rules,
            "--as-of", "2026-11-27", "--seed", DrawWorld.Seed, "--out", output.Path);
        var html = File.ReadAllText(Path.Combine(output.Path, "runs", NightlyWorld.RunId, "draw", "notice.html"));
        var publication = await db.ScalarAsync<long>("SELECT seq FROM supervision.audit_log WHERE kind = 'publication'");
        var head = await db.ScalarAsync<string>("SELECT hash FROM supervision.audit_log WHERE seq = $1", publication - 1);
        var anchor = $"{publication - 1}:{head}";

        var recorded = await db.ScalarAsync<string>("SELECT payload -> 'audit_head' ->> 'hash' FROM supervision.audit_log WHERE seq = $1", publication);
        var held = CliRunner.Run("audit", "verify", "--connection", db.ConnectionString, "--head", anchor);
        await db.ExecuteAsync("DELETE FROM supervision.audit_log WHERE seq >= $1", publication - 1);
        var chainAlone = CliRunner.Run("audit", "verify", "--connection", db.ConnectionString);
        var cut = CliRunner.Run("audit", "verify", "--connection", db.ConnectionString, "--head", anchor);
        var malformed = CliRunner.Run("audit", "verify", "--connection", db.ConnectionString, "--head", "7:abc");

        Assert.True(night.ExitCode == 0, night.Error);
        Assert.Contains($"第 {publication - 1} 条的哈希为 <code>{head}</code>", html, StringComparison.Ordinal);
        Assert.Contains($"audit verify --head {anchor}", html, StringComparison.Ordinal);
        Assert.EndsWith("</p>\n</body></html>", html.Replace("\r", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal(head, recorded);
        Assert.True(held.ExitCode == 0, held.Out + held.Error);
        Assert.Contains("holds the 1 published head(s)", held.Out, StringComparison.Ordinal);
        Assert.Equal(0, chainAlone.ExitCode);
        Assert.Equal(6, cut.ExitCode);
        Assert.Contains("Truncated", cut.Out, StringComparison.Ordinal);
        Assert.Contains("a published notice saw entries up to", cut.Out, StringComparison.Ordinal);
        Assert.Equal(1, malformed.ExitCode);
    }

    [Fact]
    public async Task NightlyPostgres_CompletedButNeverRendered_TheNextStartRendersTheFiles_AndAuditsThePublicationOnce()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync(migrated: false);
        using var first = new TempDirectory();
        using var second = new TempDirectory();
        string[] night = ["nightly", "--postgres", "--connection", db.ConnectionString, "--data", RepoPaths.DataSamples, "--rules", RepoPaths.Rules,
            "--as-of", "2026-11-27", "--seed", DrawWorld.Seed, "--chunk-size", "1000", "--workers", "2"];

        // --no-files leaves the database exactly as a process killed between completing the night and rendering it does.
        var completed = CliRunner.Run([.. night, "--no-files", "--out", first.Path]);
        var resumed = CliRunner.Run([.. night, "--out", first.Path]);
        var elsewhere = CliRunner.Run([.. night, "--out", second.Path]);
        var again = CliRunner.Run([.. night, "--out", second.Path]);

        Assert.True(completed.ExitCode == 0, completed.Error);
        Assert.Contains("its files were missing and are rendered now", resumed.Out, StringComparison.Ordinal);
        Assert.Contains("its files were missing and are rendered now", elsewhere.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("rendered now", again.Out, StringComparison.Ordinal);
        foreach (var root in new[] { first.Path, second.Path })
        {
            NightlyWorld.AssertGolden(new Supervision.Data.Runs.FileRunStore(root), NightlyWorld.RunId);
        }

        Assert.Equal(1L, await db.ScalarAsync<long>("SELECT count(*) FROM supervision.audit_log WHERE kind = 'publication'"));
        Assert.Null((await new AuditLog(db.Database, TimeProvider.System).VerifyAsync()).Problem);
    }

    [Theory]
    [InlineData("nightly-before-render")]
    [InlineData("nightly-before-publication")]
    public async Task NightlyPostgres_KilledAfterTheNightCompleted_TheNextStartRendersAndPublishesOnce(string failpoint)
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync(migrated: false);
        using var output = new TempDirectory();
        string[] night = ["nightly", "--postgres", "--connection", db.ConnectionString, "--data", RepoPaths.DataSamples, "--rules", RepoPaths.Rules,
            "--as-of", "2026-11-27", "--seed", DrawWorld.Seed, "--chunk-size", "1000", "--workers", "2", "--out", output.Path];

        using (var doomed = CliProcess.Start(night, failpoint))
        {
            await doomed.KillAtFailpointAsync(failpoint, TimeSpan.FromMinutes(3));
        }

        var publishedWhenKilled = await db.ScalarAsync<long>("SELECT count(*) FROM supervision.audit_log WHERE kind = 'publication'");
        var again = CliRunner.Run(night);

        Assert.Equal("completed", await db.ScalarAsync<string>("SELECT status FROM supervision.assessment_runs"));
        Assert.Equal(0L, publishedWhenKilled);
        Assert.True(again.ExitCode == 0, again.Error);
        Assert.StartsWith("already drawn", again.Out, StringComparison.Ordinal);
        NightlyWorld.AssertGolden(new Supervision.Data.Runs.FileRunStore(output.Path), NightlyWorld.RunId);
        Assert.Equal(1L, await db.ScalarAsync<long>("SELECT count(*) FROM supervision.audit_log WHERE kind = 'publication'"));
        Assert.Equal(1L, await db.ScalarAsync<long>("SELECT count(*) FROM supervision.draws"));
        Assert.Null((await new AuditLog(db.Database, TimeProvider.System).VerifyAsync()).Problem);
    }

    [Fact]
    public async Task ResultsPublish_WithConnection_AuditsTheNoticeFiles()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        using var directory = new TempDirectory();
        string[] common = ["--draw", SampleResults.DrawRecordPath, "--results", SampleResults.ResultsPath];
        CliRunner.Run(["results", "decide", .. common, "--data", RepoPaths.DataSamples, "--rules", RepoPaths.Rules,
            "--as-of", "2026-12-31", "--ledger-seed", SampleResults.LedgerSeedPath, "--out", directory.Path]);

        var publish = CliRunner.Run(["results", "publish", .. common, "--calendar", Path.Combine(RepoPaths.Rules, "calendar", "cn-working-days.csv"),
            "--as-of", "2026-12-31", "--out", directory.Path, "--connection", db.ConnectionString]);

        Assert.Equal(4, publish.ExitCode);
        Assert.Contains("recorded the publication", publish.Out, StringComparison.Ordinal);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(directory.Path, "results-notice.csv")))),
            await db.ScalarAsync<string>("SELECT payload -> 'files' ->> 'results-notice.csv' FROM supervision.audit_log WHERE kind = 'publication'"));
        Assert.Equal("24", await db.ScalarAsync<string>("SELECT payload -> 'details' ->> 'published' FROM supervision.audit_log WHERE kind = 'publication'"));
    }
}
