-- 0001_initial: the Supervision schema.
--
-- Applied once by MigrationRunner inside one transaction, under its advisory lock; never edit this file after it has
-- been applied anywhere (the runner refuses a changed script): add 0002_….sql instead.
--
-- Conventions: USCCs, ids and codes are text; dates without time are date, instants are timestamptz (UTC);
-- enumerations are lower-case text with a CHECK so that psql users can read them; lists are text[].
-- Bulk-loaded tables (indicator_snapshots, assessments) carry no foreign key to enterprises: the nightly run loads
-- and writes about a million rows of each, and the import has already checked the keys.

-- Registry --------------------------------------------------------------------------------------------------------

-- 企业名录: one row per enterprise, upserted by the import (EnterpriseImporter).
CREATE TABLE supervision.enterprises (
    uscc              text        PRIMARY KEY CHECK (char_length(uscc) = 18),
    name              text        NOT NULL,
    industry_code     text        NOT NULL,   -- GB/T 4754, e.g. C2614
    region            text        NOT NULL,
    grid              text        NOT NULL,   -- 网格
    registration_date date        NOT NULL,
    status            text        NOT NULL CHECK (status IN ('operating', 'dormant', 'revoked', 'deregistered')),
    new_business_form boolean     NOT NULL,   -- 新业态 catalogue
    updated_at        timestamptz NOT NULL DEFAULT now()   -- last import that changed the row
);

-- Indicator values of an enterprise as of a date (one snapshot per import date), keyed by indicator name.
-- The column is "indicators", not "values": VALUES is an SQL keyword.
CREATE TABLE supervision.indicator_snapshots (
    uscc       text  NOT NULL,
    as_of      date  NOT NULL,
    indicators jsonb NOT NULL CHECK (jsonb_typeof(indicators) = 'object'),
    PRIMARY KEY (uscc, as_of)
);

-- Credit records (行政处罚, 经营异常名录, 严重违法失信名单, 纳税信用, 公共信用评价); see Supervision.Model CreditRecord.
CREATE TABLE supervision.credit_records (
    uscc        text          NOT NULL REFERENCES supervision.enterprises (uscc),
    record_type text          NOT NULL CHECK (record_type IN ('penalty', 'abnormal_operation', 'blacklist', 'tax_grade', 'public_credit')),
    document_no text          NOT NULL,   -- 文号
    start_date  date          NOT NULL,
    end_date    date          CHECK (end_date IS NULL OR end_date >= start_date),   -- null while in force
    grade       text,
    amount      numeric(16, 2),           -- fine in yuan
    basis       text          NOT NULL,
    PRIMARY KEY (uscc, record_type, document_no, start_date)
);

-- Past inspections (检查记录); the draw reads the last team of each enterprise from here.
CREATE TABLE supervision.inspections (
    inspection_id   text    PRIMARY KEY,
    uscc            text    NOT NULL REFERENCES supervision.enterprises (uscc),
    inspected_on    date    NOT NULL,
    department      text    NOT NULL,
    inspectors      text[]  NOT NULL,
    violation_found boolean NOT NULL,
    items           text[]  NOT NULL
);
CREATE INDEX inspections_uscc_date ON supervision.inspections (uscc, inspected_on DESC);

-- 执法检查人员名录库.
CREATE TABLE supervision.inspectors (
    inspector_id         text   PRIMARY KEY,
    name                 text   NOT NULL,
    department           text   NOT NULL,
    certificate_no       text   NOT NULL,
    certificate_valid_to date   NOT NULL,
    region               text   NOT NULL,
    certifications       text[] NOT NULL DEFAULT '{}',
    conflicts            text[] NOT NULL DEFAULT '{}'   -- USCCs the inspector must recuse from (回避)
);

-- Rules and plans -------------------------------------------------------------------------------------------------

-- Published rule bundles. archive holds the bundle files framed exactly as BundleHasher hashes them (for each file in
-- ordinal path order: path, LF, byte length in decimal, LF, bytes), so the content hash is the SHA-256 of the archive,
-- which the CHECK enforces. The bundle in force is the one published last.
CREATE TABLE supervision.rule_bundles (
    content_hash text        PRIMARY KEY CHECK (content_hash ~ '^[0-9a-f]{64}$'),
    id           text        NOT NULL,
    version      text        NOT NULL,
    author       text        NOT NULL,
    approver     text        NOT NULL CHECK (approver <> author),   -- four eyes
    published_at timestamptz NOT NULL,
    replaces     text        REFERENCES supervision.rule_bundles (content_hash),
    tests        integer     NOT NULL CHECK (tests >= 0),           -- rule test cases passed before publication
    archive      bytea       NOT NULL,
    CHECK (content_hash = encode(sha256(archive), 'hex'))
);
CREATE INDEX rule_bundles_published_at ON supervision.rule_bundles (published_at DESC);

-- Inspection plans as loaded: one row per distinct content of a plan file, so every draw can name the exact plan.
CREATE TABLE supervision.plans (
    plan_id      text        NOT NULL,
    content_hash text        NOT NULL CHECK (content_hash ~ '^[0-9a-f]{64}$'),
    content      text        NOT NULL,   -- the plan file (YAML) as written by the regulator
    loaded_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (plan_id, content_hash)
);

-- Scoring runs ----------------------------------------------------------------------------------------------------

-- One scoring of the whole population with one bundle as of one date. The run is split into chunks (run_chunks) that
-- any worker may execute; chunks_done is the fan-in counter: the worker that raises it to chunk_count triggers what
-- follows (the draws).
CREATE TABLE supervision.assessment_runs (
    run_id      text        PRIMARY KEY,
    as_of       date        NOT NULL,
    bundle_hash text        NOT NULL CHECK (bundle_hash ~ '^[0-9a-f]{64}$'),
    status      text        NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'running', 'completed', 'failed')),
    started_at  timestamptz,
    finished_at timestamptz,
    chunk_count integer     NOT NULL DEFAULT 0 CHECK (chunk_count >= 0),
    chunks_done integer     NOT NULL DEFAULT 0 CHECK (chunks_done >= 0 AND chunks_done <= chunk_count)
);

-- Fan-out/fan-in: one row per chunk of a run. A worker claims a pending chunk (or one whose heartbeat is stale) with
-- UPDATE … WHERE status = 'pending' … RETURNING, so each chunk is done once however many workers run.
CREATE TABLE supervision.run_chunks (
    run_id       text        NOT NULL REFERENCES supervision.assessment_runs (run_id) ON DELETE CASCADE,
    chunk_no     integer     NOT NULL CHECK (chunk_no >= 0),
    first_uscc   text,       -- key range of the chunk (inclusive), when chunks are ranges of the registry
    last_uscc    text,
    status       text        NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'running', 'done', 'failed')),
    attempts     integer     NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    worker       text,       -- host/process that holds or finished the chunk
    started_at   timestamptz,
    heartbeat_at timestamptz,   -- refreshed while running; a stale one means the worker died
    finished_at  timestamptz,
    PRIMARY KEY (run_id, chunk_no)
);
CREATE INDEX run_chunks_open ON supervision.run_chunks (run_id, chunk_no) WHERE status <> 'done';

-- One assessment per enterprise and run. A failed evaluation keeps its error and null results.
CREATE TABLE supervision.assessments (
    run_id       text             NOT NULL REFERENCES supervision.assessment_runs (run_id) ON DELETE CASCADE,
    uscc         text             NOT NULL,
    category     text,
    ratio        double precision,
    safety_score double precision,
    safety_level text,
    credit_score double precision,
    credit_class text,
    regime       text,
    fired        text[]           NOT NULL DEFAULT '{}',   -- ids of the rules and table rows that fired
    error        text,
    PRIMARY KEY (run_id, uscc),
    CHECK ((error IS NULL) = (category IS NOT NULL))
);

-- Draws -----------------------------------------------------------------------------------------------------------

-- The key of a set of plans: its distinct plan ids in ordinal order, comma-separated (plan ids never contain a comma).
-- Declared IMMUTABLE so that draws.plan_key can be a generated column; it is, with the C collation.
CREATE FUNCTION supervision.plan_key(plan_ids text[]) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN (SELECT string_agg(DISTINCT p COLLATE "C", ',' ORDER BY p COLLATE "C") FROM unnest(plan_ids) AS p);

-- One draw (三随机) of a set of plans on a date. UNIQUE (plan_key, draw_date) makes the nightly draw idempotent: a
-- second attempt for the same plans and day conflicts instead of drawing again. The row and its tasks are written in
-- one transaction, so there is never a half-written draw.
CREATE TABLE supervision.draws (
    draw_id           text        PRIMARY KEY,
    plan_ids          text[]      NOT NULL CHECK (cardinality(plan_ids) > 0),   -- in record order
    plan_key          text        NOT NULL GENERATED ALWAYS AS (supervision.plan_key(plan_ids)) STORED,
    draw_date         date        NOT NULL,
    as_of             date        NOT NULL,
    run_id            text        REFERENCES supervision.assessment_runs (run_id),   -- the scoring it drew from
    seed_commitment   text        NOT NULL CHECK (seed_commitment ~ '^[0-9a-f]{64}$'),
    population_sha256 text        NOT NULL CHECK (population_sha256 ~ '^[0-9a-f]{64}$'),
    record            jsonb       NOT NULL,   -- the full draw record (with the seed): regulators and auditors only
    status            text        NOT NULL DEFAULT 'drawn' CHECK (status IN ('drawn', 'published', 'cancelled')),
    created_at        timestamptz NOT NULL DEFAULT now(),
    UNIQUE (plan_key, draw_date)
);

-- The tasks of a draw: one department's inspection of one drawn enterprise (see Supervision.Draws TaskRecord).
CREATE TABLE supervision.draw_tasks (
    draw_id           text   NOT NULL REFERENCES supervision.draws (draw_id) ON DELETE CASCADE,
    task_id           text   NOT NULL,   -- plan_id/uscc/department number
    plan_id           text   NOT NULL,
    uscc              text   NOT NULL,
    department        text   NOT NULL,
    pool              text   NOT NULL,   -- reveals the category: never shown to inspectors or the public
    visit_id          text   NOT NULL,   -- joint visit (进一次门、查多项事)
    window_from       date   NOT NULL,
    window_to         date   NOT NULL,
    items             text[] NOT NULL,
    team              text[] NOT NULL DEFAULT '{}',   -- empty when no valid team exists
    unassigned_reason text,
    PRIMARY KEY (draw_id, task_id),
    CHECK (window_from <= window_to),
    CHECK ((cardinality(team) = 0) = (unassigned_reason IS NOT NULL))
);
CREATE INDEX draw_tasks_uscc ON supervision.draw_tasks (uscc);

-- Inspection results (issue 7 fills this in): what the team found on a task, and when it was made public.
CREATE TABLE supervision.inspection_results (
    draw_id      text        NOT NULL,
    task_id      text        NOT NULL,
    inspected_on date        NOT NULL,
    outcome      text        NOT NULL CHECK (outcome IN ('no_violation', 'violation', 'not_found', 'refused', 'closed')),
    findings     jsonb       NOT NULL DEFAULT '[]',   -- per item: code, result, basis, measures
    recorded_by  text        NOT NULL,
    recorded_at  timestamptz NOT NULL,
    published_at timestamptz,                          -- 结果公示 (null until published)
    PRIMARY KEY (draw_id, task_id),
    FOREIGN KEY (draw_id, task_id) REFERENCES supervision.draw_tasks (draw_id, task_id)
);

-- Audit -----------------------------------------------------------------------------------------------------------

-- Hash-chained audit log (AuditLog; encoding in docs/operations.md, "Audit log"). seq is assigned by the appender under
-- a transaction-level advisory lock as last seq + 1, not by a sequence: a rolled-back append would leave a gap in a
-- sequence, and a gap is how verification recognises a deleted entry.
CREATE TABLE supervision.audit_log (
    seq       bigint      PRIMARY KEY CHECK (seq >= 1),
    at        timestamptz NOT NULL,
    actor     text        NOT NULL,
    kind      text        NOT NULL,   -- import, run, draw, publication, rule-publication, …
    subject   text        NOT NULL,   -- what it is about: a run id, a draw id, a bundle hash, a file
    payload   jsonb       NOT NULL,
    prev_hash text        NOT NULL CHECK (prev_hash ~ '^[0-9a-f]{64}$'),
    hash      text        NOT NULL UNIQUE CHECK (hash ~ '^[0-9a-f]{64}$')
);
