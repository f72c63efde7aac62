using Microsoft.Extensions.Logging.Abstractions;
using Supervision.Application.Draws;
using Supervision.Application.Nightly;
using Supervision.Data.Draws;
using Supervision.Draws.Protocol;
using Supervision.Runs;
using Supervision.Tests.Cli;
using Supervision.Tests.Draws;
using Supervision.Tests.Import;
using Supervision.Tests.Storage;
using Supervision.Tests.Support;

namespace Supervision.Tests.Nightly;

/// <summary>
/// Nights on the fair-draw protocol (commit, then reveal): a night publishes its preparation with the departments'
/// commitments made in advance, and its draw is made by a later call once the next day's public value and the shares are
/// on the desk, with nobody waiting at night. The draw so made is the one <c>draw execute</c> makes and verifies.
/// </summary>
public sealed class PreparedNightTests
{
    private const string Template = "测试用公开随机数 {date} 的值";
    private static readonly string[] Departments = ["市场监管局", "交通运输局", "生态环境局", "应急管理局"];

    [Fact]
    public async Task TheNightPreparesAndDrawsNothing_ALaterCallDrawsOnceValueAndSharesAreThere_TheDrawVerifies()
    {
        using var world = new NightlyWorld();
        using var deskDirectory = new TempDirectory();
        var desk = new DrawDesk(deskDirectory.Path, Template);
        Commit(desk, DrawWorld.AsOf);

        var night = await world.RunAsync(settings: NightlyWorld.Settings() with { Desk = desk });
        var run = night.Run!;
        var preparationDirectory = desk.PreparationDirectory(run.DrawId!);
        var executor = new ExecutePreparedNights(world.Store, desk, TimeProvider.System, NullLogger.Instance);
        var early = await executor.RunAsync(CancellationToken.None);
        var statusBeforeTheReveal = (await world.Store.GetRunAsync(run.RunId, CancellationToken.None))!.Status;
        Reveal(desk, DrawWorld.AsOf, "03 11 25 38 41 52 60 77\n");
        var drawn = await executor.RunAsync(CancellationToken.None);
        var again = await executor.RunAsync(CancellationToken.None);

        Assert.Equal(RunStatus.Prepared, run.Status);
        Assert.Contains("publish", run.Message, StringComparison.Ordinal);
        Assert.Contains(desk.PublicValueFile(DrawWorld.AsOf.AddDays(1)), run.Message, StringComparison.Ordinal);
        var (preparation, _) = PreparationJson.Read(Path.Combine(preparationDirectory, DrawPreparation.FileName));
        Assert.Equal("测试用公开随机数 2026-11-28 的值", preparation.PublicRandomness);
        Assert.Equal(Departments, preparation.Commitments.Select(c => c.Department));
        Assert.Empty(early);
        Assert.Equal(RunStatus.Prepared, statusBeforeTheReveal);

        var completed = Assert.Single(drawn);
        Assert.Equal(RunStatus.Completed, completed.Status);
        Assert.Empty(again);
        var saved = await world.Store.ReadDrawAsync(run.RunId, CancellationToken.None);
        Assert.NotNull(saved);
        Assert.Equal(run.DrawId, saved.Record.DrawId);
        Assert.NotNull(saved.Record.Preparation);
        var verification = VerifyDraw.Run(Path.Combine(preparationDirectory, DrawOutputs.RecordFile), Path.Combine(preparationDirectory, DrawOutputs.PopulationFile),
            Path.Combine(preparationDirectory, DrawPreparation.FileName));
        Assert.True(verification.Verified, string.Join("\n", verification.Problems) + verification.Error);

        // The same preparation executed by hand (`draw execute`) with the same value and shares is the same draw, byte for byte.
        using var copy = new TempDirectory();
        foreach (var file in (string[])[DrawPreparation.FileName, DrawOutputs.PopulationFile])
        {
            File.Copy(Path.Combine(preparationDirectory, file), Path.Combine(copy.Path, file));
        }

        var byHand = ExecuteDraw.Run(copy.Path, Shares(), "03 11 25 38 41 52 60 77", null);
        Assert.Equal(File.ReadAllBytes(Path.Combine(preparationDirectory, DrawOutputs.RecordFile)), File.ReadAllBytes(Path.Combine(copy.Path, DrawOutputs.RecordFile)));
        Assert.NotNull(byHand.Result);
    }

    [Fact]
    public async Task AShareThatDoesNotMatchItsCommitment_IsRefused_TheRunWaitsWithTheReason_TheTrueShareThenDraws()
    {
        using var world = new NightlyWorld();
        using var deskDirectory = new TempDirectory();
        var desk = new DrawDesk(deskDirectory.Path, Template);
        Commit(desk, DrawWorld.AsOf);
        var run = (await world.RunAsync(settings: NightlyWorld.Settings() with { Desk = desk })).Run!;
        Reveal(desk, DrawWorld.AsOf, "42");
        File.WriteAllText(desk.ShareFile(DrawWorld.AsOf, "生态环境局"), new string('e', 64));
        var executor = new ExecutePreparedNights(world.Store, desk, TimeProvider.System, NullLogger.Instance);

        var refused = await executor.RunAsync(CancellationToken.None);
        var waiting = await world.Store.GetRunAsync(run.RunId, CancellationToken.None);
        var drawBefore = await world.Store.ReadDrawAsync(run.RunId, CancellationToken.None);
        File.WriteAllText(desk.ShareFile(DrawWorld.AsOf, "生态环境局"), Share("生态环境局"));
        var drawn = await executor.RunAsync(CancellationToken.None);

        Assert.Empty(refused);
        Assert.Equal(RunStatus.Prepared, waiting!.Status);
        Assert.Contains("refused at execution", waiting.Message, StringComparison.Ordinal);
        Assert.Contains("生态环境局", waiting.Message, StringComparison.Ordinal);
        Assert.Null(drawBefore);
        Assert.Single(drawn);
    }

    [Fact]
    public async Task ADepartmentWithoutACommitmentForTheDate_FailsTheNightNamingTheFile_NothingPrepared_TheNightStartedAgainProceeds()
    {
        using var world = new NightlyWorld();
        using var deskDirectory = new TempDirectory();
        var desk = new DrawDesk(deskDirectory.Path, Template);
        Commit(desk, DrawWorld.AsOf);
        File.WriteAllText(desk.CommitmentsFile("应急管理局"), $"{DrawDesk.CommitmentsHeader}\n2026-11-30,{new string('a', 64)}\n2026-12-01,not-a-hash\n");

        var run = (await world.RunAsync(settings: NightlyWorld.Settings() with { Desk = desk })).Run!;
        var next = await world.RunAsync(settings: NightlyWorld.Settings());

        Assert.Equal(RunStatus.Failed, run.Status);
        Assert.Contains($"{desk.CommitmentsFile("应急管理局")}: no commitment of 应急管理局 for 2026-11-27", run.Message, StringComparison.Ordinal);
        Assert.Contains($"{desk.CommitmentsFile("应急管理局")}:3: expected date,commitment", run.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(deskDirectory.Path, "preparations")));

        // The failed night holds its plans for itself: started again (here without the desk) it draws.
        Assert.Equal(RunStatus.Completed, next.Run!.Status);
    }

    [Fact]
    public void ATemplateWithoutTheDate_IsRefused_AValueFileLosesOnlyItsLineBreak()
    {
        using var deskDirectory = new TempDirectory();
        var error = Assert.Throws<ArgumentException>(() => new DrawDesk(deskDirectory.Path, "中国福利彩票快乐8 开奖号码"));
        Assert.Contains("{date}", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new DrawDesk(deskDirectory.Path, " {date} "));

        var desk = new DrawDesk(deskDirectory.Path, "快乐8 {date} 开奖号码");
        Directory.CreateDirectory(Path.GetDirectoryName(desk.PublicValueFile(DrawWorld.AsOf))!);
        File.WriteAllText(desk.PublicValueFile(DrawWorld.AsOf), " 01 02  03 \r\n");
        Assert.Equal(" 01 02  03 ", desk.PublicValue(DrawWorld.AsOf));
        Assert.Null(desk.PublicValue(DrawWorld.AsOf.AddDays(1)));
        Assert.Equal("快乐8 2026-11-28 开奖号码", desk.PublicRandomness(DrawWorld.AsOf));
    }

    [Fact]
    public void DrawShareDates_WritesAShareANightAndTheDesksCommitmentsFile_WhichMatch_AndNeverOverwrites()
    {
        using var directory = new TempDirectory();
        var keys = Path.Combine(directory.Path, "keys");

        var made = CliRunner.Run("draw", "share", "--department", "市场监管局", "--dates", "2026-11-27..2026-11-29", "--out", keys);
        var again = CliRunner.Run("draw", "share", "--department", "市场监管局", "--dates", "2026-11-29..2026-11-30", "--out", keys);
        var backwards = CliRunner.Run("draw", "share", "--department", "市场监管局", "--dates", "2026-11-29..2026-11-27", "--out", Path.Combine(directory.Path, "x"));

        Assert.Equal(0, made.ExitCode);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("never overwritten", again.Error, StringComparison.Ordinal);
        Assert.Equal(1, backwards.ExitCode);
        var desk = new DrawDesk(directory.Path, Template);
        Directory.CreateDirectory(Path.Combine(directory.Path, "commitments"));
        File.Copy(Path.Combine(keys, "市场监管局.csv"), desk.CommitmentsFile("市场监管局"));
        foreach (var day in new[] { 27, 28, 29 })
        {
            var date = new DateOnly(2026, 11, day);
            var (commitments, problems) = desk.Commitments(date, ["市场监管局"]);
            Assert.Empty(problems);
            Assert.True(SeedShares.Matches("市场监管局", File.ReadAllText(Path.Combine(keys, $"{date:yyyy-MM-dd}.share")).Trim(), commitments[0].Commitment));
        }
    }

    [Fact]
    public async Task PostgresMode_CliNights_PrepareIntoTheAuditLog_TheNextNightDrawsIt_AndPublishesItsNotice()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        using var directory = new TempDirectory();
        var desk = new DrawDesk(Path.Combine(directory.Path, "desk"), Template);
        Commit(desk, DrawWorld.AsOf);
        string[] Night(DateOnly asOf) =>
        [
            "nightly", "--postgres", "--connection", db.ConnectionString, "--data", RepoPaths.DataSamples, "--rules", RepoPaths.Rules,
            "--as-of", $"{asOf:yyyy-MM-dd}", "--out", Path.Combine(directory.Path, "out"), "--draw-desk", desk.Root, "--public-randomness", Template,
        ];

        var first = CliRunner.Run(Night(DrawWorld.AsOf));
        var statusAfterFirst = await db.ListAsync<string>("SELECT status FROM supervision.assessment_runs ORDER BY as_of");
        Reveal(desk, DrawWorld.AsOf, "88 17 02");
        var second = CliRunner.Run(Night(DrawWorld.AsOf.AddDays(1)));

        Assert.True(first.ExitCode == 0, first.Out + first.Error);
        Assert.Equal(["prepared"], statusAfterFirst);
        Assert.Contains("prepared draw 20261127-", first.Out, StringComparison.Ordinal);
        Assert.True(second.ExitCode is 0 or 4, second.Out + second.Error);
        Assert.Contains("drew 20261127-", second.Out, StringComparison.Ordinal);
        Assert.Equal(["completed", "already_drawn"], await db.ListAsync<string>("SELECT status FROM supervision.assessment_runs ORDER BY as_of"));
        Assert.Equal(1L, await db.ScalarAsync<long>("SELECT count(*) FROM supervision.draws"));
        var published = await db.ListAsync<string>("SELECT subject FROM supervision.audit_log WHERE kind = 'publication' ORDER BY seq");
        Assert.Equal(2, published.Count);
        Assert.StartsWith("preparation:20261127-", published[0], StringComparison.Ordinal);
        Assert.StartsWith("20261127-", published[1], StringComparison.Ordinal);
    }

    /// <summary>Each department's share of a night: fixed, distinct, so that tests can reveal them.</summary>
    private static string Share(string department) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(department)));

    private static Dictionary<string, string> Shares() => Departments.ToDictionary(d => d, Share, StringComparer.Ordinal);

    private static void Commit(DrawDesk desk, DateOnly date)
    {
        Directory.CreateDirectory(Path.Combine(desk.Root, "commitments"));
        foreach (var department in Departments)
        {
            File.WriteAllText(desk.CommitmentsFile(department),
                $"{DrawDesk.CommitmentsHeader}\n{date.AddDays(-1):yyyy-MM-dd},{new string('0', 64)}\n{date:yyyy-MM-dd},{SeedShares.Commitment(department, Share(department))}\n");
        }
    }

    private static void Reveal(DrawDesk desk, DateOnly date, string value)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(desk.PublicValueFile(DrawDesk.PublicValueDate(date)))!);
        File.WriteAllText(desk.PublicValueFile(DrawDesk.PublicValueDate(date)), value);
        foreach (var department in Departments)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(desk.ShareFile(date, department))!);
            File.WriteAllText(desk.ShareFile(date, department), Share(department) + "\n");
        }
    }
}
