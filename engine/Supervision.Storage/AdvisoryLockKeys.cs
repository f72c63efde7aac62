namespace Supervision.Storage;

/// <summary>
/// Keys of the PostgreSQL advisory locks Supervision takes, in one place so that two features never share a key.
/// The high 32 bits spell "SV" and a zero; the low bits number the lock.
/// </summary>
public static class AdvisoryLockKeys
{
    /// <summary>Session lock held while migrations run (pg_advisory_lock).</summary>
    public const long Migrations = 0x5356_0000_0000_0001;

    /// <summary>Transaction lock that serialises audit-log appends (pg_advisory_xact_lock).</summary>
    public const long AuditLog = 0x5356_0000_0000_0002;

    /// <summary>Transaction lock under which a run claims its plans for a draw date (pg_advisory_xact_lock).</summary>
    public const long DrawClaims = 0x5356_0000_0000_0003;

    /// <summary>Session lock held while Hangfire's own schema is installed or upgraded (processes starting together would race).</summary>
    public const long HangfireSchema = 0x5356_0000_0000_0004;

    /// <summary>Session lock held while a run is planned: its input slices stored, then the run created (pg_advisory_lock).</summary>
    public const long Planning = 0x5356_0000_0000_0005;

    /// <summary>Transaction lock under which a run's report rows (breakdown, moves) are built once (pg_advisory_xact_lock).</summary>
    public const long RunReports = 0x5356_0000_0000_0006;
}
