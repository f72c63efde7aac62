-- 0006_refused_runs: a night whose inputs an input gate refused (DrawGate) stops as 'refused': assessments written,
-- nothing drawn and no plan claimed. Starting the night again deletes the refused run (DiscardRefusedRunAsync) and
-- plans it afresh from the corrected inputs; the refusal and the discarding stay in the audit log.
ALTER TABLE supervision.assessment_runs DROP CONSTRAINT assessment_runs_status_check;
ALTER TABLE supervision.assessment_runs
    ADD CONSTRAINT assessment_runs_status_check
        CHECK (status IN ('scoring', 'drawing', 'completed', 'already_drawn', 'failed', 'refused'));
-- The gates compare a night with the last completed one before it.
CREATE INDEX assessment_runs_completed_as_of ON supervision.assessment_runs (as_of) WHERE status = 'completed';
