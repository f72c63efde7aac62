-- 0015_analyst_reports: what the analysts' risk reports (issue 20) read.
--
-- * Where an enterprise is: the registry gains district (区/街道); each assessment keeps the enterprise's industry,
--   park, district and grid as the registry said on the night it was scored, so that a stored run is broken down as it
--   stood then (an enterprise that moves district later does not rewrite last quarter's report). Rows written before
--   this migration have empty places.
-- * run_breakdowns: a completed run's enterprises counted per (industry, park, district, grid, category, safety level,
--   credit class, regime), built once per run on first use (RunReportStore) — a few thousand rows instead of a million,
--   so the overview and the trends sum these. Runs are immutable once completed, so are their breakdowns.
-- * run_moves: the enterprises whose category, safety level, credit class or regime differ from the previous completed
--   run's, with the rules that fired only now or only then, built with the breakdown.
-- * run_reports: that a run's breakdown and moves are built (and against which previous run), written in the same
--   transaction as the rows.
-- * supervision.problem_found(outcome): the result categories that found a problem (every category but 未发现问题 and
--   未发现开展本次抽查涉及的经营活动), for the violation rates.
ALTER TABLE supervision.enterprises ADD COLUMN district text NOT NULL DEFAULT '';

ALTER TABLE supervision.assessments
    ADD COLUMN industry_code text NOT NULL DEFAULT '',
    ADD COLUMN region        text NOT NULL DEFAULT '',
    ADD COLUMN district      text NOT NULL DEFAULT '',
    ADD COLUMN grid          text NOT NULL DEFAULT '';

CREATE TABLE supervision.run_reports (
    run_id          text        PRIMARY KEY,
    as_of           date        NOT NULL,
    previous_run_id text,
    enterprises     integer     NOT NULL CHECK (enterprises >= 0),
    built_at        timestamptz NOT NULL
);
CREATE INDEX run_reports_as_of ON supervision.run_reports (as_of);

CREATE TABLE supervision.run_breakdowns (
    run_id        text    NOT NULL,
    industry_code text    NOT NULL,
    region        text    NOT NULL,
    district      text    NOT NULL,
    grid          text    NOT NULL,
    category      text    NOT NULL,   -- '' for an evaluation error
    safety_level  text    NOT NULL,
    credit_class  text    NOT NULL,
    regime        text    NOT NULL,
    enterprises   integer NOT NULL CHECK (enterprises > 0),
    PRIMARY KEY (run_id, industry_code, region, district, grid, category, safety_level, credit_class, regime)
);

CREATE TABLE supervision.run_moves (
    run_id         text   NOT NULL,
    uscc           text   NOT NULL,
    name           text   NOT NULL,
    industry_code  text   NOT NULL,
    district       text   NOT NULL,
    grid           text   NOT NULL,
    from_category  text   NOT NULL,
    to_category    text   NOT NULL,
    from_level     text   NOT NULL,
    to_level       text   NOT NULL,
    from_class     text   NOT NULL,
    to_class       text   NOT NULL,
    from_regime    text   NOT NULL,
    to_regime      text   NOT NULL,
    fired_now      text[] NOT NULL,   -- rules and table rows that fired in this run and not in the previous one
    fired_before   text[] NOT NULL,   -- …and those that fired then and no longer do
    PRIMARY KEY (run_id, uscc)
);

CREATE FUNCTION supervision.problem_found(outcome text) RETURNS boolean
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN outcome NOT IN ('no_problem', 'no_activity');

-- No index on assessments (uscc): the enterprise page reads its history run by run through the primary key
-- (run_id, uscc), a probe per night, and every night's million-row COPY would pay for one more index.
