namespace Supervision.Storage.Tasks;

/// <summary>The reassignment store's SQL.</summary>
internal static class ReassignmentSql
{
    /// <summary>The draw of task number $1 (no lock: the draw's lock is taken next, before anything is read for good).</summary>
    public const string DrawOf = "SELECT draw_id FROM supervision.draw_tasks WHERE task_no = $1";

    /// <summary>Serialises the reassignments of draw $1: each one's loads must see the one before it.</summary>
    public const string LockDraw = "SELECT pg_advisory_xact_lock(hashtextextended('supervision.reassignment:' || $1, 0))";

    /// <summary>
    /// The pending declaration of inspector $2 on task number $1 of a draw that stands, locked: the task's keys, the team
    /// as drawn, and the place the inspector held when they were themselves a replacement.
    /// </summary>
    public const string LockPending = """
        SELECT r.draw_id, r.task_id, t.team, moved.slot
        FROM supervision.task_recusals AS r
        JOIN supervision.draw_tasks AS t ON t.draw_id = r.draw_id AND t.task_id = r.task_id
        JOIN supervision.draws AS d ON d.draw_id = r.draw_id
        LEFT JOIN supervision.task_reassignments AS moved
            ON moved.draw_id = r.draw_id AND moved.task_id = r.task_id AND moved.replacement_inspector = r.inspector_id
        WHERE t.task_no = $1 AND r.inspector_id = $2 AND r.status = 'pending' AND d.status <> 'cancelled'
        FOR UPDATE OF r
        """;

    /// <summary>Task ($1, $2)'s team as it stands and everyone who withdrew from it.</summary>
    public const string Team = $"""
        SELECT COALESCE(team.ids, ARRAY[]::text[]),
               ARRAY(SELECT w.inspector_id FROM supervision.task_recusals AS w WHERE w.draw_id = t.draw_id AND w.task_id = t.task_id)
        FROM supervision.draw_tasks AS t
        {TaskSql.TeamOf}
        WHERE t.draw_id = $1 AND t.task_id = $2
        """;

    /// <summary>Each inspector's tasks in draw $1 as the teams stand: drawn or taken over, less those withdrawn from.</summary>
    public const string Loads = """
        SELECT m.id, count(*)::integer
        FROM (
            SELECT t.task_id, drawn.id FROM supervision.draw_tasks AS t, unnest(t.team) AS drawn (id) WHERE t.draw_id = $1
            UNION ALL
            SELECT ra.task_id, ra.replacement_inspector FROM supervision.task_reassignments AS ra WHERE ra.draw_id = $1
        ) AS m
        WHERE NOT EXISTS (
            SELECT 1 FROM supervision.task_recusals AS w WHERE w.draw_id = $1 AND w.task_id = m.task_id AND w.inspector_id = m.id)
        GROUP BY m.id
        """;

    /// <summary>Inspector $1's name to show: the account's, else the directory's, else the id.</summary>
    public const string NameOf = """
        SELECT COALESCE(
            (SELECT display_name FROM supervision.accounts WHERE inspector_id = $1),
            (SELECT name FROM supervision.inspectors WHERE inspector_id = $1),
            $1)
        """;

    public const string Record = "SELECT record::text FROM supervision.draws WHERE draw_id = $1";

    public const string Insert = """
        INSERT INTO supervision.task_reassignments
            (draw_id, task_id, withdrawn_inspector, replacement_inspector, slot, assigned_by, assigned_at, walk)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
        """;

    public const string MarkReassigned = """
        UPDATE supervision.task_recusals SET status = 'reassigned'
        WHERE draw_id = $1 AND task_id = $2 AND inspector_id = $3
        """;

    /// <summary>The latest reassignments ($1: at most this many), newest first, with names to show.</summary>
    public const string Recent = """
        SELECT t.task_no, ra.draw_id, ra.task_id, COALESCE(t.name, ra.task_id), t.department,
               ra.withdrawn_inspector, COALESCE(wa.display_name, wi.name, ra.withdrawn_inspector),
               ra.replacement_inspector, COALESCE(na.display_name, ni.name, ra.replacement_inspector),
               ra.slot, COALESCE(ba.display_name, ra.assigned_by), ra.assigned_at
        FROM supervision.task_reassignments AS ra
        JOIN supervision.draw_tasks AS t ON t.draw_id = ra.draw_id AND t.task_id = ra.task_id
        LEFT JOIN supervision.accounts AS wa ON wa.inspector_id = ra.withdrawn_inspector
        LEFT JOIN supervision.inspectors AS wi ON wi.inspector_id = ra.withdrawn_inspector
        LEFT JOIN supervision.accounts AS na ON na.inspector_id = ra.replacement_inspector
        LEFT JOIN supervision.inspectors AS ni ON ni.inspector_id = ra.replacement_inspector
        LEFT JOIN supervision.accounts AS ba ON ba.user_name = ra.assigned_by
        ORDER BY ra.assigned_at DESC, ra.draw_id, ra.task_id, ra.withdrawn_inspector
        LIMIT $1
        """;
}
