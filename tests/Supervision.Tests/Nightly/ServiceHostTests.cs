using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Hangfire;
using Hangfire.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Supervision.Jobs;
using Supervision.Service;
using Supervision.Storage;
using Supervision.Storage.Accounts;
using Supervision.Tests.Draws;
using Supervision.Tests.Import;
using Supervision.Tests.Storage;
using Supervision.Tests.Support;
using Supervision.Tests.Web;

namespace Supervision.Tests.Nightly;

/// <summary>`supervision serve` on a real PostgreSQL and a real Kestrel port: who may open the dashboard, what it shows, health, configuration.</summary>
public sealed class ServiceHostTests
{
    [Fact]
    public async Task Dashboard_OnlyTheAdminRoleGetsIn_AndTheConnectionStringIsNeverShown()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        await using var app = await WebWorld.StartAsync(db);
        using var anonymousClient = await WebWorld.ClientAsync(app);
        using var regulatorClient = await WebWorld.ClientAsync(app, AccountRoles.Regulator);
        using var adminClient = await WebWorld.ClientAsync(app, AccountRoles.Admin);

        using var anonymous = await anonymousClient.GetAsync("/hangfire");
        using var regulator = await regulatorClient.GetAsync("/hangfire");
        using var admin = await adminClient.GetAsync("/hangfire/recurring");
        var page = await admin.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Equal("/signin?ReturnUrl=%2Fhangfire", anonymous.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, regulator.StatusCode);
        Assert.StartsWith("/denied", regulator.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
        Assert.Contains(ScheduledNightlyJob.RecurringId, page, StringComparison.Ordinal);
        Assert.DoesNotContain(db.Name, page, StringComparison.Ordinal);
        Assert.DoesNotContain("Host=", page, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Dashboard_ForgedPostWithTheAdminsSession_IsRefused_AndNothingRuns()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        await using var app = await WebWorld.StartAsync(db);
        using var admin = await WebWorld.ClientAsync(app, AccountRoles.Admin);

        // What a hostile page can make the admin's browser send: the session cookie goes along by itself.
        using var forged = await admin.PostFormAsync("/hangfire/recurring/trigger", null, ("jobs[]", ScheduledNightlyJob.RecurringId));
        using var wrongToken = await admin.PostFormAsync("/hangfire/recurring/trigger", "CfDJ8forged", ("jobs[]", ScheduledNightlyJob.RecurringId));
        using var elsewhere = await admin.PostFormAsync("/health", null);

        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, wrongToken.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, elsewhere.StatusCode);
        Assert.Null(Recurring(app).LastJobId);
        Assert.Equal(0, app.Services.GetRequiredService<JobStorage>().GetMonitoringApi().EnqueuedCount(NightlyJob.Queue));
    }

    [Fact]
    public async Task Dashboard_PostWithThePagesToken_TriggersTheNight()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        await using var app = await WebWorld.StartAsync(db);
        using var admin = await WebWorld.ClientAsync(app, AccountRoles.Admin);
        using var regulator = await WebWorld.ClientAsync(app, AccountRoles.Regulator);

        using var page = await admin.GetAsync("/hangfire/recurring");
        var html = await page.Content.ReadAsStringAsync();
        var header = Regex.Match(html, "<meta name=\"csrf-header\" content=\"([^\"]+)\"").Groups[1].Value;
        var token = Regex.Match(html, "<meta name=\"csrf-token\" content=\"([^\"]+)\"").Groups[1].Value;
        using var regulatorsTry = await TriggerAsync(regulator, header, token);
        using var triggered = await TriggerAsync(admin, header, token);

        Assert.NotEmpty(token);
        Assert.Equal(HttpStatusCode.Redirect, regulatorsTry.StatusCode);
        Assert.StartsWith("/denied", regulatorsTry.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.True(triggered.IsSuccessStatusCode, $"status {triggered.StatusCode}");
        Assert.NotNull(Recurring(app).LastJobId);
    }

    [Fact]
    public async Task SignIn_RepeatedWrongPasswordsFromOneClient_AreRefusedWith429_WithoutACheck()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        await using var app = await WebWorld.StartAsync(db, null, ("Supervision:SignIn:MaxFailures", "3"));
        using var client = await WebWorld.ClientAsync(app);
        var admin = WebWorld.Of(AccountRoles.Admin);

        var statuses = new List<HttpStatusCode>();
        foreach (var password in new[] { "aaaaaaaaaa", "bbbbbbbbbb", "cccccccccc", admin.Password })
        {
            using var response = await client.SignInAsync(admin.User, password);
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero);
                Assert.Contains("登录尝试过于频繁", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }
        }

        using var health = await client.GetAsync("/health");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(3L, await db.ScalarAsync<long>("SELECT count(*) FROM supervision.audit_log WHERE kind = 'sign-in'"));
    }

    [Fact]
    public async Task Health_DatabaseAnswers_HealthyWithoutTheConnectionString()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        await using var app = await StartAsync(db);
        using var http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };

        using var response = await http.GetAsync(new Uri("health", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"status\":\"healthy\"", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Host=", body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Health_DatabaseDown_Unhealthy503()
    {
        await using var database = Database.Create("Host=127.0.0.1;Port=1;Username=postgres;Password=pw;Database=none;Timeout=2");
        using var storage = new Hangfire.InMemory.InMemoryStorage();

        var result = await HealthEndpoint.HandleAsync(database, storage, CancellationToken.None);
        var context = new DefaultHttpContext { RequestServices = new ServiceCollection().AddLogging().BuildServiceProvider() };
        context.Response.Body = new MemoryStream();
        await result.ExecuteAsync(context);
        var body = Encoding.UTF8.GetString(((MemoryStream)context.Response.Body).ToArray());

        Assert.Equal(StatusCodes.Status503ServiceUnavailable, context.Response.StatusCode);
        Assert.Contains("\"status\":\"unhealthy\"", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Password", body, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("127.0.0.1:1/none", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Schedule_FromTheConfigurationFile_OverriddenByLaterSources_InShanghaiTime()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        using var directory = new TempDirectory();
        var file = Path.Combine(directory.Path, "supervision.json");
        await File.WriteAllTextAsync(file, """{ "Supervision": { "Cron": "15 3 * * *", "ChunkSize": 500 } }""");

        await using (var fromFile = await StartAsync(db, file))
        {
            Assert.Equal("15 3 * * *", Recurring(fromFile).Cron);
            Assert.Equal(NightlySchedule.TimeZoneId, Recurring(fromFile).TimeZoneId);
        }

        await using var overridden = await StartAsync(db, file, ("Supervision:Cron", "45 1 * * *"));
        Assert.Equal("45 1 * * *", Recurring(overridden).Cron);
    }

    [Fact]
    public async Task ScheduledNight_TriggeredOnTheService_ImportsScoresAndDrawsTodayInShanghai()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        var clock = new SteppingClock(new DateTimeOffset(2026, 11, 26, 18, 30, 0, TimeSpan.Zero));
        await using var app = await StartAsync(db, null, clock, ("Supervision:Workers", "2"));
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));

        new RecurringJobManager(app.Services.GetRequiredService<JobStorage>()).Trigger(ScheduledNightlyJob.RecurringId);
        while (await db.ScalarAsync<long>("SELECT count(*) FROM supervision.assessment_runs WHERE status = 'completed'") == 0)
        {
            await Task.Delay(200, timeout.Token);
        }

        Assert.Equal(NightlyWorld.RunId, await db.ScalarAsync<string>("SELECT run_id FROM supervision.assessment_runs"));
        Assert.Equal(4000L, await db.ScalarAsync<long>("SELECT count(*) FROM supervision.assessments"));
        Assert.Equal(1L, await db.ScalarAsync<long>("SELECT count(*) FROM supervision.draws WHERE draw_date = '2026-11-27'"));
        Assert.Equal(4000L, await db.ScalarAsync<long>("SELECT count(*) FROM supervision.enterprises"));
        Assert.NotEqual(DrawWorld.Seed, await db.ScalarAsync<string>("SELECT seed FROM supervision.assessment_runs"));
    }

    [Fact]
    public void Today_IsTheCalendarDateInShanghai()
    {
        var clock = new SteppingClock(new DateTimeOffset(2026, 11, 27, 18, 30, 0, TimeSpan.Zero));

        Assert.Equal(new DateOnly(2026, 11, 28), ScheduledNightlyJob.Today(clock));
    }

    private static Task<WebApplication> StartAsync(TestDatabase db, string? configFile = null, params (string Key, string Value)[] more)
        => StartAsync(db, configFile, TimeProvider.System, more);

    private static async Task<WebApplication> StartAsync(TestDatabase db, string? configFile, TimeProvider clock, params (string Key, string Value)[] more)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Supervision:Database"] = db.ConnectionString,
            ["Supervision:Urls"] = "http://127.0.0.1:0",
            ["Supervision:Workers"] = "0",
            ["Supervision:Data"] = RepoPaths.DataSamples,
            ["Supervision:Rules"] = RepoPaths.Rules,
        };
        foreach (var (key, value) in more)
        {
            settings[key] = value;
        }

        var app = ServiceHost.Build(configFile, clock, settings);
        await app.StartAsync();
        return app;
    }

    private static RecurringJobDto Recurring(WebApplication app)
    {
        using var connection = app.Services.GetRequiredService<JobStorage>().GetConnection();
        return connection.GetRecurringJobs().Single(j => j.Id == ScheduledNightlyJob.RecurringId);
    }

    private static async Task<HttpResponseMessage> TriggerAsync(BrowserlessClient client, string header, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/hangfire/recurring/trigger", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent([KeyValuePair.Create("jobs[]", ScheduledNightlyJob.RecurringId)]),
        };
        request.Headers.Add(header, token);
        return await client.SendAsync(request);
    }
}
