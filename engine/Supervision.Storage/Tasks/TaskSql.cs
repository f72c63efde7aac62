namespace Supervision.Storage.Tasks;

/// <summary>The inspector task store's SQL.</summary>
/// <remarks>
/// An inspector's tasks are found through the GIN index on <c>draw_tasks.team</c> (<c>team @&gt; ARRAY[id]</c>), a task by
/// its number through the unique index on <c>task_no</c>; the lateral joins then touch only those rows.
/// </remarks>
internal static class TaskSql
{
    // The team as it stands: the drawn team in drawn order with each reassigned place taken by its replacement
    // (task_reassignments.slot), without those who withdrew, each with a name to show.
    internal const string TeamOf = """
        LEFT JOIN LATERAL (
            SELECT array_agg(m.id ORDER BY m.n) AS ids, array_agg(COALESCE(a.display_name, i.name, m.id) ORDER BY m.n) AS names
            FROM (
                SELECT drawn.id, drawn.n::integer AS n FROM unnest(t.team) WITH ORDINALITY AS drawn (id, n)
                UNION ALL
                SELECT ra.replacement_inspector, ra.slot FROM supervision.task_reassignments AS ra
                WHERE ra.draw_id = t.draw_id AND ra.task_id = t.task_id
            ) AS m
            LEFT JOIN supervision.accounts AS a ON a.inspector_id = m.id
            LEFT JOIN supervision.inspectors AS i ON i.inspector_id = m.id
            WHERE NOT EXISTS (
                SELECT 1 FROM supervision.task_recusals AS w WHERE w.draw_id = t.draw_id AND w.task_id = t.task_id AND w.inspector_id = m.id)
        ) AS team ON true
        """;

    // The task's items in task order, each with its title and basis from the draw's plan (the code alone if it lacks one).
    private const string ItemsOf = """
        LEFT JOIN LATERAL (
            SELECT array_agg(c.code ORDER BY c.n) AS codes,
                   array_agg(COALESCE(di.title, c.code) ORDER BY c.n) AS titles,
                   array_agg(COALESCE(di.basis, '') ORDER BY c.n) AS bases,
                   array_agg(COALESCE(di.key, false) ORDER BY c.n) AS keys
            FROM unnest(t.items) WITH ORDINALITY AS c (code, n)
            LEFT JOIN supervision.draw_items AS di ON di.draw_id = t.draw_id AND di.plan_id = t.plan_id AND di.code = c.code
        ) AS item ON true
        """;

    private const string Select = $"""
        SELECT t.task_no, t.draw_id, t.task_id, t.plan_id, t.visit_id, t.uscc, COALESCE(t.name, e.name, t.uscc), e.region, e.grid,
               t.department, t.window_from, t.window_to,
               COALESCE(team.ids, ARRAY[]::text[]), COALESCE(team.names, ARRAY[]::text[]),
               COALESCE(item.codes, ARRAY[]::text[]), COALESCE(item.titles, ARRAY[]::text[]), COALESCE(item.bases, ARRAY[]::text[]), COALESCE(item.keys, ARRAY[]::boolean[]),
               EXISTS (SELECT 1 FROM supervision.inspection_results AS res WHERE res.draw_id = t.draw_id AND res.task_id = t.task_id),
               EXISTS (SELECT 1 FROM supervision.inspection_results AS res WHERE res.draw_id = t.draw_id AND res.task_id = t.task_id AND res.state = 'confirmed')
        FROM supervision.draw_tasks AS t
        JOIN supervision.draws AS d ON d.draw_id = t.draw_id
        LEFT JOIN supervision.enterprises AS e ON e.uscc = t.uscc
        {TeamOf}
        {ItemsOf}
        """;

    // The inspector ($1) is on the drawn team or took a withdrawn member's place, has not withdrawn, and the draw stands.
    internal const string Own = """
        (t.team @> ARRAY[$1::text] OR EXISTS (
            SELECT 1 FROM supervision.task_reassignments AS mine
            WHERE mine.draw_id = t.draw_id AND mine.task_id = t.task_id AND mine.replacement_inspector = $1))
        AND d.status <> 'cancelled'
        AND NOT EXISTS (
            SELECT 1 FROM supervision.task_recusals AS own WHERE own.draw_id = t.draw_id AND own.task_id = t.task_id AND own.inspector_id = $1)
        """;

    /// <summary>The inspector's tasks ($1: inspector id, $2: at most this many): open ones first, then by window and visit.</summary>
    /// <remarks>
    /// The candidates come first, by index (the GIN index on the drawn teams, the replacement index on the reassignments),
    /// so that <see cref="Own"/>'s OR is checked on an inspector's few tasks, never on all; then the page is chosen (sorted
    /// and cut to $2) from the bare rows, and only its tasks get their team, items and enterprise: an inspector with 418
    /// tasks in a million-enterprise database answered in 72–85 ms when all 418 were decorated before the cut, 42–46 ms so
    /// (docs/performance.md, "Web pages"). The inner query's aliases shadow the outer ones on purpose: it is not correlated.
    /// </remarks>
    public const string List = $"""
        {Select}
        WHERE t.task_no IN (
            SELECT t.task_no
            FROM supervision.draw_tasks AS t
            JOIN supervision.draws AS d ON d.draw_id = t.draw_id
            WHERE t.task_no IN (
                    SELECT drawn.task_no FROM supervision.draw_tasks AS drawn WHERE drawn.team @> ARRAY[$1::text]
                    UNION ALL
                    SELECT moved.task_no
                    FROM supervision.task_reassignments AS ra
                    JOIN supervision.draw_tasks AS moved ON moved.draw_id = ra.draw_id AND moved.task_id = ra.task_id
                    WHERE ra.replacement_inspector = $1)
                AND {Own}
            ORDER BY EXISTS (SELECT 1 FROM supervision.inspection_results AS res WHERE res.draw_id = t.draw_id AND res.task_id = t.task_id),
                     t.window_from, t.visit_id, t.department, t.task_id
            LIMIT $2)
        ORDER BY 19, t.window_from, t.visit_id, t.department, t.task_id
        """;

    /// <summary>One of the inspector's tasks ($1: inspector id, $2: task number), or no row.</summary>
    public const string Find = $"""
        {Select}
        WHERE t.task_no = $2 AND {Own}
        """;

    /// <summary>The task ($1: inspector id, $2: task number) if it is the inspector's: its keys and whether it has a result.</summary>
    public const string Claim = $"""
        SELECT t.draw_id, t.task_id,
               EXISTS (SELECT 1 FROM supervision.inspection_results AS res WHERE res.draw_id = t.draw_id AND res.task_id = t.task_id)
        FROM supervision.draw_tasks AS t
        JOIN supervision.draws AS d ON d.draw_id = t.draw_id
        WHERE t.task_no = $2 AND {Own}
        FOR UPDATE OF t
        """;

    public const string InsertRecusal = """
        INSERT INTO supervision.task_recusals (draw_id, task_id, inspector_id, user_name, ground, reason, declared_at)
        VALUES ($1, $2, $3, $4, $5, $6, $7)
        ON CONFLICT DO NOTHING
        """;

    /// <summary>The declarations waiting for the regulator ($1: at most this many), oldest first.</summary>
    public const string Pending = $"""
        SELECT t.task_no, r.draw_id, r.task_id, t.uscc, COALESCE(t.name, e.name, t.uscc), t.department, t.window_from, t.window_to,
               r.inspector_id, COALESCE(acc.display_name, r.user_name), r.ground, r.reason, r.declared_at,
               COALESCE(team.ids, ARRAY[]::text[]), COALESCE(team.names, ARRAY[]::text[])
        FROM supervision.task_recusals AS r
        JOIN supervision.draw_tasks AS t ON t.draw_id = r.draw_id AND t.task_id = r.task_id
        LEFT JOIN supervision.enterprises AS e ON e.uscc = t.uscc
        LEFT JOIN supervision.accounts AS acc ON acc.user_name = r.user_name
        {TeamOf}
        WHERE r.status = 'pending'
        ORDER BY r.declared_at, r.draw_id, r.task_id, r.inspector_id
        LIMIT $1
        """;
}
