using Supervision.Storage.Tasks;

namespace Supervision.Storage.Results;

/// <summary>The result entry store's SQL.</summary>
internal static class ResultSql
{
    /// <summary>The result of the inspector's ($1) task $2, or no row when there is none or the task is not theirs.</summary>
    public const string Find = $"""
        SELECT r.outcome, r.entry::text, r.inspectors, r.recorded_inspector, COALESCE(ra.display_name, r.recorded_by), r.recorded_at,
               r.state = 'confirmed', COALESCE(ca.display_name, r.confirmed_by), r.confirmed_at
        FROM supervision.draw_tasks AS t
        JOIN supervision.draws AS d ON d.draw_id = t.draw_id
        JOIN supervision.inspection_results AS r ON r.draw_id = t.draw_id AND r.task_id = t.task_id
        LEFT JOIN supervision.accounts AS ra ON ra.user_name = r.recorded_by
        LEFT JOIN supervision.accounts AS ca ON ca.user_name = r.confirmed_by
        WHERE t.task_no = $2 AND {TaskSql.Own}
        """;

    /// <summary>The result of task ($1, $2), locked for the transaction: its state, recorder and inspectors named.</summary>
    public const string Lock = """
        SELECT state = 'confirmed', recorded_inspector, inspectors
        FROM supervision.inspection_results
        WHERE draw_id = $1 AND task_id = $2
        FOR UPDATE
        """;

    /// <summary>Stores an entered result; a result already confirmed is left alone (no row affected).</summary>
    public const string Upsert = """
        INSERT INTO supervision.inspection_results
            (draw_id, task_id, inspected_on, outcome, findings, recorded_by, recorded_at, entry, inspectors, recorded_inspector, state)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'entered')
        ON CONFLICT (draw_id, task_id) DO UPDATE
        SET inspected_on = EXCLUDED.inspected_on, outcome = EXCLUDED.outcome, findings = EXCLUDED.findings,
            recorded_by = EXCLUDED.recorded_by, recorded_at = EXCLUDED.recorded_at, entry = EXCLUDED.entry,
            inspectors = EXCLUDED.inspectors, recorded_inspector = EXCLUDED.recorded_inspector
        WHERE supervision.inspection_results.state = 'entered'
        """;

    /// <summary>Confirms task ($1, $2)'s result by inspector $3 (account $4) at $5: never by its recorder, only by one it names.</summary>
    public const string Confirm = """
        UPDATE supervision.inspection_results
        SET state = 'confirmed', confirmed_inspector = $3, confirmed_by = $4, confirmed_at = $5
        WHERE draw_id = $1 AND task_id = $2 AND state = 'entered' AND recorded_inspector <> $3 AND $3 = ANY (inspectors)
        """;

    /// <summary>The confirmed results of draw $1 entered in the service, as results-file rows, in task order.</summary>
    public const string Confirmed = """
        SELECT entry::text
        FROM supervision.inspection_results
        WHERE draw_id = $1 AND state = 'confirmed' AND entry IS NOT NULL
        ORDER BY task_id COLLATE "C"
        """;

    /// <summary>The tasks of draw $1 whose team changed by a recusal, with the team as it stands.</summary>
    public const string ChangedTeams = $"""
        SELECT t.task_id, COALESCE(team.ids, ARRAY[]::text[])
        FROM supervision.draw_tasks AS t
        {TaskSql.TeamOf}
        WHERE t.draw_id = $1
          AND EXISTS (SELECT 1 FROM supervision.task_recusals AS w WHERE w.draw_id = t.draw_id AND w.task_id = t.task_id)
        ORDER BY t.task_id COLLATE "C"
        """;

    /// <summary>The standing draws with results confirmed in the service inspected on or before $1, by draw date then id.</summary>
    public const string DrawsWithConfirmed = """
        SELECT d.draw_id
        FROM supervision.draws AS d
        WHERE d.status <> 'cancelled'
          AND EXISTS (
            SELECT 1 FROM supervision.inspection_results AS r
            WHERE r.draw_id = d.draw_id AND r.state = 'confirmed' AND r.entry IS NOT NULL AND r.inspected_on <= $1)
        ORDER BY d.draw_date, d.draw_id
        """;

    /// <summary>Draw $1's record as stored.</summary>
    public const string Record = "SELECT record::text FROM supervision.draws WHERE draw_id = $1";
}
