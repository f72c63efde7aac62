using Microsoft.AspNetCore.Builder;
using Supervision.Service;
using Supervision.Storage.Accounts;
using Supervision.Tests.Storage;
using Supervision.Tests.Support;

namespace Supervision.Tests.Web;

/// <summary>
/// `supervision serve` on a real PostgreSQL and a real Kestrel port (127.0.0.1, port 0) with one account per role:
/// what the web tests sign in with.
/// </summary>
public static class WebWorld
{
    /// <summary>One account per role (user name, role, password, inspector id).</summary>
    public static IReadOnlyList<(string User, string Role, string Password, string? Inspector)> Accounts { get; } =
    [
        ("wang.admin", AccountRoles.Admin, "admin-pw-2026", null),
        ("li.regulator", AccountRoles.Regulator, "regulator-pw-2026", null),
        ("zhao.inspector", AccountRoles.Inspector, "inspector-pw-2026", "INS-0001"),
        ("sun.analyst", AccountRoles.Analyst, "analyst-pw-2026", null),
        ("chen.discipline", AccountRoles.Discipline, "discipline-pw-2026", null),
    ];

    public static (string User, string Role, string Password, string? Inspector) Of(string role) => Accounts.Single(a => a.Role == role);

    /// <summary>Starts the service on <paramref name="db"/> after making the accounts it lacks (migrating the database first).</summary>
    public static async Task<WebApplication> StartAsync(TestDatabase db, TimeProvider? clock = null, params (string Key, string Value)[] more)
    {
        var store = new AccountStore(db.Database, clock ?? TimeProvider.System);
        foreach (var (user, role, password, inspector) in Accounts)
        {
            if (await store.FindAsync(user) is not null)
            {
                continue;
            }

            await store.AddAsync(new AccountDraft(user, DisplayNameOf(user), role, inspector), password, mustChangePassword: false, "test");
        }

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

        var app = ServiceHost.Build(null, clock ?? TimeProvider.System, settings);
        await app.StartAsync();
        return app;
    }

    /// <summary>A client of the started service, signed in as <paramref name="role"/>'s account unless null.</summary>
    public static async Task<BrowserlessClient> ClientAsync(WebApplication app, string? role = null)
    {
        var client = new BrowserlessClient(app.Urls.First());
        if (role is not null)
        {
            var (user, _, password, _) = Of(role);
            using var response = await client.SignInAsync(user, password);
            Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        }

        return client;
    }

    public static string DisplayNameOf(string user) => user switch
    {
        "wang.admin" => "王管理",
        "li.regulator" => "李监管",
        "zhao.inspector" => "赵检查",
        "chen.discipline" => "陈监察",
        _ => "孙分析",
    };
}
