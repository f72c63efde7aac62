using Supervision.Tests.Cli;
using Supervision.Tests.Draws;
using Supervision.Tests.Import;
using Supervision.Tests.Storage;
using Supervision.Tests.Support;

namespace Supervision.Tests.Reports;

/// <summary>
/// Collection fixture (<see cref="TwoNightsCollection"/>): a database holding two real nights of the shipped data in PostgreSQL, as `serve` keeps them —
/// 2026-11-27 (completed, drawn) and 2026-11-30 (scored; its plans were drawn already) — so that the reports have a
/// previous night to compare with and enterprises that moved between them (windows that closed in three days).
/// Two tasks in three have a confirmed result (<see cref="InitializeAsync"/> says which found a problem). The tests only read it.
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

        // Results come back for two tasks in three: a problem in every third targeted task (category pools, blacklist) and
        // in one verification task in ten, confirmed (as results from before the two-inspector rule are); the rest wait.
        await database.ExecuteAsync("""
            INSERT INTO supervision.inspection_results (draw_id, task_id, inspected_on, outcome, recorded_by, recorded_at, state)
            SELECT draw_id, task_id, window_from,
                   CASE WHEN pool = 'verification' AND task_no % 10 = 0 THEN 'correction_ordered'
                        WHEN pool <> 'verification' AND task_no % 3 = 0 THEN 'further_handling'
                        ELSE 'no_problem' END,
                   'test', '2026-12-05T02:00:00Z', 'confirmed'
            FROM supervision.draw_tasks WHERE task_no % 3 <> 1
            """);
    }

    public async Task DisposeAsync()
    {
        if (database is not null)
        {
            await database.DisposeAsync();
        }
    }
}
