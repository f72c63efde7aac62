using System.Net;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Supervision.Storage.Accounts;
using Supervision.Tests.Storage;

namespace Supervision.Tests.Web;

/// <summary>
/// Every endpoint the service maps × every role and anonymous: who gets in, who is sent to sign in, who is denied. The
/// endpoints are read from the running service's <see cref="EndpointDataSource"/>, so a page or route added without a
/// row here fails the test until someone decides who may open it.
/// </summary>
public sealed class AuthorizationMatrixTests
{
    private const string Anonymous = "anonymous";
    private const string Everyone = "anonymous admin regulator inspector analyst discipline";
    private const string SignedIn = "admin regulator inspector analyst discipline";

    /// <summary>Route pattern → (a path that exercises it, who may open it).</summary>
    private static readonly Dictionary<string, (string Probe, string Allowed)> Matrix = new(StringComparer.Ordinal)
    {
        ["/"] = ("/", SignedIn),
        ["/signin"] = ("/signin", Everyone),
        ["/signout"] = ("/signout", SignedIn),
        ["/password"] = ("/password", SignedIn),
        ["/denied"] = ("/denied", SignedIn),
        ["/error"] = ("/error?code=404", Everyone),
        ["/admin/accounts"] = ("/admin/accounts", AccountRoles.Admin),

        // A task number that is not the inspector's own is 404 for the inspector (InspectorTasksTests): still "open" here,
        // since the policy let the request in; every other role is denied before the number is looked at.
        ["/tasks"] = ("/tasks", AccountRoles.Inspector),
        ["/tasks/{id:long}"] = ("/tasks/1", AccountRoles.Inspector),
        ["/tasks/{id:long}/result"] = ("/tasks/1/result", AccountRoles.Inspector),
        ["/recusals"] = ("/recusals", AccountRoles.Regulator),
        ["/regulator/changes"] = ("/regulator/changes", AccountRoles.Regulator),
        ["/regulator/plans"] = ("/regulator/plans", AccountRoles.Regulator),
        ["/regulator/draws"] = ("/regulator/draws", AccountRoles.Regulator),
        ["/regulator/desk"] = ("/regulator/desk", AccountRoles.Regulator),
        ["/regulator/draws/{drawId}"] = ("/regulator/draws/none", AccountRoles.Regulator),
        ["/regulator/changes/{id:long}"] = ("/regulator/changes/1", AccountRoles.Regulator),
        ["/regulator/changes/{id:long}/whatif"] = ("/regulator/changes/1/whatif", AccountRoles.Regulator),

        // A draft that is not the regulator's own (here: none) is 404 for the regulator, denied to every other role.
        ["/regulator/drafts/{id:long}"] = ("/regulator/drafts/1", AccountRoles.Regulator),
        ["/regulator/drafts/{id:long}/table"] = ("/regulator/drafts/1/table?file=tables%2Fratios.csv", AccountRoles.Regulator),
        ["/regulator/drafts/{id:long}/plan"] = ("/regulator/drafts/1/plan?file=plans%2F2026-12-market.yaml", AccountRoles.Regulator),
        ["/regulator/drafts/{id:long}/file"] = ("/regulator/drafts/1/file?path=tests%2Fmatrix.yaml", AccountRoles.Regulator),

        // Analysts' reports: an empty database has no run, so the lists are 404 for the analyst and still denied to the others.
        ["/analyst"] = ("/analyst", AccountRoles.Analyst),
        ["/analyst/enterprises"] = ("/analyst/enterprises", AccountRoles.Analyst),
        ["/analyst/enterprises/{uscc}"] = ("/analyst/enterprises/91210800MA1A4KGJ1A", AccountRoles.Analyst),
        ["/analyst/export/{file}"] = ("/analyst/export/enterprises.csv", AccountRoles.Analyst),
        ["/analyst/alerts"] = ("/analyst/alerts", AccountRoles.Analyst),
        ["/discipline"] = ("/discipline", AccountRoles.Discipline),
        ["/analyst/trends"] = ("/analyst/trends", AccountRoles.Analyst),
        ["/analyst/effectiveness"] = ("/analyst/effectiveness", AccountRoles.Analyst),
        ["/analyst/report"] = ("/analyst/report", AccountRoles.Analyst),
        ["/audit/draws/{drawId}/{file}"] = ("/audit/draws/none/draw-record.json", AccountRoles.Regulator),
        ["/hangfire/{**path}"] = ("/hangfire", AccountRoles.Admin),
        ["/health"] = ("/health", Everyone),
        ["/public"] = ("/public", Everyone),
        ["/public/search"] = ("/public/search?q=%E4%BC%81%E4%B8%9A", Everyone),
        ["/public/items"] = ("/public/items", Everyone),
        ["/public/draws"] = ("/public/draws", Everyone),
        ["/public/results"] = ("/public/results", Everyone),

        // An unknown draw is 404 for everyone alike: open, since nothing asks who is asking.
        ["/public/draws/{drawId}"] = ("/public/draws/none", Everyone),
        ["/public/draws/{drawId}/files/{file}"] = ("/public/draws/none/files/notice.csv", Everyone),
        ["/site.css"] = ("/site.css", Everyone),
    };

    [Fact]
    public async Task EveryRoute_ForEveryRoleAndAnonymous_OpensOnlyForWhomItShould()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        await using var app = await WebWorld.StartAsync(db);
        var patterns = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        var clients = new Dictionary<string, BrowserlessClient>(StringComparer.Ordinal) { [Anonymous] = await WebWorld.ClientAsync(app) };
        foreach (var role in AccountRoles.All)
        {
            clients[role] = await WebWorld.ClientAsync(app, role);
        }

        var differences = new List<string>();
        try
        {
            foreach (var (actor, client) in clients)
            {
                foreach (var pattern in patterns.Where(Matrix.ContainsKey))
                {
                    var (probe, allowed) = Matrix[pattern];
                    using var response = await client.GetAsync(probe);
                    var got = Classify(response);
                    var expected = allowed.Split(' ').Contains(actor) ? "open" : actor == Anonymous ? "sign-in" : "denied";
                    if (got != expected)
                    {
                        differences.Add($"{actor} GET {probe}: expected {expected}, got {got} ({(int)response.StatusCode} {response.Headers.Location})");
                    }
                }
            }
        }
        finally
        {
            foreach (var client in clients.Values)
            {
                client.Dispose();
            }
        }

        Assert.Empty(patterns.Where(p => !Matrix.ContainsKey(p)).Select(p => $"{p} has no row in the matrix: decide who may open it"));
        Assert.Empty(Matrix.Keys.Except(patterns).Select(p => $"{p} is in the matrix but no longer mapped"));
        Assert.Empty(differences);
    }

    [Fact]
    public async Task UnmappedPath_AnonymousIsSentToSignIn_NotToldWhatExists()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        await using var app = await WebWorld.StartAsync(db);
        using var anonymous = await WebWorld.ClientAsync(app);

        using var response = await anonymous.GetAsync("/inspector/tasks");

        Assert.Equal("sign-in", Classify(response));
    }

    private static string Classify(HttpResponseMessage response)
    {
        var location = response.Headers.Location?.OriginalString ?? "";
        return response.StatusCode switch
        {
            HttpStatusCode.Redirect when location.StartsWith("/signin", StringComparison.Ordinal) => "sign-in",
            HttpStatusCode.Redirect when location.StartsWith("/denied", StringComparison.Ordinal) => "denied",
            >= HttpStatusCode.InternalServerError => $"error {(int)response.StatusCode}",
            _ => "open",
        };
    }
}
