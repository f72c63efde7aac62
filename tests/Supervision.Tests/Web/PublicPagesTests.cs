using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Supervision.Storage.Runs;
using Supervision.Tests.Storage;

namespace Supervision.Tests.Web;

/// <summary>
/// The public pages (三公开) over HTTP against a real `serve` on a real PostgreSQL holding a real draw, without signing in:
/// items, draws, a draw's notice and downloads, results with late and missing ones flagged, search by name and USCC prefix;
/// names that are HTML stay text, and nothing shows a pool, category or credit class.
/// </summary>
public sealed class PublicPagesTests
{
    /// <summary>
    /// [AllowAnonymous] on the public pages opens reading only: no page has a form that changes anything, and a POST to any
    /// of them without the antiforgery token is refused like everywhere else (403), changing nothing.
    /// </summary>
    [Fact]
    public async Task PublicPages_AreAnonymousForReadingOnly_APostWithoutTheTokenIsRefused()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        var (record, _, _) = await PublicWorld.SaveAsync(db);
        await using var app = await WebWorld.StartAsync(db, new SteppingClock(PublicWorld.Now), PublicWorld.Calendar);
        using var anonymous = await WebWorld.ClientAsync(app);
        var auditBefore = await db.ScalarAsync<long>("SELECT count(*) FROM supervision.audit_log");
        string[] paths =
        [
            "/public", "/public/search?q=%E4%BC%81%E4%B8%9A", "/public/items", "/public/draws", $"/public/draws/{record.DrawId}",
            $"/public/draws/{record.DrawId}/files/notice.csv", "/public/results",
        ];

        foreach (var path in paths)
        {
            using var read = await anonymous.GetAsync(path);
            var html = await read.Content.ReadAsStringAsync();
            using var posted = await anonymous.PostFormAsync(path, null, ("q", "x"));

            Assert.Equal(HttpStatusCode.OK, read.StatusCode);
            Assert.DoesNotContain("method=\"post\"", html, StringComparison.OrdinalIgnoreCase);
            Assert.Equal(HttpStatusCode.Forbidden, posted.StatusCode);
        }

        Assert.Equal(auditBefore, await db.ScalarAsync<long>("SELECT count(*) FROM supervision.audit_log"));
    }

    [Fact]
    public async Task EveryPublicPage_OpensWithoutSignIn_EscapesHtmlNames_AndShowsNoPoolOrCategory()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        var (record, onTime, _) = await PublicWorld.SaveAsync(db);
        await using var app = await WebWorld.StartAsync(db, new SteppingClock(PublicWorld.Now), PublicWorld.Calendar);
        using var visitor = await WebWorld.ClientAsync(app);
        var id = Uri.EscapeDataString(record.DrawId);

        foreach (var path in (string[])["/public", "/public/items", "/public/draws", $"/public/draws/{id}", $"/public/draws/{id}?page=2", "/public/results",
                     $"/public/results?draw={id}", "/public/search?q=%E4%BC%81%E4%B8%9A", $"/public/search?q={onTime.Uscc[..8]}", "/public/search?q=x"])
        {
            using var response = await visitor.GetAsync(path);
            var html = await response.Content.ReadAsStringAsync();

            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode}");
            Assert.Contains("公开信息", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
            foreach (var word in PublicWorld.PoolWords)
            {
                Assert.DoesNotContain(word, html, StringComparison.Ordinal);
            }
        }

        using var draw = await visitor.GetAsync($"/public/draws/{id}");
        var drawHtml = await draw.Content.ReadAsStringAsync();
        Assert.Contains("&lt;script&gt;alert(", drawHtml, StringComparison.Ordinal);
        Assert.Contains(record.SeedCommitment, drawHtml, StringComparison.Ordinal);
        Assert.DoesNotContain(record.Seed, drawHtml, StringComparison.Ordinal);

        using var items = await visitor.GetAsync("/public/items");
        var itemsHtml = await items.Content.ReadAsStringAsync();
        Assert.Contains("重点事项", itemsHtml, StringComparison.Ordinal);
        Assert.Contains("依据：依据1", itemsHtml, StringComparison.Ordinal);
        Assert.Contains("<span class=\"tag\">重点</span>", itemsHtml, StringComparison.Ordinal);

        using var unknown = await visitor.GetAsync("/public/draws/no-such-draw");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Results_ShowTheStandardWords_FlagLateAndMissingPublications()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        var (record, onTime, late) = await PublicWorld.SaveAsync(db);
        await using var app = await WebWorld.StartAsync(db, new SteppingClock(PublicWorld.Now), PublicWorld.Calendar);
        using var visitor = await WebWorld.ClientAsync(app);

        using var response = await visitor.GetAsync("/public/results");
        var html = await response.Content.ReadAsStringAsync();
        var published = html[html.IndexOf("已公示的结果", StringComparison.Ordinal)..];
        var missing = html[..html.IndexOf("已公示的结果", StringComparison.Ordinal)];

        Assert.Contains("未发现问题", published, StringComparison.Ordinal);
        Assert.Contains("发现问题已责令改正", published, StringComparison.Ordinal);
        Assert.Contains("发现问题 1 项：V-消防-01", published, StringComparison.Ordinal);
        Assert.Single(Regex.Matches(published, "逾期公示"));
        Assert.Contains(onTime.Uscc, published, StringComparison.Ordinal);
        Assert.Contains(late.Uscc, published, StringComparison.Ordinal);
        Assert.Contains("逾期未公示", missing, StringComparison.Ordinal);
        Assert.DoesNotContain(onTime.Uscc, missing, StringComparison.Ordinal);
        Assert.Matches(@"\d{4}-\d{2}-\d{2} 至 \d{4}-\d{2}-\d{2}", html);

        // A voided draw: listed as 已作废 with its reason; its tasks are no longer missing results.
        await new DrawVoids(db.Database, new SteppingClock()).VoidAsync(record.DrawId, "名录数据有误，重新抽取", "test", CancellationToken.None);
        using var after = await visitor.GetAsync("/public/results");
        var afterHtml = await after.Content.ReadAsStringAsync();
        using var draws = await visitor.GetAsync("/public/draws");
        var drawsHtml = await draws.Content.ReadAsStringAsync();

        Assert.DoesNotContain("逾期未公示", afterHtml, StringComparison.Ordinal);
        Assert.Contains("已作废", drawsHtml, StringComparison.Ordinal);
        Assert.Contains("名录数据有误，重新抽取", drawsHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_ByNameSubstring_AndByUsccPrefix_FindsTheEnterpriseAndItsResult()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        var (_, onTime, _) = await PublicWorld.SaveAsync(db);
        await using var app = await WebWorld.StartAsync(db, new SteppingClock(PublicWorld.Now), PublicWorld.Calendar);
        using var visitor = await WebWorld.ClientAsync(app);

        using var byName = await visitor.GetAsync("/public/search?q=" + Uri.EscapeDataString(onTime.Name));
        var nameHtml = await byName.Content.ReadAsStringAsync();
        using var byUscc = await visitor.GetAsync("/public/search?q=" + onTime.Uscc[..10]);
        var usccHtml = await byUscc.Content.ReadAsStringAsync();
        using var byHtml = await visitor.GetAsync("/public/search?q=" + Uri.EscapeDataString("<script>"));
        var htmlHtml = await byHtml.Content.ReadAsStringAsync();
        using var wildcard = await visitor.GetAsync("/public/search?q=%25%25");
        var wildcardHtml = await wildcard.Content.ReadAsStringAsync();

        Assert.Contains(onTime.Uscc, nameHtml, StringComparison.Ordinal);
        Assert.Contains("未发现问题", nameHtml, StringComparison.Ordinal);
        Assert.Contains(onTime.Uscc, usccHtml, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(", htmlHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", htmlHtml, StringComparison.Ordinal);
        Assert.Contains("没有找到", wildcardHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Downloads_AreByteIdentical_TheNoticeMatchesItsAuditEntry_AndHoldNoPool()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        var (record, _, _) = await PublicWorld.SaveAsync(db);
        await using var app = await WebWorld.StartAsync(db, new SteppingClock(PublicWorld.Now), PublicWorld.Calendar);
        using var visitor = await WebWorld.ClientAsync(app);
        var id = Uri.EscapeDataString(record.DrawId);
        var logged = JsonDocument.Parse(await db.ScalarAsync<string>(
            "SELECT payload -> 'files' ::text FROM supervision.audit_log WHERE kind = 'publication' AND subject = $1", record.DrawId)).RootElement;

        var downloads = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var file in (string[])["notice.html", "notice.csv", "draw-record-public.json", "population-public.csv"])
        {
            using var first = await visitor.GetAsync($"/public/draws/{id}/files/{file}");
            var bytes = await first.Content.ReadAsByteArrayAsync();
            using var second = await visitor.GetAsync($"/public/draws/{id}/files/{file}");

            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
            Assert.Equal(bytes, await second.Content.ReadAsByteArrayAsync());
            var text = Encoding.UTF8.GetString(bytes);
            if (file.EndsWith(".html", StringComparison.Ordinal))
            {
                Assert.DoesNotContain("<script>alert", text, StringComparison.Ordinal);
            }

            // The public record keeps the plans' pool rules (ratios as published policy): its tasks are checked below instead.
            foreach (var word in PublicWorld.PoolWords.Where(w => file != "draw-record-public.json" || w is not ("blacklist" or "triggered" or "verification_only" or "\"pool\"")))
            {
                Assert.DoesNotContain(word, text, StringComparison.Ordinal);
            }

            downloads[file] = bytes;
        }

        Assert.Equal(logged.GetProperty("notice.html").GetString(), PublicWorld.Sha256(downloads["notice.html"]));
        Assert.Equal(logged.GetProperty("notice.csv").GetString(), PublicWorld.Sha256(downloads["notice.csv"]));
        using var page = await visitor.GetAsync($"/public/draws/{id}");
        var pageHtml = await page.Content.ReadAsStringAsync();
        Assert.Contains("与发布记录一致", pageHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("不一致", pageHtml, StringComparison.Ordinal);

        // The public record: the seed derivation and the tasks, never an enterprise's pool, the selections or the previous inspectors.
        var publicRecord = JsonDocument.Parse(downloads["draw-record-public.json"]).RootElement;
        Assert.Equal(record.Seed, publicRecord.GetProperty("seed").GetString());
        Assert.Equal(record.Outcome.Tasks.Count, publicRecord.GetProperty("tasks").GetArrayLength());
        foreach (var task in publicRecord.GetProperty("tasks").EnumerateArray())
        {
            Assert.False(task.TryGetProperty("pool", out _));
            Assert.False(task.TryGetProperty("last_inspectors", out _));
        }

        var recordText = Encoding.UTF8.GetString(downloads["draw-record-public.json"]);
        Assert.DoesNotContain("\"selected\"", recordText, StringComparison.Ordinal);
        Assert.DoesNotContain("\"inspectors\"", recordText, StringComparison.Ordinal);
        Assert.DoesNotContain("\"conflicts\"", recordText, StringComparison.Ordinal);
        var population = Encoding.UTF8.GetString(downloads["population-public.csv"]);
        Assert.StartsWith("\uFEFFplan_id,uscc,name\r\n", population, StringComparison.Ordinal);
        Assert.Equal(record.PopulationEntries + 1, population.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);

        using var other = await visitor.GetAsync($"/public/draws/{id}/files/draw-record.json");
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
    }

    [Fact]
    public async Task CsvDownloads_NeutraliseFormulas_InEnterpriseNames()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        var (record, onTime, _) = await PublicWorld.SaveAsync(db, publish: false);
        await db.ExecuteAsync("UPDATE supervision.draw_tasks SET name = $1 WHERE draw_id = $2 AND uscc = $3", "=cmd|' /C calc'!A0", record.DrawId, onTime.Uscc);
        await using var app = await WebWorld.StartAsync(db, new SteppingClock(PublicWorld.Now), PublicWorld.Calendar);
        using var visitor = await WebWorld.ClientAsync(app);

        using var notice = await visitor.GetAsync($"/public/draws/{Uri.EscapeDataString(record.DrawId)}/files/notice.csv");
        var csv = Encoding.UTF8.GetString(await notice.Content.ReadAsByteArrayAsync());

        Assert.Contains("'=cmd|", csv, StringComparison.Ordinal);
        Assert.DoesNotMatch("(^|,)\"?=cmd", csv);
    }
}
