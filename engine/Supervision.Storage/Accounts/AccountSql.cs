namespace Supervision.Storage.Accounts;

/// <summary>The account store's SQL.</summary>
internal static class AccountSql
{
    private const string Columns = """
        user_name, display_name, role, inspector_id, must_change_password, failed_attempts, lockout_end, disabled, created_at, changed_at
        """;

    public const string Find = $"SELECT {Columns}, password_hash FROM supervision.accounts WHERE user_name = $1";

    public const string List = $"SELECT {Columns}, password_hash FROM supervision.accounts ORDER BY role, user_name";

    public const string Insert = """
        INSERT INTO supervision.accounts (user_name, display_name, role, inspector_id, password_hash, must_change_password, created_at, changed_at)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $7)
        ON CONFLICT DO NOTHING
        """;

    public const string InspectorTaken = "SELECT user_name FROM supervision.accounts WHERE inspector_id = $1";

    public const string SetDisabled = """
        UPDATE supervision.accounts SET disabled = $2, changed_at = $3
        WHERE user_name = $1
        RETURNING role
        """;

    // A new password clears the failures and any lockout: the admin has just spoken to the person.
    public const string SetPassword = """
        UPDATE supervision.accounts
        SET password_hash = $2, must_change_password = $3, failed_attempts = 0, lockout_end = NULL, changed_at = $4
        WHERE user_name = $1
        RETURNING role
        """;

    public const string Succeeded = """
        UPDATE supervision.accounts SET failed_attempts = 0, lockout_end = NULL
        WHERE user_name = $1
        """;

    // One statement, so that concurrent failures each count: the one that reaches the limit starts the lockout and
    // resets the count (after the lockout, the person has the full number of tries again).
    public const string Failed = """
        UPDATE supervision.accounts SET
            failed_attempts = CASE WHEN failed_attempts + 1 >= $2 THEN 0 ELSE failed_attempts + 1 END,
            lockout_end = CASE WHEN failed_attempts + 1 >= $2 THEN $3 ELSE lockout_end END
        WHERE user_name = $1
        RETURNING failed_attempts, failed_attempts = 0
        """;
}
