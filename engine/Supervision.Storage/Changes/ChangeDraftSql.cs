namespace Supervision.Storage.Changes;

/// <summary>
/// The SQL of <see cref="ChangeDraftStore"/> (0019_change_drafts.sql). Every statement names the author beside the
/// draft's number, so that another regulator's draft is simply not found.
/// </summary>
internal static class ChangeDraftSql
{
    /// <summary>The columns <see cref="ChangeDraftStore"/> reads, in its order.</summary>
    public const string Columns = "draft_id, author, title, base_hash, created_at, updated_at";

    public const string Insert = """
        INSERT INTO supervision.change_drafts (author, title, content, base_hash, created_at, updated_at)
        VALUES ($1, $2, $3, $4, $5, $5)
        RETURNING draft_id
        """;

    public const string Get = $"SELECT {Columns} FROM supervision.change_drafts WHERE draft_id = $1 AND author = $2";

    public const string Content = "SELECT content FROM supervision.change_drafts WHERE draft_id = $1 AND author = $2";

    public const string List = $"SELECT {Columns} FROM supervision.change_drafts WHERE author = $1 ORDER BY updated_at DESC, draft_id DESC";

    public const string SaveContent = "UPDATE supervision.change_drafts SET content = $3, updated_at = $4 WHERE draft_id = $1 AND author = $2";

    public const string SaveTitle = "UPDATE supervision.change_drafts SET title = $3, updated_at = $4 WHERE draft_id = $1 AND author = $2";

    public const string Delete = "DELETE FROM supervision.change_drafts WHERE draft_id = $1 AND author = $2";
}
