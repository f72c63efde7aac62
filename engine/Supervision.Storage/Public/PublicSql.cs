namespace Supervision.Storage.Public;

/// <summary>
/// The public pages' SQL. Every statement is bounded (LIMIT, capped OFFSET) and served by an index of 0001, 0011 or 0014;
/// none reads <c>draws.record</c> except <see cref="FillHeaders"/>, once per draw. No statement selects <c>pool</c>.
/// </summary>
internal static class PublicSql
{
    // The latest 'void' and 'draw' audit entries of each draw (audit_log_subject); the draw entry counts its tasks and visits.
    private const string DrawColumns = """
        d.draw_id, d.draw_date, d.plan_ids, d.status, d.created_at,
        (SELECT a.payload ->> 'reason' FROM supervision.audit_log a WHERE a.subject = d.draw_id AND a.kind = 'void' ORDER BY a.seq DESC LIMIT 1),
        (SELECT (a.payload ->> 'tasks')::int FROM supervision.audit_log a WHERE a.subject = d.draw_id AND a.kind = 'draw' ORDER BY a.seq DESC LIMIT 1),
        (SELECT (a.payload ->> 'visits')::int FROM supervision.audit_log a WHERE a.subject = d.draw_id AND a.kind = 'draw' ORDER BY a.seq DESC LIMIT 1)
        """;

    public const string ListDraws = $"""
        SELECT {DrawColumns}
        FROM supervision.draws d
        ORDER BY d.draw_date DESC, d.draw_id
        LIMIT $1 OFFSET $2
        """;

    public const string FindDraw = $"""
        SELECT {DrawColumns}, d.as_of, d.seed_commitment, d.population_sha256, d.population IS NOT NULL
        FROM supervision.draws d
        WHERE d.draw_id = $1
        """;

    /// <summary>The hashes of the files each publication of the subject made public, latest last.</summary>
    public const string Publications = """
        SELECT a.subject, a.at, a.payload -> 'files', a.payload -> 'audit_head' ->> 'seq', a.payload -> 'audit_head' ->> 'hash'
        FROM supervision.audit_log a
        WHERE a.subject = ANY($1) AND a.kind = 'publication'
        ORDER BY a.seq
        """;

    public const string DrawTasks = """
        SELECT t.task_no, t.draw_id, t.plan_id, t.uscc, COALESCE(t.name, ''), t.department, t.window_from, t.window_to, t.items, d.status
        FROM supervision.draw_tasks t JOIN supervision.draws d ON d.draw_id = t.draw_id
        WHERE t.draw_id = $1
        ORDER BY t.task_id
        LIMIT $2 OFFSET $3
        """;

    /// <summary>
    /// Each plan's items from the latest draw of that plan that was not voided (a draw freezes its plans' items). Draws are
    /// one row per night and plan set: the inner query reads that small table; the items come by their primary key.
    /// </summary>
    public const string Items = """
        WITH latest AS (
            SELECT DISTINCT ON (p.plan_id) p.plan_id, d.draw_id, d.draw_date
            FROM supervision.draws d, unnest(d.plan_ids) AS p(plan_id)
            WHERE d.status <> 'cancelled'
            ORDER BY p.plan_id, d.draw_date DESC, d.created_at DESC
            LIMIT 200
        )
        SELECT l.draw_id, l.draw_date, i.plan_id, i.code, i.title, i.basis, i.key, i.department
        FROM latest l JOIN supervision.draw_items i ON i.draw_id = l.draw_id AND i.plan_id = l.plan_id
        ORDER BY i.plan_id, i.position
        """;

    // A task with its public result, if any (confirmed), and its draw's status; the caller appends WHERE … ORDER BY … LIMIT.
    private const string TaskWithResult = """
        SELECT t.task_no, t.draw_id, t.task_id, t.plan_id, t.uscc, COALESCE(t.name, ''), t.department, t.window_from, t.window_to, t.items,
               d.status, r.inspected_on, r.outcome, r.findings::text, r.entry::text, COALESCE(r.published_at, r.confirmed_at, r.recorded_at)
        FROM supervision.draw_tasks t
        JOIN supervision.draws d ON d.draw_id = t.draw_id
        LEFT JOIN supervision.inspection_results r ON r.draw_id = t.draw_id AND r.task_id = t.task_id AND r.state = 'confirmed'
        """;

    /// <summary>$1 the USCC prefix as a LIKE pattern; served by draw_tasks_uscc_prefix.</summary>
    public const string SearchUscc = $"""
        {TaskWithResult}
        WHERE t.uscc LIKE $1
        ORDER BY t.uscc, d.draw_date DESC, t.task_id
        LIMIT $2
        """;

    /// <summary>$1 the query's bigrams (draw_tasks_name_bigrams), $2 the substring as a LIKE pattern (lower case).</summary>
    /// <remarks>
    /// The first $3 matches the index yields are taken, then sorted: a common word ("汽车租赁": 6,960 of 360,000 tasks in
    /// the web benchmark) would otherwise have every match fetched, joined and sorted to show 100 (p95 383 ms; the page
    /// asks for a fuller name when the limit is reached).
    /// </remarks>
    public const string SearchName = $"""
        {TaskWithResult}
        WHERE t.task_no IN (
            SELECT m.task_no FROM supervision.draw_tasks AS m
            WHERE supervision.bigrams(m.name) @> $1 AND lower(m.name) LIKE $2
            LIMIT $3)
        ORDER BY t.uscc, d.draw_date DESC, t.task_id
        """;

    private const string ResultColumns = """
        SELECT t.task_no, t.draw_id, t.task_id, t.plan_id, t.uscc, COALESCE(t.name, ''), t.department, t.window_from, t.window_to, t.items,
               d.status, r.inspected_on, r.outcome, r.findings::text, r.entry::text, COALESCE(r.published_at, r.confirmed_at, r.recorded_at)
        FROM supervision.inspection_results r
        JOIN supervision.draw_tasks t ON t.draw_id = r.draw_id AND t.task_id = r.task_id
        JOIN supervision.draws d ON d.draw_id = r.draw_id
        """;

    /// <summary>Public results, newest publication first (inspection_results_public).</summary>
    public const string Results = $"""
        {ResultColumns}
        WHERE r.state = 'confirmed'
        ORDER BY COALESCE(r.published_at, r.confirmed_at, r.recorded_at) DESC, r.draw_id, r.task_id
        LIMIT $1 OFFSET $2
        """;

    /// <summary>One draw's public results, newest publication first (inspection_results_public_draw).</summary>
    public const string DrawResults = $"""
        {ResultColumns}
        WHERE r.state = 'confirmed' AND r.draw_id = $3
        ORDER BY COALESCE(r.published_at, r.confirmed_at, r.recorded_at) DESC, r.draw_id, r.task_id
        LIMIT $1 OFFSET $2
        """;

    /// <summary>
    /// Tasks of draws not voided, without a public result, whose window ended before $1 (a working-day deadline after the
    /// window's end is later still, so nothing later can be overdue): the oldest first (draw_tasks_window_to), so the
    /// walk stops after $2 rows.
    /// </summary>
    public const string Unpublished = $"""
        {TaskWithResult}
        WHERE t.window_to < $1 AND d.status <> 'cancelled' AND r.task_id IS NULL
        ORDER BY t.window_to, t.task_no
        LIMIT $2
        """;

    /// <summary>
    /// Copies the top-level fields of each draw's record other than the outcome and the inspectors, and the outcome's
    /// visits, into public_draw_headers: the record is parsed here, in the server, once per draw.
    /// </summary>
    public const string FillHeaders = """
        INSERT INTO supervision.public_draw_headers (draw_id, header, visits)
        SELECT d.draw_id,
               (SELECT jsonb_object_agg(e.key, e.value::jsonb) FROM json_each(d.record) AS e WHERE e.key NOT IN ('outcome', 'inspectors')),
               COALESCE((SELECT (json_extract_path(e.value, 'visits'))::jsonb FROM json_each(d.record) AS e WHERE e.key = 'outcome'), '[]'::jsonb)
        FROM supervision.draws d
        WHERE d.draw_id = ANY($1)
          AND NOT EXISTS (SELECT 1 FROM supervision.public_draw_headers h WHERE h.draw_id = d.draw_id)
        ON CONFLICT (draw_id) DO NOTHING
        """;

    public const string ReadHeaders = "SELECT draw_id, header::text FROM supervision.public_draw_headers WHERE draw_id = ANY($1)";

    public const string ReadVisits = "SELECT visits::text FROM supervision.public_draw_headers WHERE draw_id = $1";

    /// <summary>Every task of a draw for its public record and notice, in task order; pool left out.</summary>
    public const string AllTasks = """
        SELECT task_id, plan_id, department, uscc, COALESCE(name, ''), visit_id, window_from, window_to, items, team, unassigned_reason
        FROM supervision.draw_tasks
        WHERE draw_id = $1
        ORDER BY task_id
        """;

    public const string ReadFile = "SELECT content, sha256 FROM supervision.public_draw_files WHERE draw_id = $1 AND file_name = $2";

    public const string FileHashes = "SELECT file_name, sha256 FROM supervision.public_draw_files WHERE draw_id = $1";

    public const string SaveFile = """
        INSERT INTO supervision.public_draw_files (draw_id, file_name, content, sha256, generated_at)
        VALUES ($1, $2, $3, encode(sha256($3), 'hex'), $4)
        ON CONFLICT (draw_id, file_name) DO NOTHING
        """;

    public const string Population = "SELECT population FROM supervision.draws WHERE draw_id = $1";
}
