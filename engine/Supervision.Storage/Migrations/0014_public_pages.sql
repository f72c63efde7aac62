-- 0014_public_pages: what the public pages (三公开, issue 19) need to answer from indexes, never from a draw record.
--
-- (0013 is reserved for another change; the runner orders by version and accepts the gap.)
--
-- * Search by enterprise name, substring: the database's locale is C, in which pg_trgm extracts no trigram from Chinese
--   text (show_trgm('营口化工') is empty), so a trigram index would not serve the names searched. Instead every name is
--   indexed by its character bigrams (any script): a GIN index on supervision.bigrams(name) finds the rows holding all of
--   the query's bigrams, and LIKE then checks the substring itself.
-- * Search by USCC prefix: a text_pattern_ops index serves LIKE 'prefix%'.
-- * The audit log is read by subject (a draw's publication, void and draw entries).
-- * Public results are listed newest publication first, all or per draw.
-- * public_draw_headers: the few top-level fields of a draw record the pages need (plans with their items, titles and
--   publication working days, the preparation and the hashes; never the outcome or the inspectors), copied out of the
--   record once per draw on first use, so that no page opens a record of 80 MB. Draws are immutable, so the copy is too.
-- * public_draw_files: the public downloads of a draw, generated once, deterministically, and served as stored.
CREATE FUNCTION supervision.bigrams(value text) RETURNS text[]
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN ARRAY(SELECT DISTINCT substr(lower(value), i, 2) FROM generate_series(1, greatest(char_length(value) - 1, 1)) AS i);

CREATE INDEX draw_tasks_name_bigrams ON supervision.draw_tasks USING gin (supervision.bigrams(name));
CREATE INDEX draw_tasks_uscc_prefix ON supervision.draw_tasks (uscc text_pattern_ops);
CREATE INDEX draw_tasks_window_to ON supervision.draw_tasks (window_to, task_no);
CREATE INDEX audit_log_subject ON supervision.audit_log (subject, kind);

CREATE INDEX inspection_results_public ON supervision.inspection_results
    ((COALESCE(published_at, confirmed_at, recorded_at)) DESC, draw_id, task_id) WHERE state = 'confirmed';
CREATE INDEX inspection_results_public_draw ON supervision.inspection_results
    (draw_id, (COALESCE(published_at, confirmed_at, recorded_at)) DESC, task_id) WHERE state = 'confirmed';

CREATE TABLE supervision.public_draw_headers (
    draw_id text  PRIMARY KEY,
    header  jsonb NOT NULL CHECK (jsonb_typeof(header) = 'object'),
    visits  jsonb NOT NULL CHECK (jsonb_typeof(visits) = 'array')   -- outcome.visits: uscc, window, joint, publication_due
);

CREATE TABLE supervision.public_draw_files (
    draw_id      text        NOT NULL,
    file_name    text        NOT NULL,
    content      bytea       NOT NULL,
    sha256       text        NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    generated_at timestamptz NOT NULL,
    PRIMARY KEY (draw_id, file_name),
    CHECK (sha256 = encode(sha256(content), 'hex'))
);
ALTER TABLE supervision.public_draw_files ALTER COLUMN content SET COMPRESSION lz4;
