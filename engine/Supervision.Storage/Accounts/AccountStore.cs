using System.Text.Json;
using Npgsql;
using NpgsqlTypes;
using Supervision.Storage.Audit;

namespace Supervision.Storage.Accounts;

/// <summary>
/// The accounts of the people who sign in (<c>supervision.accounts</c>): made, disabled and reset by the admin, checked
/// at sign-in with a lockout after repeated failures. Every change and every sign-in, failed or not, is appended to the
/// audit log in the transaction that makes it.
/// </summary>
/// <remarks>
/// Thread-safe; each call uses its own connection. Time comes from the injected clock. A sign-in costs one password
/// derivation whatever happens — unknown user, disabled or locked account, wrong or right password — so that the time of
/// an answer does not tell which names exist or which accounts are locked.
/// </remarks>
public sealed class AccountStore
{
    /// <summary>Audit kind of an account change (added, disabled, enabled, password reset or changed).</summary>
    public const string AccountKind = "account";

    /// <summary>Audit kind of a sign-in attempt, whatever its outcome.</summary>
    public const string SignInKind = "sign-in";

    /// <summary>Audit kind of a sign-out.</summary>
    public const string SignOutKind = "sign-out";

    private readonly Database database;
    private readonly TimeProvider clock;
    private readonly LockoutPolicy lockout;
    private readonly AuditLog audit;

    public AccountStore(Database database, TimeProvider clock, LockoutPolicy? lockout = null)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(clock);
        this.database = database;
        this.clock = clock;
        this.lockout = lockout ?? new LockoutPolicy();
        ArgumentOutOfRangeException.ThrowIfLessThan(this.lockout.MaxFailures, 1, nameof(lockout));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(this.lockout.Duration, TimeSpan.Zero, nameof(lockout));
        audit = new AuditLog(database, clock);
    }

    /// <summary>The account named <paramref name="userName"/> (normalized here), or null.</summary>
    public async Task<Account?> FindAsync(string userName, CancellationToken cancellationToken = default)
        => (await ReadAsync(AccountNames.Normalize(userName), cancellationToken))?.Account;

    /// <summary>Every account, by role and name.</summary>
    public async Task<IReadOnlyList<Account>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(AccountSql.List, connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var accounts = new List<Account>();
        while (await reader.ReadAsync(cancellationToken))
        {
            accounts.Add(Read(reader).Account);
        }

        return accounts;
    }

    /// <summary>Makes an account; false (nothing written) when the name, or the inspector, already has one.</summary>
    /// <exception cref="ArgumentException">The draft is not valid (<see cref="AccountDraft.Problem"/>).</exception>
    public async Task<bool> AddAsync(AccountDraft draft, string password, bool mustChangePassword, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentException.ThrowIfNullOrEmpty(password);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        if (draft.Problem() is { } problem)
        {
            throw new ArgumentException(problem, nameof(draft));
        }

        var hash = PasswordHash.Create(password);
        var now = Now();
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(AccountSql.Insert, connection, transaction);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = draft.UserName });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = draft.DisplayName.Trim() });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = draft.Role });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)draft.InspectorId?.Trim() ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = hash });
        command.Parameters.Add(new NpgsqlParameter<bool> { TypedValue = mustChangePassword });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = now });
        if (await command.ExecuteNonQueryAsync(cancellationToken) == 0)
        {
            return false;
        }

        await audit.AppendAsync(transaction, AccountKind, draft.UserName, Payload(new
        {
            change = "added",
            role = draft.Role,
            display_name = draft.DisplayName.Trim(),
            inspector_id = draft.InspectorId?.Trim(),
            must_change_password = mustChangePassword,
        }), actor, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>The user name of the account linked to this inspector, or null.</summary>
    public async Task<string?> AccountOfInspectorAsync(string inspectorId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inspectorId);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(AccountSql.InspectorTaken, connection);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = inspectorId.Trim() });
        return (string?)await command.ExecuteScalarAsync(cancellationToken);
    }

    /// <summary>Disables (or enables again) an account; its sessions end. False when there is no such account.</summary>
    public async Task<bool> SetDisabledAsync(string userName, bool disabled, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        var name = AccountNames.Normalize(userName);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(AccountSql.SetDisabled, connection, transaction);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = name });
        command.Parameters.Add(new NpgsqlParameter<bool> { TypedValue = disabled });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = Now() });
        if (await command.ExecuteScalarAsync(cancellationToken) is not string role)
        {
            return false;
        }

        await audit.AppendAsync(transaction, AccountKind, name, Payload(new { change = disabled ? "disabled" : "enabled", role }), actor, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// Gives the account a new password set by the admin, clears its failures and lockout and ends its sessions. False when
    /// there is no such account.
    /// </summary>
    public Task<bool> ResetPasswordAsync(string userName, string password, bool mustChangePassword, string actor, CancellationToken cancellationToken = default)
        => SetPasswordAsync(AccountNames.Normalize(userName), password, mustChangePassword, "password-reset", actor, cancellationToken);

    /// <summary>
    /// The person changes their own password: only with the current one, on an enabled account that is not locked. The
    /// new password must satisfy <see cref="PasswordRules"/> (the caller shows why not). Returns the account as changed, or
    /// null when the current password is wrong.
    /// </summary>
    public async Task<Account?> ChangePasswordAsync(string userName, string currentPassword, string newPassword, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(currentPassword);
        var name = AccountNames.Normalize(userName);
        if (PasswordRules.Problem(newPassword, name) is { } problem)
        {
            throw new ArgumentException(problem, nameof(newPassword));
        }

        var stored = await ReadAsync(name, cancellationToken);
        var usable = stored is { Account.Disabled: false } && !stored.Account.IsLockedOut(Now());
        if (!PasswordHash.Verify(currentPassword, usable ? stored!.Hash : PasswordHash.Decoy) || !usable)
        {
            return null;
        }

        return await SetPasswordAsync(name, newPassword, false, "password-changed", name, cancellationToken) ? await FindAsync(name, cancellationToken) : null;
    }

    /// <summary>
    /// Checks a sign-in and records it: the outcome (with the client address) in the audit log, a failure against the
    /// account's lockout count, a success clearing it. Refused while the account is disabled or locked.
    /// </summary>
    public async Task<SignInAttempt> SignInAsync(string userName, string password, string client, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(password);
        ArgumentNullException.ThrowIfNull(client);
        var name = AccountNames.Normalize(userName);
        var stored = AccountNames.IsValid(name) ? await ReadAsync(name, cancellationToken) : null;
        var now = Now();
        var outcome = stored switch
        {
            null => SignInOutcome.UnknownUser,
            { Account.Disabled: true } => SignInOutcome.Disabled,
            _ when stored.Account.IsLockedOut(now) => SignInOutcome.LockedOut,
            _ => SignInOutcome.WrongPassword,
        };

        // One derivation on every path: against the account's hash only when it may sign in at all.
        var checkable = outcome == SignInOutcome.WrongPassword;
        var passed = PasswordHash.Verify(password, checkable ? stored!.Hash : PasswordHash.Decoy) && checkable;

        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        object payload;
        if (passed)
        {
            await ExecuteAsync(connection, transaction, AccountSql.Succeeded, name, cancellationToken);
            outcome = SignInOutcome.SignedIn;
            payload = new { outcome = Text(outcome), client };
        }
        else if (checkable)
        {
            var until = now + lockout.Duration;
            await using var failed = new NpgsqlCommand(AccountSql.Failed, connection, transaction);
            failed.Parameters.Add(new NpgsqlParameter<string> { TypedValue = name });
            failed.Parameters.Add(new NpgsqlParameter<int> { TypedValue = lockout.MaxFailures });
            failed.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = until });
            await using var reader = await failed.ExecuteReaderAsync(cancellationToken);
            var locked = await reader.ReadAsync(cancellationToken) && reader.GetBoolean(1);
            await reader.DisposeAsync();
            outcome = locked ? SignInOutcome.LockedNow : SignInOutcome.WrongPassword;
            payload = locked ? new { outcome = Text(outcome), client, lockout_end = until } : new { outcome = Text(outcome), client };
        }
        else
        {
            payload = new { outcome = Text(outcome), client };
        }

        // An unknown name is whatever was typed: recorded, but never longer than a real name.
        var subject = outcome == SignInOutcome.UnknownUser ? Truncate(name) : name;
        await audit.AppendAsync(transaction, SignInKind, subject.Length == 0 ? "(empty)" : subject, Payload(payload),
            outcome == SignInOutcome.SignedIn ? name : $"anonymous@{client}", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new SignInAttempt(outcome, outcome == SignInOutcome.SignedIn ? stored!.Account with { FailedAttempts = 0, LockoutEnd = null } : null);
    }

    /// <summary>Records a sign-out in the audit log.</summary>
    public Task RecordSignOutAsync(string userName, string client, CancellationToken cancellationToken = default)
    {
        var name = AccountNames.Normalize(userName);
        return audit.AppendAsync(SignOutKind, name, Payload(new { client }), name, cancellationToken);
    }

    /// <summary>The outcome as the audit log writes it.</summary>
    public static string Text(SignInOutcome outcome) => outcome switch
    {
        SignInOutcome.SignedIn => "signed-in",
        SignInOutcome.WrongPassword => "wrong-password",
        SignInOutcome.LockedNow => "locked",
        SignInOutcome.LockedOut => "refused-locked-out",
        SignInOutcome.Disabled => "refused-disabled",
        SignInOutcome.UnknownUser => "unknown-user",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
    };

    private async Task<bool> SetPasswordAsync(string name, string password, bool mustChangePassword, string change, string actor, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(password);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        var hash = PasswordHash.Create(password);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(AccountSql.SetPassword, connection, transaction);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = name });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = hash });
        command.Parameters.Add(new NpgsqlParameter<bool> { TypedValue = mustChangePassword });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = Now() });
        if (await command.ExecuteScalarAsync(cancellationToken) is not string role)
        {
            return false;
        }

        await audit.AppendAsync(transaction, AccountKind, name, Payload(new { change, role, must_change_password = mustChangePassword }), actor, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private async Task<StoredAccount?> ReadAsync(string name, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(AccountSql.Find, connection);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = name });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    private static StoredAccount Read(NpgsqlDataReader reader) => new(
        new Account(
            reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3), reader.GetBoolean(4),
            reader.GetInt32(5), reader.IsDBNull(6) ? null : reader.GetFieldValue<DateTimeOffset>(6), reader.GetBoolean(7),
            reader.GetFieldValue<DateTimeOffset>(8), reader.GetFieldValue<DateTimeOffset>(9)),
        reader.GetString(10));

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, string name, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = name });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    // PostgreSQL keeps microseconds: a time written is read back equal, so a session's stamp compares exactly.
    private DateTimeOffset Now()
    {
        var now = clock.GetUtcNow();
        return new DateTimeOffset(now.UtcTicks - (now.UtcTicks % 10), TimeSpan.Zero);
    }

    private static string Truncate(string text) => text.Length <= AccountNames.MaxLength ? text : text[..AccountNames.MaxLength];

    private static JsonElement Payload(object value) => JsonSerializer.SerializeToElement(value);

    private sealed record StoredAccount(Account Account, string Hash);
}
