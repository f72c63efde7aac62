namespace Supervision.Storage.Runs;

/// <summary>The SQL of <see cref="PostgresRunStore"/> (tables in 0001_initial.sql and 0002_nightly_runs.sql).</summary>
internal static class RunSql
{
    public const string RunColumns = """
        run_id, as_of, bundle_id, bundle_version, bundle_hash, data_hash, seed, chunk_size, chunk_count, enterprises,
        rejected_rows, import_report, status, message, draw_id, created_at, updated_at
        """;

    public const string GetRun = $"SELECT {RunColumns} FROM supervision.assessment_runs WHERE run_id = $1";

    public const string PreviousCompletedRun = $"""
        SELECT {RunColumns} FROM supervision.assessment_runs
        WHERE status = 'completed' AND as_of < $1 ORDER BY as_of DESC, updated_at DESC LIMIT 1
        """;

    public const string PreparedRuns = $"SELECT {RunColumns} FROM supervision.assessment_runs WHERE status = 'prepared' ORDER BY as_of, run_id";

    // Chunks go by ON DELETE CASCADE and assessments by the statement trigger of 0005; a refused run has no draw and no claim.
    public const string DeleteRefusedRun = "DELETE FROM supervision.assessment_runs WHERE run_id = $1 AND status = 'refused'";

    public const string InsertRun = $"""
        INSERT INTO supervision.assessment_runs ({RunColumns}, started_at)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $16)
        ON CONFLICT (run_id) DO NOTHING
        """;

    public const string InsertChunks = """
        INSERT INTO supervision.run_chunks (run_id, chunk_no)
        SELECT $1, n FROM generate_series(0, $2 - 1) AS n
        """;

    public const string LockRun = "SELECT status FROM supervision.assessment_runs WHERE run_id = $1 FOR UPDATE";

    public const string ShareRun = "SELECT chunk_size, as_of, bundle_hash, chunk_count FROM supervision.assessment_runs WHERE run_id = $1 FOR SHARE";

    public const string UpdateRun = """
        UPDATE supervision.assessment_runs
        SET status = $2, message = $3, draw_id = $4, rejected_rows = $5, import_report = $6, updated_at = $7,
            finished_at = CASE WHEN $2 IN ('completed', 'already_drawn', 'failed', 'prepared') THEN $7 END
        WHERE run_id = $1
        """;

    public const string DeleteChunkAssessments = "DELETE FROM supervision.assessments WHERE run_id = $1 AND chunk_no = $2";

    public const string CopyAssessments = """
        COPY supervision.assessments (run_id, chunk_no, position, uscc, name, safety_score, safety_level, credit_score,
            credit_class, category, ratio, min_count, exempt, regime, fired, error, industry_code, region, district, grid)
        FROM STDIN (FORMAT BINARY)
        """;

    public const string MarkChunkSaved = """
        UPDATE supervision.run_chunks
        SET attempts = attempts + 1, saved_at = $3, worker = $4, heartbeat_at = $3,
            started_at = coalesce(started_at, $3), status = CASE WHEN status = 'done' THEN 'done' ELSE 'running' END
        WHERE run_id = $1 AND chunk_no = $2
        """;

    // Counts the chunk once (the status guard), then raises the run's counter; the row lock on the run serialises the
    // counters, so exactly one transaction sees chunks_done reach chunk_count.
    public const string CompleteChunk = """
        UPDATE supervision.run_chunks SET status = 'done', finished_at = $3
        WHERE run_id = $1 AND chunk_no = $2 AND status <> 'done' AND saved_at IS NOT NULL
        """;

    public const string ChunkSaved = "SELECT saved_at IS NOT NULL FROM supervision.run_chunks WHERE run_id = $1 AND chunk_no = $2";

    public const string CountChunk = """
        UPDATE supervision.assessment_runs SET chunks_done = chunks_done + 1
        WHERE run_id = $1
        RETURNING chunks_done = chunk_count
        """;

    public const string CompletedChunks = "SELECT chunk_no FROM supervision.run_chunks WHERE run_id = $1 AND status = 'done'";

    public const string ReadAssessments = """
        SELECT uscc, name, safety_score, safety_level, credit_score, credit_class, category, ratio, min_count, exempt,
               regime, fired, error, industry_code, region, district, grid
        FROM supervision.assessments
        WHERE run_id = $1
        ORDER BY position
        """;

    public const string LockClaims = "SELECT pg_advisory_xact_lock($1)";

    // One draw per plan and period: the claims of a run's plans, each with its period ($1 ids, $2 firsts, $3 lasts).
    public const string InsertClaims = """
        INSERT INTO supervision.plan_period_claims (plan_id, period_from, period_to, draw_date, run_id, claimed_at)
        SELECT p.plan_id, p.period_from, p.period_to, $4, $5, $6 FROM unnest($1::text[], $2::date[], $3::date[]) AS p (plan_id, period_from, period_to)
        ON CONFLICT (plan_id, period_from, period_to) DO NOTHING
        """;

    public const string HeldByOthers = """
        SELECT c.plan_id, c.run_id FROM supervision.plan_period_claims c
        JOIN unnest($1::text[], $2::date[], $3::date[]) AS p (plan_id, period_from, period_to)
          ON (c.plan_id, c.period_from, c.period_to) = (p.plan_id, p.period_from, p.period_to)
        WHERE c.run_id <> $4
        ORDER BY c.plan_id COLLATE "C", c.period_from
        """;

    public const string ClaimOwners = """
        SELECT c.plan_id, c.run_id FROM supervision.plan_period_claims c
        JOIN unnest($1::text[], $2::date[], $3::date[]) AS p (plan_id, period_from, period_to)
          ON (c.plan_id, c.period_from, c.period_to) = (p.plan_id, p.period_from, p.period_to)
        WHERE c.run_id <> $4
        ORDER BY c.plan_id COLLATE "C"
        LIMIT 1
        """;

    public const string InsertDraw = """
        INSERT INTO supervision.draws (draw_id, plan_ids, draw_date, as_of, run_id, seed_commitment, population_sha256,
            record, population, exclusions, created_at)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
        ON CONFLICT DO NOTHING
        """;

    public const string CopyTasks = """
        COPY supervision.draw_tasks (draw_id, task_id, plan_id, uscc, department, pool, visit_id, window_from, window_to,
            items, team, unassigned_reason, name)
        FROM STDIN (FORMAT BINARY)
        """;

    // The plans' items as the record froze them, for the inspector's inbox (a handful of rows per plan).
    public const string InsertItems = """
        INSERT INTO supervision.draw_items (draw_id, plan_id, code, position, title, basis, key, department)
        SELECT $1, plan_id, code, position, title, basis, key, department
        FROM unnest($2::text[], $3::text[], $4::integer[], $5::text[], $6::text[], $7::boolean[], $8::text[])
            AS i (plan_id, code, position, title, basis, key, department)
        ON CONFLICT DO NOTHING
        """;

    /// <summary>A draw's header and visits for the public pages ($1 draw, $2 header, $3 visits; JSON text).</summary>
    public const string InsertPublicHeader = """
        INSERT INTO supervision.public_draw_headers (draw_id, header, visits)
        VALUES ($1, $2::jsonb, $3::jsonb)
        ON CONFLICT (draw_id) DO NOTHING
        """;

    // The record as the bytes it was stored as (json keeps its text), for reading as a stream.
    public const string ReadDraw = "SELECT convert_to(record::text, 'UTF8'), population, exclusions FROM supervision.draws WHERE run_id = $1";

    public const string DeleteInputs = "DELETE FROM supervision.run_inputs WHERE run_id = $1";

    // One INSERT per slice, not COPY: a binary COPY buffers up to a thousand rows before PostgreSQL writes any (it counts
    // no bytes for binary rows), so a run's slices, a gigabyte, would all be compressed and written after the last one
    // arrived instead of while the next ones are cut.
    public const string InsertInput = """
        INSERT INTO supervision.run_inputs (run_id, chunk_no, file_name, part, path, encoding, encoding_warning, missing, lines,
            content, earlier_keys, earlier_lines, encoding_utf8_lines, encoding_not_utf8_lines, encoding_neither_lines)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
        """;

    public const string ReadInputs = """
        SELECT file_name, part, path, encoding, encoding_warning, missing, lines, content, earlier_keys, earlier_lines,
            encoding_utf8_lines, encoding_not_utf8_lines, encoding_neither_lines
        FROM supervision.run_inputs
        WHERE run_id = $1 AND chunk_no = $2
        ORDER BY file_name, part
        """;

    public const string SaveChunkSummary = "UPDATE supervision.run_chunks SET summary = $3 WHERE run_id = $1 AND chunk_no = $2";

    public const string ReadChunkSummaries = "SELECT chunk_no, summary FROM supervision.run_chunks WHERE run_id = $1 ORDER BY chunk_no";

    public const string LockPlanning = "SELECT pg_advisory_lock($1)";

    public const string UnlockPlanning = "SELECT pg_advisory_unlock($1)";
}
