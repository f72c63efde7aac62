namespace Supervision.Storage.Audit;

/// <summary>The audit log's SQL.</summary>
internal static class AuditSql
{
    public const string Lock = "SELECT pg_advisory_xact_lock($1)";

    public const string Contains = "SELECT EXISTS (SELECT FROM supervision.audit_log WHERE kind = $1 AND subject = $2)";

    public const string Last = "SELECT seq, hash FROM supervision.audit_log ORDER BY seq DESC LIMIT 1";

    public const string Insert = """
        INSERT INTO supervision.audit_log (seq, at, actor, kind, subject, payload, prev_hash, hash)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
        """;

    // payload::text gives the jsonb's own text; the checker re-canonicalises it.
    public const string ReadAbout = """
        SELECT seq, at, actor, kind, subject, payload::text, prev_hash, hash
        FROM supervision.audit_log
        WHERE subject = $1
        ORDER BY seq
        """;

    public const string ReadAll = """
        SELECT seq, at, actor, kind, subject, payload::text, prev_hash, hash
        FROM supervision.audit_log
        ORDER BY seq
        """;
}
