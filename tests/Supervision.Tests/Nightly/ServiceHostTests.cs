using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Hangfire;
using Hangfire.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Supervision.Jobs;
using Supervision.Service;
using Supervision.Service.Security;
using Supervision.Storage;
using Supervision.Tests.Draws;
using Supervision.Tests.Import;
using Supervision.Tests.Storage;
using Supervision.Tests.Support;

namespace Supervision.Tests.Nightly;

/// <summary>`supervision serve` on a real PostgreSQL and a real Kestrel port: who may open the dashboard, what it shows, health, configuration.</summary>
public sealed class ServiceHostTests
{
    private const string AdminPassword = "admin-pw-42";
    private const string ViewerPassword = "viewer-pw-7";

    [Fact]
    public async Task Dashboard_OnlyTheAdminRoleGetsIn_AndTheConnectionStringIsNeverShown()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        await using var app = await StartAsync(db);
        using var http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };

        using var anonymous = await http.GetAsync(new Uri("hangfire", UriKind.Relative));
        using var viewer = await SendAsync(http, "hangfire", "ana", ViewerPassword);
        using var wrong = await SendAsync(http, "hangfire", "admin", "guess");
        using var admin = await SendAsync(http, "hangfire/recurring", "admin", AdminPassword);
        var page = await admin.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal("Basic", anonymous.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Equal(HttpStatusCode.Forbidden, viewer.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
        Assert.Contains(ScheduledNightlyJob.RecurringId, page, StringComparison.Ordinal);
        Assert.DoesNotContain(db.Name, page, StringComparison.Ordinal);
        Assert.DoesNotContain("Host=", page, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Dashboard_ForgedPostWithTheAdminsCredentials_IsRefused_AndNothingRuns()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        await using var app = await StartAsync(db);
        using var http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };

        // What a hostile page can make the admin's browser send: the Basic credentials go along by themselves.
        using var forged = await PostAsync(http, "hangfire/recurring/trigger", "admin", AdminPassword, token: null);
        using var wrongToken = await PostAsync(http, "hangfire/recurring/trigger", "admin", AdminPassword, ("RequestVerificationToken", "CfDJ8forged"));
        using var elsewhere = await PostAsync(http, "health", "admin", AdminPassword, token: null);

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
        await using var app = await StartAsync(db);
        using var http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };

        using var page = await SendAsync(http, "hangfire/recurring", "admin", AdminPassword);
        var html = await page.Content.ReadAsStringAsync();
        var header = Regex.Match(html, "<meta name=\"csrf-header\" content=\"([^\"]+)\"").Groups[1].Value;
        var token = Regex.Match(html, "<meta name=\"csrf-token\" content=\"([^\"]+)\"").Groups[1].Value;
        using var viewersTry = await PostAsync(http, "hangfire/recurring/trigger", "ana", ViewerPassword, (header, token));
        using var triggered = await PostAsync(http, "hangfire/recurring/trigger", "admin", AdminPassword, (header, token));

        Assert.NotEmpty(token);
        Assert.Equal(HttpStatusCode.Forbidden, viewersTry.StatusCode);
        Assert.True(triggered.IsSuccessStatusCode, $"status {triggered.StatusCode}");
        Assert.NotNull(Recurring(app).LastJobId);
    }

    [Fact]
    public async Task SignIn_RepeatedWrongPasswords_LockTheClientOut_With429()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        await using var app = await StartAsync(db, null, ("Supervision:SignIn:MaxFailures", "3"));
        using var http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };

        var statuses = new List<HttpStatusCode>();
        foreach (var password in new[] { "a", "b", "c", AdminPassword })
        {
            using var response = await SendAsync(http, "hangfire", "admin", password);
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero);
            }
        }

        using var health = await http.GetAsync(new Uri("health", UriKind.Relative));

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
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

    [Fact]
    public void PasswordHash_VerifiesOnlyTheRightPassword()
    {
        var hash = PasswordHash.Create("秘密-pw");

        Assert.True(PasswordHash.Verify("秘密-pw", hash));
        Assert.False(PasswordHash.Verify("秘密-pW", hash));
        Assert.False(PasswordHash.Verify("秘密-pw", "pbkdf2-sha256$1$AA==$notbase64!"));
        Assert.NotEqual(hash, PasswordHash.Create("秘密-pw"));
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
            ["Supervision:Admins:0:User"] = "admin",
            ["Supervision:Admins:0:PasswordHash"] = PasswordHash.Create(AdminPassword),
            ["Supervision:Viewers:0:User"] = "ana",
            ["Supervision:Viewers:0:PasswordHash"] = PasswordHash.Create(ViewerPassword),
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

    private static async Task<HttpResponseMessage> PostAsync(HttpClient http, string path, string user, string password, (string Header, string Value)? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative))
        {
            Content = new FormUrlEncodedContent([KeyValuePair.Create("jobs[]", ScheduledNightlyJob.RecurringId)]),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));
        if (token is { } t)
        {
            request.Headers.Add(t.Header, t.Value);
        }

        return await http.SendAsync(request);
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient http, string path, string user, string password)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));
        return http.SendAsync(request);
    }
}
