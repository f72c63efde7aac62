using Supervision.Tests.Draws;
using Supervision.Tests.Import;
using Supervision.Tests.Storage;
using Supervision.Tests.Support;

namespace Supervision.Tests.Cli;

/// <summary>`nightly --postgres --no-files` runs the night as the service does: everything in PostgreSQL, no file.</summary>
public sealed class NightlyNoFilesTests
{
    [Fact]
    public async Task NightlyPostgresNoFiles_DrawsIntoTheDatabase_WritesNoFile_DropsTheInputSlices()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync(migrated: false);
        using var output = new TempDirectory();

        var result = CliRunner.Run("nightly", "--postgres", "--no-files", "--timings", "--connection", db.ConnectionString, "--data", RepoPaths.DataSamples,
            "--rules", RepoPaths.Rules, "--as-of", "2026-11-27", "--seed", DrawWorld.Seed, "--chunk-size", "1000", "--workers", "2", "--out", output.Path);

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("no files rendered", result.Out, StringComparison.Ordinal);
        Assert.Contains("plan: cut, fingerprint and store the input slices", result.Error, StringComparison.Ordinal);
        Assert.Contains("chunk 3 score", result.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(output.Path));
        Assert.Equal("completed", await db.ScalarAsync<string>("SELECT status FROM supervision.assessment_runs"));
        Assert.Equal(4000L, await db.ScalarAsync<long>("SELECT count(*) FROM supervision.assessments"));
        Assert.Equal(467L, await db.ScalarAsync<long>("SELECT count(*) FROM supervision.draw_tasks"));
        Assert.Equal(0L, await db.ScalarAsync<long>("SELECT count(*) FROM supervision.run_inputs"));
        // The analysts' report rows are built as soon as the night is final, not on the morning's first report.
        Assert.Equal(4000L, await db.ScalarAsync<long>("SELECT sum(enterprises)::bigint FROM supervision.run_breakdowns"));
        Assert.Equal(4000, await db.ScalarAsync<int>("SELECT enterprises FROM supervision.run_reports"));
        Assert.Equal(0L, await db.ScalarAsync<long>("SELECT count(*) FROM supervision.audit_log WHERE kind = 'publication'"));
    }

    [Fact]
    public void NoFiles_WithoutPostgres_IsAUsageError()
    {
        var result = CliRunner.Run("nightly", "--no-files", "--data", RepoPaths.DataSamples, "--rules", RepoPaths.Rules, "--as-of", "2026-11-27");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--no-files needs --postgres", result.Error, StringComparison.Ordinal);
    }
}
