-- 0016_night_alerts: the night's early warning (issue 21).
--
-- * night_alerts: every alert a run raised (预警), written by the draws step from the chunks' alerts in one transaction
--   with its audit entry: the alert rule, its level and kind, the values it read and its basis, and whether it became a
--   case lead (the enterprise is drawn only when triggered: its lead joins the run's draw under lead_reference).
--   Runs are immutable once drawn, so are their alerts; a run written again replaces its own.
-- * night_alert_failures: enterprises whose alert rules could not be evaluated that night, with the reason.
CREATE TABLE supervision.night_alerts (
    run_id         text    NOT NULL REFERENCES supervision.assessment_runs (run_id) ON DELETE CASCADE,
    position       integer NOT NULL CHECK (position >= 0),
    as_of          date    NOT NULL,
    uscc           text    NOT NULL,
    name           text    NOT NULL,
    rule_id        text    NOT NULL,
    kind           text    NOT NULL,
    level          text    NOT NULL CHECK (level IN ('red', 'orange', 'yellow')),
    title          text    NOT NULL,
    basis          text    NOT NULL,
    read_values    text    NOT NULL,
    regime         text    NOT NULL,
    lead           boolean NOT NULL,
    lead_reference text,
    PRIMARY KEY (run_id, position),
    UNIQUE (run_id, uscc, rule_id),
    CHECK (lead = (lead_reference IS NOT NULL))
);

CREATE INDEX night_alerts_uscc ON supervision.night_alerts (uscc, as_of);

CREATE TABLE supervision.night_alert_failures (
    run_id  text NOT NULL REFERENCES supervision.assessment_runs (run_id) ON DELETE CASCADE,
    uscc    text NOT NULL,
    message text NOT NULL,
    PRIMARY KEY (run_id, uscc)
);
