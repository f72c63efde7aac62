using Supervision.Storage.Accounts;
using Supervision.Storage.Audit;
using Supervision.Tests.Service;

namespace Supervision.Tests.Storage;

/// <summary>The accounts in PostgreSQL: made once, locked after repeated failures until the lockout ends, disabled, reset — each audited.</summary>
public sealed class AccountStoreTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 7, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Add_NewName_IsStoredAndAudited_ASecondAccountOfTheNameOrInspectorIsRefused()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        var store = new AccountStore(db.Database, new ManualClock(Start));

        var added = await store.AddAsync(new AccountDraft("zhao.inspector", "赵检查", AccountRoles.Inspector, "INS-0001"), "secret-pw-2026", false, "root@host");
        var sameName = await store.AddAsync(new AccountDraft("zhao.inspector", "另一个", AccountRoles.Analyst, null), "secret-pw-2026", false, "root@host");
        var sameInspector = await store.AddAsync(new AccountDraft("zhao2", "赵二", AccountRoles.Inspector, "INS-0001"), "secret-pw-2026", false, "root@host");
        var account = await store.FindAsync("Zhao.Inspector ");

        Assert.True(added);
        Assert.False(sameName);
        Assert.False(sameInspector);
        Assert.Equal(new Account("zhao.inspector", "赵检查", AccountRoles.Inspector, "INS-0001", false, 0, null, false, Start, Start), account);
        Assert.Equal("zhao.inspector", await store.AccountOfInspectorAsync("INS-0001"));
        Assert.Equal(1L, await db.ScalarAsync<long>(
            "SELECT count(*) FROM supervision.audit_log WHERE kind = 'account' AND subject = 'zhao.inspector' AND actor = 'root@host' AND payload ->> 'change' = 'added'"));
        Assert.DoesNotContain("secret", await db.ScalarAsync<string>("SELECT string_agg(payload::text, '') FROM supervision.audit_log"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Wang", "王", AccountRoles.Admin, null, "user name 'Wang' is not valid")]
    [InlineData("wang", "王", "boss", null, "role 'boss' is not one of")]
    [InlineData("wang", "王", AccountRoles.Inspector, null, "an inspector needs --inspector")]
    [InlineData("wang", "王", AccountRoles.Analyst, "INS-1", "--inspector is for the inspector role only")]
    [InlineData("wang", " ", AccountRoles.Analyst, null, "display name")]
    public void Draft_Invalid_SaysWhy(string user, string display, string role, string? inspector, string expected)
        => Assert.Contains(expected, new AccountDraft(user, display, role, inspector).Problem(), StringComparison.Ordinal);

    [Fact]
    public async Task SignIn_FiveWrongPasswords_LockTheAccountForFifteenMinutes_EvenAgainstTheRightPassword()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        var clock = new ManualClock(Start);
        var store = new AccountStore(db.Database, clock, new LockoutPolicy { MaxFailures = 5, Duration = TimeSpan.FromMinutes(15) });
        await store.AddAsync(new AccountDraft("li", "李", AccountRoles.Regulator, null), "right-pw-2026", false, "admin");

        var outcomes = new List<SignInOutcome>();
        for (var i = 0; i < 5; i++)
        {
            outcomes.Add((await store.SignInAsync("li", "wrong-pw-2026", "10.0.0.7")).Outcome);
        }

        var whileLocked = await store.SignInAsync("li", "right-pw-2026", "10.0.0.7");
        clock.Now = Start.AddMinutes(15).AddSeconds(-1);
        var justBefore = await store.SignInAsync("li", "right-pw-2026", "10.0.0.7");
        clock.Now = Start.AddMinutes(15);
        var after = await store.SignInAsync("li", "right-pw-2026", "10.0.0.7");

        Assert.Equal([.. Enumerable.Repeat(SignInOutcome.WrongPassword, 4), SignInOutcome.LockedNow], outcomes);
        Assert.Equal(SignInOutcome.LockedOut, whileLocked.Outcome);
        Assert.Null(whileLocked.Account);
        Assert.Equal(SignInOutcome.LockedOut, justBefore.Outcome);
        Assert.Equal(SignInOutcome.SignedIn, after.Outcome);
        Assert.Equal("li", after.Account?.UserName);
        Assert.Equal(0, (await store.FindAsync("li"))!.FailedAttempts);
        Assert.Equal(["wrong-password", "wrong-password", "wrong-password", "wrong-password", "locked", "refused-locked-out", "refused-locked-out", "signed-in"],
            await db.ListAsync<string>("SELECT payload ->> 'outcome' FROM supervision.audit_log WHERE kind = 'sign-in' ORDER BY seq"));
        Assert.Null((await new AuditLog(db.Database, clock).VerifyAsync()).Problem);
    }

    [Fact]
    public async Task SignIn_ASuccess_ClearsTheFailures_SoTheCountStartsAgain()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        var store = new AccountStore(db.Database, new ManualClock(Start), new LockoutPolicy { MaxFailures = 3 });
        await store.AddAsync(new AccountDraft("li", "李", AccountRoles.Regulator, null), "right-pw-2026", false, "admin");

        await store.SignInAsync("li", "wrong-pw-2026", "c");
        await store.SignInAsync("li", "wrong-pw-2026", "c");
        await store.SignInAsync("li", "right-pw-2026", "c");
        var third = await store.SignInAsync("li", "wrong-pw-2026", "c");

        Assert.Equal(SignInOutcome.WrongPassword, third.Outcome);
        Assert.Equal(1, (await store.FindAsync("li"))!.FailedAttempts);
    }

    [Fact]
    public async Task SignIn_UnknownUserOrDisabledAccount_IsRefusedAndAudited_ReenabledItSignsIn()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        var store = new AccountStore(db.Database, new ManualClock(Start));
        await store.AddAsync(new AccountDraft("sun", "孙", AccountRoles.Analyst, null), "right-pw-2026", false, "admin");

        var unknown = await store.SignInAsync("nobody", "right-pw-2026", "c");
        Assert.True(await store.SetDisabledAsync("sun", true, "admin"));
        var disabled = await store.SignInAsync("sun", "right-pw-2026", "c");
        Assert.True(await store.SetDisabledAsync("sun", false, "admin"));
        var enabled = await store.SignInAsync("sun", "right-pw-2026", "c");

        Assert.Equal(SignInOutcome.UnknownUser, unknown.Outcome);
        Assert.Equal(SignInOutcome.Disabled, disabled.Outcome);
        Assert.Equal(SignInOutcome.SignedIn, enabled.Outcome);
        Assert.False(await store.SetDisabledAsync("nobody", true, "admin"));
        Assert.Equal(["unknown-user", "refused-disabled", "signed-in"],
            await db.ListAsync<string>("SELECT payload ->> 'outcome' FROM supervision.audit_log WHERE kind = 'sign-in' ORDER BY seq"));
        Assert.Equal(["added", "disabled", "enabled"],
            await db.ListAsync<string>("SELECT payload ->> 'change' FROM supervision.audit_log WHERE kind = 'account' ORDER BY seq"));
    }

    [Fact]
    public async Task Reset_ClearsTheLockout_TheOldPasswordFails_AndTheAccountCountsAsChanged()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        var clock = new ManualClock(Start);
        var store = new AccountStore(db.Database, clock, new LockoutPolicy { MaxFailures = 2 });
        await store.AddAsync(new AccountDraft("li", "李", AccountRoles.Regulator, null), "old-pw-2026x", false, "admin");
        await store.SignInAsync("li", "wrong-pw-2026", "c");
        await store.SignInAsync("li", "wrong-pw-2026", "c");
        Assert.True((await store.FindAsync("li"))!.IsLockedOut(clock.Now));

        clock.Now = Start.AddMinutes(1);
        Assert.True(await store.ResetPasswordAsync("li", "one-time-pw-2026", mustChangePassword: true, "admin"));
        var reset = (await store.FindAsync("li"))!;
        var old = await store.SignInAsync("li", "old-pw-2026x", "c");
        var fresh = await store.SignInAsync("li", "one-time-pw-2026", "c");

        Assert.False(reset.IsLockedOut(clock.Now));
        Assert.True(reset.MustChangePassword);
        Assert.Equal(Start.AddMinutes(1), reset.ChangedAt);
        Assert.Equal(SignInOutcome.WrongPassword, old.Outcome);
        Assert.Equal(SignInOutcome.SignedIn, fresh.Outcome);
        Assert.True(fresh.Account!.MustChangePassword);
        Assert.False(await store.ResetPasswordAsync("nobody", "one-time-pw-2026", true, "admin"));
    }

    [Fact]
    public async Task ChangePassword_NeedsTheCurrentOne_AndEndsTheOneTimePassword()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        var store = new AccountStore(db.Database, new ManualClock(Start));
        await store.AddAsync(new AccountDraft("li", "李", AccountRoles.Regulator, null), "one-time-pw-1", true, "admin");

        var wrong = await store.ChangePasswordAsync("li", "not-it-at-all", "my-own-pw-2026");
        var changed = await store.ChangePasswordAsync("li", "one-time-pw-1", "my-own-pw-2026");

        Assert.Null(wrong);
        Assert.False(changed!.MustChangePassword);
        Assert.Equal(SignInOutcome.SignedIn, (await store.SignInAsync("li", "my-own-pw-2026", "c")).Outcome);
        await Assert.ThrowsAsync<ArgumentException>(() => store.ChangePasswordAsync("li", "my-own-pw-2026", "short"));
        Assert.Equal(1L, await db.ScalarAsync<long>("SELECT count(*) FROM supervision.audit_log WHERE kind = 'account' AND actor = 'li' AND payload ->> 'change' = 'password-changed'"));
    }
}
