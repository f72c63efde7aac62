namespace Supervision.Storage.Discipline;

/// <summary>The SQL of <see cref="DisciplineStore"/>: read-only questions over the draws, results, recusals and rule changes.</summary>
internal static class DisciplineSql
{
    /// <summary>Tasks of draws not voided whose window ended before $1 without a confirmed result ($2 limit).</summary>
    public const string Overdue = """
        SELECT t.draw_id, t.task_id, t.uscc, t.department, t.window_from, t.window_to, t.team, ($1::date - t.window_to) AS days,
               r.state
        FROM supervision.draw_tasks AS t
        JOIN supervision.draws AS d ON d.draw_id = t.draw_id AND d.status <> 'cancelled'
        LEFT JOIN supervision.inspection_results AS r ON r.draw_id = t.draw_id AND r.task_id = t.task_id
        WHERE t.window_to < $1::date AND (r.state IS NULL OR r.state <> 'confirmed')
        ORDER BY t.window_to, t.draw_id, t.task_id
        LIMIT $2
        """;

    /// <summary>
    /// Visits whose results were made public after their deadline, or whose deadline passed before $1 with results still
    /// not public (publication_due in the record; a visit the calendar gave no deadline is not judged).
    /// </summary>
    public const string LatePublication = """
        WITH visits AS (
            SELECT d.draw_id, v ->> 'visit_id' AS visit_id, v ->> 'uscc' AS uscc, (v ->> 'publication_due')::date AS due,
                   ARRAY(SELECT json_array_elements_text(v -> 'tasks')) AS tasks
            FROM supervision.draws AS d
            CROSS JOIN LATERAL json_array_elements(d.record -> 'outcome' -> 'visits') AS v
            WHERE d.status <> 'cancelled' AND v ->> 'publication_due' IS NOT NULL AND (v ->> 'publication_due')::date < $1::date + 366)
        SELECT v.draw_id, v.visit_id, v.uscc, v.due, cardinality(v.tasks) AS tasks, count(r.published_at) AS published,
               max((r.published_at AT TIME ZONE 'Asia/Shanghai')::date) AS last_published
        FROM visits AS v
        LEFT JOIN supervision.inspection_results AS r ON r.draw_id = v.draw_id AND r.task_id = ANY (v.tasks)
        GROUP BY v.draw_id, v.visit_id, v.uscc, v.due, v.tasks
        HAVING max((r.published_at AT TIME ZONE 'Asia/Shanghai')::date) > v.due
            OR (v.due < $1::date AND count(r.published_at) < cardinality(v.tasks))
        ORDER BY v.due, v.draw_id, v.visit_id
        LIMIT $2
        """;

    /// <summary>Voided draws with the void's time, actor and reason from the audit log.</summary>
    public const string Voided = """
        SELECT d.draw_id, d.draw_date, a.at, coalesce(a.actor, ''), coalesce(a.payload ->> 'reason', '')
        FROM supervision.draws AS d
        LEFT JOIN supervision.audit_log AS a ON a.kind = 'void' AND a.subject = d.draw_id
        WHERE d.status = 'cancelled' AND d.draw_date BETWEEN $1 AND $2
        ORDER BY d.draw_date DESC, d.draw_id
        """;

    /// <summary>Inspectors on more tasks of one plan of one draw (reassignments included) than the plan's ceiling.</summary>
    public const string OverCeiling = """
        WITH ceilings AS (
            SELECT d.draw_id, d.draw_date, p ->> 'id' AS plan_id, (p ->> 'max_tasks_per_inspector')::int AS ceiling
            FROM supervision.draws AS d
            CROSS JOIN LATERAL json_array_elements(d.record -> 'plans') AS p
            WHERE d.status <> 'cancelled' AND d.draw_date BETWEEN $1 AND $2),
        loads AS (
            SELECT t.draw_id, t.plan_id, m AS inspector, count(*) AS tasks
            FROM supervision.draw_tasks AS t CROSS JOIN LATERAL unnest(t.team) AS m
            GROUP BY t.draw_id, t.plan_id, m)
        SELECT l.draw_id, c.draw_date, l.plan_id, l.inspector, l.tasks, c.ceiling
        FROM loads AS l JOIN ceilings AS c ON c.draw_id = l.draw_id AND c.plan_id = l.plan_id
        WHERE l.tasks > c.ceiling
        ORDER BY l.tasks - c.ceiling DESC, l.draw_id, l.inspector
        """;

    /// <summary>Recusals declared in the period by ground and state.</summary>
    public const string RecusalsByGround = """
        SELECT ground, status, count(*) FROM supervision.task_recusals
        WHERE (declared_at AT TIME ZONE 'Asia/Shanghai')::date BETWEEN $1 AND $2
        GROUP BY ground, status ORDER BY ground, status
        """;

    /// <summary>Inspectors with the most recusals declared in the period.</summary>
    public const string RecusalsByInspector = """
        SELECT inspector_id, count(*), count(*) FILTER (WHERE status = 'pending')
        FROM supervision.task_recusals
        WHERE (declared_at AT TIME ZONE 'Asia/Shanghai')::date BETWEEN $1 AND $2
        GROUP BY inspector_id ORDER BY count(*) DESC, inspector_id LIMIT 20
        """;
}
