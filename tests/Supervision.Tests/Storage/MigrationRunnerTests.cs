using Supervision.Storage;
using Supervision.Storage.Migrations;

namespace Supervision.Tests.Storage;

/// <summary>The migration runner against a real PostgreSQL; every test starts from an empty database of its own.</summary>
public sealed class MigrationRunnerTests
{
    private static readonly string[] Tables =
    [
        "accounts", "assessment_runs", "assessments", "audit_log", "change_drafts", "change_requests", "credit_records", "draw_claims", "draw_items", "draw_tasks", "draws", "enterprises",
        "indicator_snapshots", "inspection_results", "inspections", "inspectors", "night_alert_failures", "night_alerts", "plan_period_claims", "plans", "public_draw_files", "public_draw_headers", "rule_bundles", "run_breakdowns", "run_chunks", "run_inputs", "run_moves", "run_reports",
        "schema_migrations", "task_reassignments", "task_recusals",
    ];

    [Fact]
    public async Task MigrateAsync_EmptyDatabase_CreatesTheSchemaAndJournalsEveryScript()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync(migrated: false);

        var report = await new MigrationRunner(db.Database).MigrateAsync();

        Assert.Equal(EmbeddedMigrations.All.Select(m => m.Name), report.Applied);
        Assert.Empty(report.AlreadyApplied);
        Assert.Equal(Tables, await TablesAsync(db));
        Assert.Equal(EmbeddedMigrations.All.Count, await db.ScalarAsync<long>("SELECT count(*) FROM supervision.schema_migrations"));
        Assert.Equal(EmbeddedMigrations.All[0].Sha256,
            await db.ScalarAsync<string>("SELECT sha256 FROM supervision.schema_migrations WHERE version = 1"));
    }

    [Fact]
    public async Task MigrateAsync_SecondRun_AppliesNothing()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync(migrated: false);
        await new MigrationRunner(db.Database).MigrateAsync();

        var second = await new MigrationRunner(db.Database).MigrateAsync();

        Assert.Empty(second.Applied);
        Assert.Equal(EmbeddedMigrations.All.Select(m => m.Name), second.AlreadyApplied);
    }

    [Fact]
    public async Task MigrateAsync_TwoConcurrentRunners_ApplyEachScriptOnce()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync(migrated: false);
        await using var other = Database.Create(db.ConnectionString);

        var reports = await Task.WhenAll(
            Task.Run(() => new MigrationRunner(db.Database).MigrateAsync()),
            Task.Run(() => new MigrationRunner(other).MigrateAsync()));

        Assert.Equal(EmbeddedMigrations.All.Select(m => m.Name), reports.SelectMany(r => r.Applied).Order(StringComparer.Ordinal));
        Assert.Single(reports, r => r.Applied.Count == 0);
        Assert.Equal(EmbeddedMigrations.All.Count, await db.ScalarAsync<long>("SELECT count(*) FROM supervision.schema_migrations"));
    }

    [Fact]
    public async Task MigrateAsync_NewScript_AppliesOnlyIt()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync(migrated: true);
        var next = MigrationScript.Parse("9001_extra.sql", "CREATE TABLE supervision.extra (id integer PRIMARY KEY);");

        var report = await new MigrationRunner(db.Database, [.. EmbeddedMigrations.All, next]).MigrateAsync();

        Assert.Equal(["9001_extra.sql"], report.Applied);
        Assert.Equal(0L, await db.ScalarAsync<long>("SELECT count(*) FROM supervision.extra"));
    }

    [Fact]
    public async Task MigrateAsync_AppliedScriptChanged_RefusesAndAppliesNothing()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync(migrated: true);
        var first = EmbeddedMigrations.All[0];
        var edited = MigrationScript.Parse(first.Name, first.Sql + "\nCREATE TABLE supervision.sneaked_in (id integer);\n");
        var next = MigrationScript.Parse("9001_extra.sql", "CREATE TABLE supervision.extra (id integer PRIMARY KEY);");

        var refused = await Assert.ThrowsAsync<MigrationException>(
            () => new MigrationRunner(db.Database, [edited, .. EmbeddedMigrations.All.Skip(1), next]).MigrateAsync());

        Assert.Contains($"Migration {first.Name} was changed after it was applied", refused.Message, StringComparison.Ordinal);
        Assert.Contains(first.Sha256, refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("extra", await TablesAsync(db));
    }

    [Fact]
    public async Task MigrateAsync_DatabaseMigratedByANewerBuild_Refuses()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync(migrated: true);
        await db.ExecuteAsync("INSERT INTO supervision.schema_migrations (version, name, sha256) VALUES (9999, '9999_future.sql', 'x')");

        var refused = await Assert.ThrowsAsync<MigrationException>(() => new MigrationRunner(db.Database).MigrateAsync());

        Assert.Contains("9999_future.sql", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NameWithoutVersion_Throws()
        => Assert.Throws<ArgumentException>(() => MigrationScript.Parse("initial.sql", "SELECT 1;"));

    [Fact]
    public void Parse_WindowsLineEnds_HashLikeUnixLineEnds()
        => Assert.Equal(MigrationScript.Parse("0001_a.sql", "SELECT 1;\nSELECT 2;\n").Sha256,
            MigrationScript.Parse("0001_a.sql", "SELECT 1;\r\nSELECT 2;\r\n").Sha256);

    private static async Task<List<string>> TablesAsync(TestDatabase db)
    {
        await using var connection = await db.Database.OpenConnectionAsync();
        await using var command = new Npgsql.NpgsqlCommand(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'supervision' ORDER BY table_name COLLATE \"C\"", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var tables = new List<string>();
        while (await reader.ReadAsync())
        {
            tables.Add(reader.GetString(0));
        }

        return tables;
    }
}
