using Supervision.Storage.Accounts;
using Supervision.Tests.Storage;

namespace Supervision.Tests.Cli;

/// <summary>`supervision users add|disable|enable|reset|list` against a real PostgreSQL: what the admin types, what it prints, its exit codes.</summary>
public sealed class UsersCommandTests
{
    [Fact]
    public async Task Add_WithoutAPassword_PrintsAOneTimePasswordThatSignsInOnce_AndAuditsTheOperatingSystemUser()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync(migrated: false);

        var add = CliRunner.Run("users", "add", "Zhao.Inspector", "--role", "inspector", "--inspector", "INS-0001", "--display-name", "赵检查",
            "--connection", db.ConnectionString);
        var password = add.Out.TrimEnd().Split('\n')[^1];
        var store = new AccountStore(db.Database, TimeProvider.System);
        var signIn = await store.SignInAsync("zhao.inspector", password, "test");

        Assert.Equal(0, add.ExitCode);
        Assert.Contains("added zhao.inspector (inspector, inspector INS-0001); audited", add.Out, StringComparison.Ordinal);
        Assert.Equal(16, password.Length);
        Assert.Equal(SignInOutcome.SignedIn, signIn.Outcome);
        Assert.True(signIn.Account!.MustChangePassword);
        Assert.Equal("赵检查", signIn.Account.DisplayName);
        Assert.Equal($"{Environment.UserName}@{Environment.MachineName}",
            await db.ScalarAsync<string>("SELECT actor FROM supervision.audit_log WHERE kind = 'account'"));
    }

    [Fact]
    public async Task Add_PasswordFromStdin_IsTheAccountsPassword_NotOneTimeAndNotPrinted()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();

        var add = CliRunner.RunWithInput("chosen-pw-2026\n", "users", "add", "li", "--role", "regulator", "--password-stdin", "--connection", db.ConnectionString);
        var signIn = await new AccountStore(db.Database, TimeProvider.System).SignInAsync("li", "chosen-pw-2026", "test");

        Assert.Equal(0, add.ExitCode);
        Assert.DoesNotContain("chosen-pw-2026", add.Out + add.Error, StringComparison.Ordinal);
        Assert.Equal(SignInOutcome.SignedIn, signIn.Outcome);
        Assert.False(signIn.Account!.MustChangePassword);
    }

    [Theory]
    [InlineData("users add li --role boss", "role 'boss' is not one of")]
    [InlineData("users add li --role inspector", "an inspector needs --inspector")]
    [InlineData("users add li --role analyst --inspector INS-9", "--inspector is for the inspector role only")]
    [InlineData("users add li/x --role analyst", "user name 'li/x' is not valid")]
    public void Add_BadOptions_ExitOneBeforeTouchingTheDatabase(string line, string expected)
    {
        // No database is named: a usage error is found before one is needed.
        var result = CliRunner.Run([.. line.Split(' '), "--connection", "Host=127.0.0.1;Port=1;Username=nobody;Database=none"]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_ShortPasswordOnStdin_OrATakenName_ExitsOne()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();

        var tooShort = CliRunner.RunWithInput("short\n", "users", "add", "li", "--role", "regulator", "--password-stdin", "--connection", db.ConnectionString);
        var first = CliRunner.Run("users", "add", "li", "--role", "regulator", "--connection", db.ConnectionString);
        var again = CliRunner.Run("users", "add", "li", "--role", "analyst", "--connection", db.ConnectionString);

        Assert.Equal(1, tooShort.ExitCode);
        Assert.Contains("密码至少需要 10 个字符", tooShort.Error, StringComparison.Ordinal);
        Assert.Equal(0, first.ExitCode);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("user li already exists", again.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DisableResetList_ChangeTheAccount_AndAnUnknownUserExitsThree()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        CliRunner.RunWithInput("analyst-pw-2026\n", "users", "add", "sun", "--role", "analyst", "--display-name", "孙分析", "--password-stdin", "--connection", db.ConnectionString);
        CliRunner.RunWithInput("admin-pw-2026\n", "users", "add", "wang", "--role", "admin", "--password-stdin", "--connection", db.ConnectionString);
        var store = new AccountStore(db.Database, TimeProvider.System);

        var disable = CliRunner.Run("users", "disable", "sun", "--connection", db.ConnectionString);
        var listed = CliRunner.Run("users", "list", "--connection", db.ConnectionString);
        var whileDisabled = await store.SignInAsync("sun", "analyst-pw-2026", "test");
        var enable = CliRunner.Run("users", "enable", "sun", "--connection", db.ConnectionString);
        var reset = CliRunner.Run("users", "reset", "sun", "--connection", db.ConnectionString);
        var oneTime = reset.Out.TrimEnd().Split('\n')[^1];
        var unknown = CliRunner.Run("users", "disable", "nobody", "--connection", db.ConnectionString);
        var unknownReset = CliRunner.Run("users", "reset", "nobody", "--connection", db.ConnectionString);

        Assert.Equal(0, disable.ExitCode);
        Assert.Equal(0, listed.ExitCode);
        Assert.Matches(@"sun\s+analyst\s+-\s+disabled\s+孙分析", listed.Out);
        Assert.Matches(@"wang\s+admin\s+-\s+active\s+wang", listed.Out);
        Assert.Equal(SignInOutcome.Disabled, whileDisabled.Outcome);
        Assert.Equal(0, enable.ExitCode);
        Assert.Equal(0, reset.ExitCode);
        Assert.Equal(SignInOutcome.WrongPassword, (await store.SignInAsync("sun", "analyst-pw-2026", "test")).Outcome);
        Assert.Equal(SignInOutcome.SignedIn, (await store.SignInAsync("sun", oneTime, "test")).Outcome);
        Assert.Equal(3, unknown.ExitCode);
        Assert.Equal(3, unknownReset.ExitCode);
        Assert.Contains("no account nobody", unknown.Error, StringComparison.Ordinal);
        Assert.Equal(["added", "added", "disabled", "enabled", "password-reset"],
            await db.ListAsync<string>("SELECT payload ->> 'change' FROM supervision.audit_log WHERE kind = 'account' ORDER BY seq"));
    }

    [Fact]
    public void Users_Help_ListsTheVerbsAndTheExitCodes()
    {
        var help = CliRunner.Run("users", "--help");

        Assert.Equal(0, help.ExitCode);
        foreach (var verb in new[] { "add", "disable", "enable", "reset", "list" })
        {
            Assert.Contains(verb, help.Out, StringComparison.Ordinal);
        }

        Assert.Contains("exit codes:", help.Out, StringComparison.Ordinal);
    }
}
