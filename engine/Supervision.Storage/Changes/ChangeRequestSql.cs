namespace Supervision.Storage.Changes;

/// <summary>The SQL of <see cref="ChangeRequestStore"/> (0017_change_requests.sql).</summary>
internal static class ChangeRequestSql
{
    /// <summary>The columns <see cref="ChangeRequestStore.Read"/> reads, in its order.</summary>
    public const string Columns = """
        request_id, kind, title, author, proposed_at, bundle_hash, base_hash, check_report, checks_passed, status, reviewer, reviewed_at,
        review_comment, published_by, published_at
        """;

    public const string Insert = """
        INSERT INTO supervision.change_requests (kind, title, author, proposed_at, content, content_sha256, bundle_hash, base_hash, check_report, checks_passed)
        VALUES ('bundle', $1, $2, $3, $4, encode(sha256($4), 'hex'), $5, $6, $7, $8)
        RETURNING request_id
        """;

    public const string Get = $"SELECT {Columns} FROM supervision.change_requests WHERE request_id = $1";

    public const string Content = "SELECT content FROM supervision.change_requests WHERE request_id = $1";

    public const string List = $"SELECT {Columns} FROM supervision.change_requests ORDER BY request_id DESC LIMIT $1";

    /// <summary>The requests proposed from $1 to $2 (days in Asia/Shanghai), newest first.</summary>
    public const string ProposedBetween = $"""
        SELECT {Columns} FROM supervision.change_requests
        WHERE (proposed_at AT TIME ZONE 'Asia/Shanghai')::date BETWEEN $1 AND $2
        ORDER BY request_id DESC
        """;

    // The WHERE clauses repeat what the table's checks and trigger enforce, so that a refused step is a row count of 0
    // with a clear message rather than a constraint violation; the database refuses it either way.
    public const string Review = """
        UPDATE supervision.change_requests SET status = $2, reviewer = $3, reviewed_at = $4, review_comment = $5
        WHERE request_id = $1 AND status = 'proposed' AND author <> $3 AND ($2 = 'rejected' OR checks_passed)
        """;

    public const string Withdraw = """
        UPDATE supervision.change_requests SET status = 'withdrawn' WHERE request_id = $1 AND status = 'proposed' AND author = $2
        """;

    public const string Publish = """
        UPDATE supervision.change_requests SET status = 'published', published_by = $2, published_at = $3
        WHERE request_id = $1 AND status = 'approved'
        """;
}
