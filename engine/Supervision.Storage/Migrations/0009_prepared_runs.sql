-- 0009_prepared_runs: a night that prepares its draw (commit, then reveal) stops as 'prepared': assessments written,
-- its plans and periods claimed, the preparation published; the draw is executed later, once the next day's public
-- random value and the departments' shares are there, and the run becomes 'completed'.
ALTER TABLE supervision.assessment_runs DROP CONSTRAINT assessment_runs_status_check;
ALTER TABLE supervision.assessment_runs
    ADD CONSTRAINT assessment_runs_status_check
        CHECK (status IN ('scoring', 'drawing', 'completed', 'already_drawn', 'failed', 'refused', 'prepared'));
CREATE INDEX assessment_runs_prepared ON supervision.assessment_runs (as_of) WHERE status = 'prepared';
