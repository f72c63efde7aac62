-- 0005_bulk_rows_without_foreign_keys: the night's bulk rows written without a check per row.
--
-- PostgreSQL checks a foreign key with one query per inserted row. For the assessments (a million a night, written by
-- the chunk jobs on the cores the scoring runs on) and the draw's tasks (a hundred thousand, written while the draw
-- job waits) that was about half of what the server spent on each COPY (measured on a million-enterprise run: the
-- server's CPU for the whole night 26-28 s with the key on the assessments, 20-21 s without; a copy of the 107,089
-- tasks 1.15 s with the key on them, 0.67 s without). The keys go; what they guaranteed still holds:
--  * a row names an existing parent: the only writers insert under it in the same transaction. SaveChunkAsync reads
--    the run FOR SHARE before it copies a chunk's assessments (refusing a missing run, and keeping the run from being
--    deleted until it commits); SaveDrawAsync inserts the draw row, then copies its tasks. Rows written by hand in psql
--    are not checked, as for indicator_snapshots (see 0001).
--  * deleting a parent deletes its rows: the statement triggers below instead of ON DELETE CASCADE. Deleting a draw
--    whose tasks have inspection results is still refused, by the results' own foreign key.
ALTER TABLE supervision.assessments DROP CONSTRAINT assessments_run_id_fkey;
ALTER TABLE supervision.draw_tasks DROP CONSTRAINT draw_tasks_draw_id_fkey;

CREATE FUNCTION supervision.delete_run_assessments() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM supervision.assessments AS a USING deleted_runs AS d WHERE a.run_id = d.run_id;
    RETURN NULL;
END
$$;

CREATE TRIGGER assessment_runs_delete_assessments
    AFTER DELETE ON supervision.assessment_runs
    REFERENCING OLD TABLE AS deleted_runs
    FOR EACH STATEMENT EXECUTE FUNCTION supervision.delete_run_assessments();

CREATE FUNCTION supervision.delete_draw_tasks() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM supervision.draw_tasks AS t USING deleted_draws AS d WHERE t.draw_id = d.draw_id;
    RETURN NULL;
END
$$;

CREATE TRIGGER draws_delete_tasks
    AFTER DELETE ON supervision.draws
    REFERENCING OLD TABLE AS deleted_draws
    FOR EACH STATEMENT EXECUTE FUNCTION supervision.delete_draw_tasks();
