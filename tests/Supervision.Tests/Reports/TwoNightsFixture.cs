using Supervision.Tests.Cli;
using Supervision.Tests.Draws;
using Supervision.Tests.Import;
using Supervision.Tests.Storage;
using Supervision.Tests.Support;

namespace Supervision.Tests.Reports;

/// <summary>
/// Class fixture: a database holding two real nights of the shipped data in PostgreSQL, as `serve` keeps them —
/// 2026-11-27 (completed, drawn) and 2026-11-30 (scored; its plans were drawn already) — so that the reports have a
/// previous night to compare with and enterprises that moved between them (windows that closed in three days).
/// The tests of a class only read it.
/// </summary>
public sealed class TwoNightsFixture : IAsyncLifetime
{
    public const string FirstAsOf = "2026-11-27";
    public const string SecondAsOf = "2026-11-30";

    private TestDatabase? database;

    public TestDatabase Database => database ?? throw new InvalidOperationException("The fixture is not initialised.");

    /// <summary>The run of <see cref="FirstAsOf"/>.</summary>
    public string FirstRun { get; private set; } = "";

    /// <summary>The run of <see cref="SecondAsOf"/>.</summary>
    public string SecondRun { get; private set; } = "";

    public async Task InitializeAsync()
    {
        database = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        foreach (var asOf in new[] { FirstAsOf, SecondAsOf })
        {
            using var output = new TempDirectory();
            var result = CliRunner.Run("nightly", "--postgres", "--no-files", "--connection", database.ConnectionString, "--data", RepoPaths.DataSamples,
                "--rules", RepoPaths.Rules, "--as-of", asOf, "--seed", DrawWorld.Seed, "--out", output.Path);
            Assert.True(result.ExitCode == 0, result.Error);
        }

        var runs = await database.ListAsync<string>("SELECT run_id FROM supervision.assessment_runs ORDER BY as_of");
        (FirstRun, SecondRun) = (runs[0], runs[1]);
    }

    public async Task DisposeAsync()
    {
        if (database is not null)
        {
            await database.DisposeAsync();
        }
    }
}
