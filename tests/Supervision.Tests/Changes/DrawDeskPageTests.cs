using System.Net;
using System.Security.Cryptography;
using System.Text;
using Supervision.Application.Draws;
using Supervision.Data.Draws;
using Supervision.Draws.Protocol;
using Supervision.Storage.Accounts;
using Supervision.Tests.Cli;
using Supervision.Tests.Import;
using Supervision.Tests.Service;
using Supervision.Tests.Storage;
using Supervision.Tests.Support;
using Supervision.Tests.Web;

namespace Supervision.Tests.Changes;

/// <summary>
/// 抽签台: the fair-draw protocol worked from the browser — departments hand over commitments for the nights to come, a
/// night prepares with them, the public value is recorded once it is out, each share is checked against its published
/// commitment when revealed, and the draw is made and verifies; each step in the audit log under the regulator's account,
/// and every step out of order refused.
/// </summary>
public sealed class DrawDeskPageTests
{
    private const string Template = "测试用公开随机数 {date} 的值";
    private const string Page = "/regulator/desk";
    private static readonly string[] Departments = ["市场监管局", "交通运输局", "生态环境局", "应急管理局"];
    private static readonly DateOnly Night = new(2026, 11, 27);

    [Fact]
    public async Task CommitmentsThenPreparationThenValueThenShares_DrawsOnce_AndVerifies_EachStepAudited_OutOfOrderRefused()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        using var directory = new TempDirectory();
        var desk = new DrawDesk(Path.Combine(directory.Path, "desk"), Template);
        var clock = new ManualClock(new DateTimeOffset(2026, 11, 26, 2, 0, 0, TimeSpan.Zero));
        await using var app = await WebWorld.StartAsync(db, clock, ("Supervision:DrawDesk", desk.Root), ("Supervision:PublicRandomness", Template));
        using var inspector = await WebWorld.ClientAsync(app, AccountRoles.Inspector);

        // The day before: each department hands over its commitments; a malformed file is refused whole, with its line.
        using (var regulator = await WebWorld.ClientAsync(app, AccountRoles.Regulator))
        {
            var (view, _, token) = await regulator.OpenFormAsync(Page);
            view.Dispose();
            using var malformed = await regulator.PostFormAsync($"{Page}?handler=Commitments", token,
                ("Department", "市场监管局"), ("CommitmentsText", $"{DrawDesk.CommitmentsHeader}\n{Night:yyyy-MM-dd},{Commitment("市场监管局")}\n2026-11-28,not-a-hash\n"));
            var malformedHtml = WebUtility.HtmlDecode(await malformed.Content.ReadAsStringAsync());
            Assert.Contains("第 3 行", malformedHtml, StringComparison.Ordinal);
            Assert.Contains("not-a-hash", malformedHtml, StringComparison.Ordinal);
            Assert.False(File.Exists(desk.CommitmentsFile("市场监管局")));

            using var stranger = await regulator.PostFormAsync($"{Page}?handler=Commitments", token,
                ("Department", "../市场监管局"), ("CommitmentsText", $"{Night:yyyy-MM-dd},{Commitment("市场监管局")}\n"));
            Assert.Contains("不是现行抽查计划的参与部门", WebUtility.HtmlDecode(await stranger.Content.ReadAsStringAsync()), StringComparison.Ordinal);

            foreach (var department in Departments)
            {
                using var handed = await regulator.PostFormAsync($"{Page}?handler=Commitments", token,
                    ("Department", department), ("CommitmentsText", $"{DrawDesk.CommitmentsHeader}\n{Night:yyyy-MM-dd},{Commitment(department)}\n{Night.AddDays(1):yyyy-MM-dd},{new string('1', 64)}\n"));
                Assert.Equal(HttpStatusCode.Redirect, handed.StatusCode);
            }

            // Preparing now enqueues the scheduled job itself (no worker runs in this test: it stays enqueued).
            var jobsBefore = await db.ScalarAsync<long>("SELECT count(*) FROM hangfire.job WHERE invocationdata::text LIKE '%ScheduledNightlyJob%'");
            using var prepare = await regulator.PostFormAsync($"{Page}?handler=Prepare", token);
            Assert.Equal($"{Page}?done=prepare", prepare.Headers.Location!.OriginalString);
            Assert.Equal(jobsBefore + 1, await db.ScalarAsync<long>("SELECT count(*) FROM hangfire.job WHERE invocationdata::text LIKE '%ScheduledNightlyJob%'"));

            // A bad line on the desk's own file is never dropped by a merge: the upload is refused until it is fixed.
            var marketFile = desk.CommitmentsFile("市场监管局");
            var handedOver = await File.ReadAllTextAsync(marketFile);
            await File.AppendAllTextAsync(marketFile, "2026-12-01,typed-by-hand\n");
            using var overBadFile = await regulator.PostFormAsync($"{Page}?handler=Commitments", token,
                ("Department", "市场监管局"), ("CommitmentsText", $"2026-12-02,{new string('3', 64)}\n"));
            Assert.Contains("抽签台上的承诺值文件有误", WebUtility.HtmlDecode(await overBadFile.Content.ReadAsStringAsync()), StringComparison.Ordinal);
            Assert.Contains("typed-by-hand", await File.ReadAllTextAsync(marketFile), StringComparison.Ordinal);
            await File.WriteAllTextAsync(marketFile, handedOver);

            using var changed = await regulator.PostFormAsync($"{Page}?handler=Commitments", token,
                ("Department", "市场监管局"), ("CommitmentsText", $"{Night:yyyy-MM-dd},{new string('2', 64)}\n"));
            Assert.Contains("承诺一经交出不能更改", WebUtility.HtmlDecode(await changed.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }

        // The night prepares with them (here the CLI's night on the same database and desk).
        var prepared = CliRunner.Run("nightly", "--postgres", "--connection", db.ConnectionString, "--data", RepoPaths.DataSamples, "--rules", RepoPaths.Rules,
            "--as-of", $"{Night:yyyy-MM-dd}", "--out", Path.Combine(directory.Path, "out"), "--draw-desk", desk.Root, "--public-randomness", Template);
        Assert.True(prepared.ExitCode == 0, prepared.Out + prepared.Error);
        var drawId = await db.ScalarAsync<string>("SELECT draw_id FROM supervision.assessment_runs WHERE status = 'prepared'");

        using (var regulator = await WebWorld.ClientAsync(app, AccountRoles.Regulator))
        {
            var (view, html, token) = await regulator.OpenFormAsync(Page);
            view.Dispose();
            html = WebUtility.HtmlDecode(html);
            Assert.Contains(drawId, html, StringComparison.Ordinal);
            Assert.Contains("测试用公开随机数 2026-11-28 的值", html, StringComparison.Ordinal);
            Assert.Contains(Commitment("应急管理局"), html, StringComparison.Ordinal);

            // Out of order: a share before the value, a value before its day.
            using var earlyShare = await regulator.PostFormAsync($"{Page}?handler=Share&drawDate=2026-11-27", token, ("Department", "市场监管局"), ("Share", Share("市场监管局")));
            Assert.Contains("请先记录公开随机数", WebUtility.HtmlDecode(await earlyShare.Content.ReadAsStringAsync()), StringComparison.Ordinal);
            using var earlyValue = await regulator.PostFormAsync($"{Page}?handler=Value&drawDate=2026-11-27", token, ("PublicValue", "88 17 02"));
            var earlyValueHtml = WebUtility.HtmlDecode(await earlyValue.Content.ReadAsStringAsync());
            Assert.Contains("该日尚未到来", earlyValueHtml, StringComparison.Ordinal);
            Assert.Contains("value=\"88 17 02\"", earlyValueHtml, StringComparison.Ordinal);
        }

        Assert.Null(desk.PublicValue(Night.AddDays(1)));
        clock.Now = new DateTimeOffset(2026, 11, 28, 13, 0, 0, TimeSpan.Zero);
        using (var regulator = await WebWorld.ClientAsync(app, AccountRoles.Regulator))
        {
            var (view, _, token) = await regulator.OpenFormAsync(Page);
            view.Dispose();
            using var typo = await regulator.PostFormAsync($"{Page}?handler=Value&drawDate=2026-11-27", token, ("PublicValue", "88 17 20"));
            using var value = await regulator.PostFormAsync($"{Page}?handler=Value&drawDate=2026-11-27", token, ("PublicValue", " 88 17 02 "));
            Assert.Equal(HttpStatusCode.Redirect, value.StatusCode);
            Assert.Equal("88 17 02", desk.PublicValue(Night.AddDays(1)));

            using var wrong = await regulator.PostFormAsync($"{Page}?handler=Share&drawDate=2026-11-27", token, ("Department", "生态环境局"), ("Share", Share("市场监管局")));
            Assert.Contains("不符", WebUtility.HtmlDecode(await wrong.Content.ReadAsStringAsync()), StringComparison.Ordinal);
            Assert.False(File.Exists(desk.ShareFile(Night, "生态环境局")));

            foreach (var department in Departments)
            {
                using var revealed = await regulator.PostFormAsync($"{Page}?handler=Share&drawDate=2026-11-27", token, ("Department", department), ("Share", Share(department) + "\n"));
                Assert.Equal(HttpStatusCode.Redirect, revealed.StatusCode);
            }

            using var lateChange = await regulator.PostFormAsync($"{Page}?handler=Value&drawDate=2026-11-27", token, ("PublicValue", "99"));
            Assert.Contains("公开随机数不能再更改", WebUtility.HtmlDecode(await lateChange.Content.ReadAsStringAsync()), StringComparison.Ordinal);

            using var executed = await regulator.PostFormAsync($"{Page}?handler=Execute", token);
            Assert.Equal(HttpStatusCode.Redirect, executed.StatusCode);
            Assert.Equal($"/regulator/draws/{Uri.EscapeDataString(drawId)}?done=drawn", executed.Headers.Location!.OriginalString);
            using var again = await regulator.PostFormAsync($"{Page}?handler=Execute", token);
            Assert.Equal($"{Page}?done=executed-0", again.Headers.Location!.OriginalString);
        }

        Assert.Equal("completed", await db.ScalarAsync<string>("SELECT status FROM supervision.assessment_runs WHERE draw_id = $1", drawId));
        Assert.Equal(1L, await db.ScalarAsync<long>("SELECT count(*) FROM supervision.draws WHERE draw_id = $1", drawId));
        var preparation = desk.PreparationDirectory(drawId);
        var verification = VerifyDraw.Run(Path.Combine(preparation, DrawOutputs.RecordFile), Path.Combine(preparation, DrawOutputs.PopulationFile),
            Path.Combine(preparation, DrawPreparation.FileName));
        Assert.True(verification.Verified, string.Join("\n", verification.Problems) + verification.Error);

        // The same preparation executed by hand with the same value and shares is the same draw, byte for byte.
        using var copy = new TempDirectory();
        foreach (var file in (string[])[DrawPreparation.FileName, DrawOutputs.PopulationFile])
        {
            File.Copy(Path.Combine(preparation, file), Path.Combine(copy.Path, file));
        }

        ExecuteDraw.Run(copy.Path, Departments.ToDictionary(d => d, Share, StringComparer.Ordinal), "88 17 02", null);
        Assert.Equal(File.ReadAllBytes(Path.Combine(preparation, DrawOutputs.RecordFile)), File.ReadAllBytes(Path.Combine(copy.Path, DrawOutputs.RecordFile)));

        var steps = await db.ListAsync<string>("SELECT kind || '|' || actor || '|' || subject FROM supervision.audit_log WHERE kind LIKE 'desk-%' ORDER BY seq");
        var regulatorName = WebWorld.Of(AccountRoles.Regulator).User;
        Assert.Equal(
            [.. Departments.Select(d => $"desk-commitments|{regulatorName}|{d}"),
             $"desk-public-value|{regulatorName}|{drawId}", $"desk-public-value|{regulatorName}|{drawId}",
             .. Departments.Select(d => $"desk-share|{regulatorName}|{drawId}"), $"desk-execute|{regulatorName}|{drawId}"],
            steps);
        Assert.Equal("88 17 20", await db.ScalarAsync<string>("SELECT payload ->> 'replaced' FROM supervision.audit_log WHERE kind = 'desk-public-value' ORDER BY seq DESC LIMIT 1"));

        using var denied = await inspector.GetAsync(Page);
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
    }

    [Fact]
    public async Task WithoutADesk_ThePageSaysHowNightsDraw_AndPreparingIsNotOffered()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        await using var app = await WebWorld.StartAsync(db);
        using var regulator = await WebWorld.ClientAsync(app, AccountRoles.Regulator);

        var (view, html, token) = await regulator.OpenFormAsync(Page);
        view.Dispose();
        using var prepare = await regulator.PostFormAsync($"{Page}?handler=Prepare", token);

        Assert.Contains("本服务未配置抽签台", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.DoesNotContain("handler=Prepare", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, prepare.StatusCode);
    }

    /// <summary>Each department's share of the night: fixed, distinct, so that the test can reveal them.</summary>
    private static string Share(string department) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("desk/" + department)));

    private static string Commitment(string department) => SeedShares.Commitment(department, Share(department));
}
