using System.Text.Json;
using Supervision.Storage.Audit;
using Supervision.Tests.Import;
using Supervision.Tests.Storage;
using Supervision.Tests.Support;

namespace Supervision.Tests.Cli;

/// <summary>`supervision db migrate` and `supervision audit verify` against a real PostgreSQL.</summary>
public sealed class DbCommandTests
{
    [Fact]
    public async Task DbMigrate_EmptyDatabaseTwice_AppliesOnceThenNothing()
    {
        var server = await PostgresServer.GetAsync();
        await using var database = await server.CreateDatabaseAsync(migrated: false);

        var first = CliRunner.Run("db", "migrate", "--connection", database.ConnectionString);
        var second = CliRunner.Run("db", "migrate", "--connection", database.ConnectionString);

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("applied 19 migration(s) 0001_initial.sql, 0002_nightly_runs.sql, 0003_run_inputs.sql, 0004_run_inputs_lz4.sql, 0005_bulk_rows_without_foreign_keys.sql, 0006_refused_runs.sql, 0007_run_inputs_encoding_lines.sql, 0008_claims_per_plan_period.sql, 0009_prepared_runs.sql, 0010_accounts.sql, 0011_inspector_tasks.sql, 0012_result_entry.sql, 0013_task_reassignments.sql, 0014_public_pages.sql, 0015_analyst_reports.sql, 0016_night_alerts.sql, 0017_change_requests.sql, 0018_discipline_role.sql, 0019_change_drafts.sql", first.Out, StringComparison.Ordinal);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("applied 0 migration(s)", second.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuditVerify_EditedRow_ExitsSixNamingTheEntry()
    {
        var server = await PostgresServer.GetAsync();
        await using var database = await server.CreateDatabaseAsync();
        var log = new AuditLog(database.Database, TimeProvider.System);
        for (var i = 0; i < 3; i++)
        {
            await log.AppendAsync("draw", $"D{i}", JsonSerializer.SerializeToElement(new { n = i }), "tester");
        }

        var intact = CliRunner.Run("audit", "verify", "--connection", database.ConnectionString);
        await database.ExecuteAsync("UPDATE supervision.audit_log SET subject = 'X' WHERE seq = 2");
        var broken = CliRunner.Run("audit", "verify", "--connection", database.ConnectionString);

        Assert.Equal(0, intact.ExitCode);
        Assert.Contains("intact: 3 entries", intact.Out, StringComparison.Ordinal);
        Assert.Equal(6, broken.ExitCode);
        Assert.Contains("broken at entry 2", broken.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DbImport_BadRowsReportedWithLine_GoodRowsImportedAndAudited_SecondImportChangesNothing()
    {
        var server = await PostgresServer.GetAsync();
        await using var database = await server.CreateDatabaseAsync(migrated: false);
        using var data = new TempDirectory();
        var lines = File.ReadAllLines(Path.Combine(RepoPaths.DataSamples, "enterprises.csv")).Take(101).ToList();
        lines[5] = lines[5].Replace(",operating,", ",sleeping,", StringComparison.Ordinal);
        await File.WriteAllLinesAsync(Path.Combine(data.Path, "enterprises.csv"), lines);

        var first = CliRunner.Run("db", "import", "--data", data.Path, "--rules", RepoPaths.Rules, "--connection", database.ConnectionString);
        var second = CliRunner.Run("db", "import", "--data", data.Path, "--rules", RepoPaths.Rules, "--connection", database.ConnectionString);

        Assert.Equal(4, first.ExitCode);
        Assert.Contains("enterprises.csv:6:", first.Error, StringComparison.Ordinal);
        Assert.Contains("99 enterprises: 99 new, 0 changed, 0 unchanged", first.Out, StringComparison.Ordinal);
        Assert.Contains("99 enterprises: 0 new, 0 changed, 99 unchanged", second.Out, StringComparison.Ordinal);
        Assert.Equal(99L, await database.ScalarAsync<long>("SELECT count(*) FROM supervision.enterprises"));
        Assert.Equal(1L, await database.ScalarAsync<long>(
            "SELECT count(*) FROM supervision.audit_log WHERE kind = 'import' AND payload -> 'files' -> 0 ->> 'rejected' = '1' AND payload -> 'enterprises' ->> 'inserted' = '99'"));
        Assert.Null((await new AuditLog(database.Database, TimeProvider.System).VerifyAsync()).Problem);
    }

    [Fact]
    public async Task RulesPublish_ApprovedRequestWithConnection_StoresTheArchiveAndAuditsOnce_AndOnlyOnce()
    {
        var server = await PostgresServer.GetAsync();
        await using var database = await server.CreateDatabaseAsync();
        using var bundle = new BundleCopy();
        using var store = new TempDirectory();
        await new Supervision.Storage.Migrations.MigrationRunner(database.Database).MigrateAsync();
        var accounts = new Supervision.Storage.Accounts.AccountStore(database.Database, TimeProvider.System);
        foreach (var user in new[] { "an.author", "bo.reviewer" })
        {
            await accounts.AddAsync(new Supervision.Storage.Accounts.AccountDraft(user, user, "regulator", null), "regulator-pw-2026", mustChangePassword: false, "test");
        }

        var requests = new Supervision.Storage.Changes.ChangeRequestStore(database.Database, TimeProvider.System);
        var id = await new Supervision.Application.Bundles.BundleChanges(requests, TimeProvider.System).ProposeAsync(
            "首次发布", "an.author", Supervision.Application.Bundles.CandidateArchive.Pack(bundle.Directory), null, CancellationToken.None);
        await requests.ReviewAsync(id, "bo.reviewer", approve: true, "同意");
        string[] args = ["rules", "publish", "--rules", bundle.Directory, "--store", store.Path, "--connection", database.ConnectionString, "--approval", $"{id}"];

        var first = CliRunner.Run(args);
        var again = CliRunner.Run(args);

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("recorded in", first.Out, StringComparison.Ordinal);
        Assert.Equal(2, again.ExitCode);
        Assert.Contains("is published: only an approved request is published", again.Error, StringComparison.Ordinal);
        Assert.Equal(ShippedBundle.Bundle.Bundle.ContentHash, await database.ScalarAsync<string>("SELECT content_hash FROM supervision.rule_bundles"));
        Assert.Equal(1L, await database.ScalarAsync<long>("SELECT count(*) FROM supervision.audit_log WHERE kind = 'rule-publication'"));
        Assert.Null((await new AuditLog(database.Database, TimeProvider.System).VerifyAsync()).Problem);
    }

    [Fact]
    public void DbMigrate_NoServer_RetriesThenSaysUnreachableWithoutAStackTrace()
    {
        var (code, _, error) = CliRunner.Run("db", "migrate", "--connection", "Host=127.0.0.1;Port=1;Username=postgres;Database=x", "--retries", "1");

        Assert.Equal(7, code);
        Assert.Contains("unreachable", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }
}
