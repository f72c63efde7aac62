-- 0002_nightly_runs: what the nightly run keeps in PostgreSQL (PostgresRunStore, the IRunStore of the scaled-out mode).
--
-- A run (assessment_runs) is planned once per as-of date and bundle; its chunks (run_chunks) are scored by any worker;
-- chunks_done is the fan-in counter. Assessments are stored losslessly (every outcome field, numbers as float8) so that
-- the draw reads back exactly what the chunk computed. A draw is unique per (plan, date): draw_claims enforces it by
-- its primary key, taken under the advisory lock DrawClaims; the draw row, its tasks, its exclusions and its audit
-- entry commit in one transaction, so a worker killed mid-draw leaves nothing behind.

-- Runs: the run record's fields; status follows Supervision.Draws.Runs.RunStatus.
ALTER TABLE supervision.assessment_runs DROP CONSTRAINT assessment_runs_status_check;
UPDATE supervision.assessment_runs SET status = CASE status WHEN 'completed' THEN 'completed' WHEN 'failed' THEN 'failed' ELSE 'scoring' END;
ALTER TABLE supervision.assessment_runs
    ALTER COLUMN status SET DEFAULT 'scoring',
    ADD CONSTRAINT assessment_runs_status_check
        CHECK (status IN ('scoring', 'drawing', 'completed', 'already_drawn', 'failed')),
    ADD COLUMN bundle_id      text        NOT NULL DEFAULT '',
    ADD COLUMN bundle_version text        NOT NULL DEFAULT '',
    ADD COLUMN data_hash      text        NOT NULL DEFAULT '',
    ADD COLUMN seed           text        NOT NULL DEFAULT '',   -- secret until the draw is published; the record carries it too
    ADD COLUMN chunk_size     integer     NOT NULL DEFAULT 1 CHECK (chunk_size >= 1),
    ADD COLUMN enterprises    integer     NOT NULL DEFAULT 0 CHECK (enterprises >= 0),
    ADD COLUMN rejected_rows  bigint      NOT NULL DEFAULT 0 CHECK (rejected_rows >= 0),
    ADD COLUMN import_report  text        NOT NULL DEFAULT '',
    ADD COLUMN message        text        NOT NULL DEFAULT '',
    ADD COLUMN draw_id        text,
    ADD COLUMN created_at     timestamptz NOT NULL DEFAULT now(),
    ADD COLUMN updated_at     timestamptz NOT NULL DEFAULT now();

-- Chunks: attempts counts saves, so "every chunk done exactly once" is a query.
ALTER TABLE supervision.run_chunks ADD COLUMN saved_at timestamptz;

-- Assessments, lossless: a failed evaluation keeps whatever the engine reported, so the 0001 CHECK goes.
ALTER TABLE supervision.assessments
    DROP CONSTRAINT assessments_check,
    ADD COLUMN chunk_no  integer NOT NULL DEFAULT 0 CHECK (chunk_no >= 0),
    ADD COLUMN position  integer NOT NULL DEFAULT 0 CHECK (position >= 0),   -- registry order
    ADD COLUMN name      text    NOT NULL DEFAULT '',
    ADD COLUMN min_count integer NOT NULL DEFAULT 0,
    ADD COLUMN exempt    boolean NOT NULL DEFAULT false;
CREATE INDEX assessments_run_chunk ON supervision.assessments (run_id, chunk_no);

-- One row per plan and draw date: the run that holds it. The primary key is the uniqueness of a draw per (plan, date).
CREATE TABLE supervision.draw_claims (
    plan_id    text        NOT NULL,
    draw_date  date        NOT NULL,
    run_id     text        NOT NULL REFERENCES supervision.assessment_runs (run_id),
    claimed_at timestamptz NOT NULL,
    PRIMARY KEY (plan_id, draw_date)
);

-- What the draw's files hold beyond the record: the population snapshot (exact bytes, hashed in the record) and the
-- exclusions with their reasons, a JSON array compressed with gzip (a million enterprises under three plans make
-- three million exclusions, beyond jsonb's 256 MB limit; the reasons repeat, so they compress about a hundredfold).
ALTER TABLE supervision.draws
    ADD COLUMN population bytea,
    ADD COLUMN exclusions bytea,
    ADD CONSTRAINT draws_population_hash CHECK (population IS NULL OR encode(sha256(population), 'hex') = population_sha256);
CREATE UNIQUE INDEX draws_run ON supervision.draws (run_id) WHERE run_id IS NOT NULL;
