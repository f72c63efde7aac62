using System.Globalization;
using Supervision.Application.Results;
using Supervision.Data.Results;
using Supervision.Storage.Results;
using Supervision.Storage.Tasks;
using Supervision.Tests.Cli;
using Supervision.Tests.Draws;
using Supervision.Tests.Import;
using Supervision.Tests.Storage;
using Supervision.Tests.Support;

namespace Supervision.Tests.Nightly;

/// <summary>
/// A result entered and confirmed in the web service reaches the next night's scores with nobody exporting a file: the
/// night on PostgreSQL takes in every confirmed result (checked again, decided with the tolerance list and the ledger,
/// fed back into a copy of the data) before it cuts its inputs.
/// </summary>
public sealed class ResultsIntakeTests
{
    [Fact]
    public async Task AConfirmedWebResult_MovesTheNextNightsScore_AnUnconfirmedOneDoesNot()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync(migrated: false);
        using var output = new TempDirectory();
        var first = Night(db, "2026-11-27", Path.Combine(output.Path, "first"));
        Assert.True(first.ExitCode == 0, first.Error);

        // Two tasks of enterprises the first night found without a recent penalty, each with a team of two.
        var runs = await db.ListAsync<string>("SELECT run_id FROM supervision.assessment_runs ORDER BY as_of");
        var tasks = await db.ListAsync<long>(
            $"""
            SELECT t.task_no FROM supervision.draw_tasks AS t
            JOIN supervision.assessments AS a ON a.run_id = '{runs[0]}' AND a.uscc = t.uscc
            WHERE cardinality(t.team) = 2 AND NOT ('C-DED-PENALTY-12M' = ANY (a.fired)) AND NOT ('C-DED-ABNORMAL' = ANY (a.fired))
            ORDER BY t.task_no LIMIT 3
            """);
        var (confirmed, unconfirmed) = (await EnterAsync(db, tasks[0], confirm: true), await EnterAsync(db, tasks[1], confirm: false));
        var unreachable = await EnterAsync(db, tasks[2], confirm: true, unreachable: true);
        var asOf = new[] { confirmed.Date, unconfirmed.Date, unreachable.Date }.Max();

        var second = Night(db, asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Path.Combine(output.Path, "second"));

        Assert.True(second.ExitCode is 0 or 4, second.Error);
        Assert.Contains("took in 2 result(s) confirmed in the service (0 no longer accepted): 1 finding(s) decided, 2 inspection row(s), 1 penalty row(s) and 1 abnormal-list row(s) fed back", second.Error, StringComparison.Ordinal);
        var secondRun = (await db.ListAsync<string>("SELECT run_id FROM supervision.assessment_runs ORDER BY as_of"))[^1];
        Assert.True(await FiredAsync(db, secondRun, confirmed.Uscc, "C-DED-PENALTY-12M"));
        Assert.False(await FiredAsync(db, secondRun, unconfirmed.Uscc, "C-DED-PENALTY-12M"));

        // 通过登记的住所（经营场所）无法联系 lists the enterprise as abnormal (暂行办法第四条第（四）项) from the next night on.
        Assert.True(await FiredAsync(db, secondRun, unreachable.Uscc, "C-DED-ABNORMAL"));
        Assert.False(await FiredAsync(db, secondRun, confirmed.Uscc, "C-DED-ABNORMAL"));
        var intake = Path.Combine(output.Path, "second", TakeInResults.Folder, asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Assert.Contains(confirmed.TaskId + "#SJ-ZZ-99", File.ReadAllText(Path.Combine(intake, DecisionCsv.File)), StringComparison.Ordinal);
        Assert.Contains($"{confirmed.TaskId},{confirmed.Uscc}", File.ReadAllText(Path.Combine(intake, FeedbackWriter.NextData, "inspections.csv")), StringComparison.Ordinal);
        Assert.DoesNotContain(unconfirmed.TaskId, File.ReadAllText(Path.Combine(intake, FeedbackWriter.NextData, "inspections.csv")), StringComparison.Ordinal);
        Assert.All(Supervision.Model.Import.InputFiles.All.Select(f => f.Name).Where(f => File.Exists(Path.Combine(RepoPaths.DataSamples, f))),
            f => Assert.True(File.Exists(Path.Combine(intake, FeedbackWriter.NextData, f)), $"the copy is a whole night's input: {f}"));
        Assert.True(File.Exists(Path.Combine(output.Path, "second", TakeInResults.Folder, TakeInResults.LedgerFile)));
        Assert.Contains("第四条第（四）项", File.ReadAllText(Path.Combine(intake, "feedback-credit-records.csv")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutConfirmedResults_TheNightReadsTheDataDirectoryAsItIs_AndWritesNothing()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        using var work = new TempDirectory();

        var intake = await TakeInResults.RunAsync(new ResultEntryStore(db.Database, TimeProvider.System), ShippedBundle.Bundle,
            DecideResults.LoadDecider(ShippedBundle.Bundle, RepoPaths.Rules, new Supervision.Rules.Diagnostics.DiagnosticBag())!,
            RepoPaths.DataSamples, work.Path, new DateOnly(2026, 12, 31), CancellationToken.None);

        Assert.Equal(new ResultsIntake(RepoPaths.DataSamples, 0, 0, 0, 0, 0, 0), intake);
        Assert.Empty(Directory.EnumerateFileSystemEntries(work.Path));
    }

    private static (int ExitCode, string Out, string Error) Night(TestDatabase db, string asOf, string output)
        => CliRunner.Run("nightly", "--postgres", "--no-files", "--connection", db.ConnectionString, "--data", RepoPaths.DataSamples,
            "--rules", RepoPaths.Rules, "--as-of", asOf, "--seed", DrawWorld.Seed, "--chunk-size", "1000", "--workers", "2", "--out", output);

    /// <summary>A result of task <paramref name="taskNo"/> with one finding no list row tolerates (依法处罚), entered by its first member.</summary>
    private static async Task<(string TaskId, string Uscc, DateOnly Date)> EnterAsync(TestDatabase db, long taskNo, bool confirm, bool unreachable = false)
    {
        var taskStore = new InspectorTaskStore(db.Database, TimeProvider.System);
        var results = new ResultEntryStore(db.Database, TimeProvider.System);
        var team = await db.ScalarAsync<string[]>("SELECT team FROM supervision.draw_tasks WHERE task_no = $1", taskNo);
        var task = (await taskStore.FindAsync(team[0], taskNo))!;
        var date = task.WindowFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var item = task.Items[0].Code;
        var cells = unreachable
            ? new Dictionary<string, string>
            {
                [ResultColumns.Outcome] = "unreachable", [ResultColumns.Date] = date, [ResultColumns.Inspectors] = string.Join(';', team),
                [ResultColumns.ItemsChecked] = item, [ResultColumns.Harm] = "none", [ResultColumns.Status] = "not_required",
            }
            : new Dictionary<string, string>
            {
                [ResultColumns.Outcome] = "correction_ordered", [ResultColumns.Date] = date, [ResultColumns.Inspectors] = string.Join(';', team),
                [ResultColumns.ItemsChecked] = item, [ResultColumns.Findings] = $"{item}:SJ-ZZ-99", [ResultColumns.Harm] = "none",
                [ResultColumns.Status] = "corrected", [ResultColumns.Timing] = "before_decision", [ResultColumns.CorrectedOn] = date,
            };
        var report = await new Supervision.Application.Results.EnterResult(taskStore, results).RunAsync(team[0], "first.member", taskNo, cells);
        Assert.True(report.Attempt == EntryAttempt.Recorded, string.Join("; ", report.Errors.SelectMany(e => e.Value)));
        if (confirm)
        {
            Assert.Equal(ConfirmOutcome.Confirmed, await results.ConfirmAsync(team[1], "second.member", taskNo));
        }

        return (task.TaskId, task.Uscc, task.WindowFrom);
    }

    private static async Task<bool> FiredAsync(TestDatabase db, string runId, string uscc, string rule)
        => await db.ScalarAsync<bool>("SELECT $3 = ANY (fired) FROM supervision.assessments WHERE run_id = $1 AND uscc = $2", runId, uscc, rule);
}
