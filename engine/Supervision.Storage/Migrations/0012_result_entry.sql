-- 0012_result_entry: results entered in the web service (检查结果录入), issue 19.
--
-- inspection_results.outcome takes the national platform's standard result categories (Supervision.Data ResultCategory
-- holds their codes and words; this CHECK repeats the codes so that no other writer stores something else). Nothing wrote
-- the earlier vocabulary but tests; any such row is carried over to its category.
--
-- A result is entered by one member of the team and confirmed by another (行政处罚法第四十二条: two enforcement officers):
--  * state 'entered' until a second inspector listed on the result confirms it, then 'confirmed'; only confirmed results
--    are exported to `results decide` and the next night's scoring;
--  * the CHECK makes a confirmation by the recording inspector impossible whatever the code does;
--  * entry holds the result as a row of the results file (column name → cell, docs/tolerance-and-results.md), exactly
--    as the shared validator accepted it, so the export is a results file `results import` checks again;
--  * inspectors, the team members the result names (at least two, all on the team), one of whom other than the recorder
--    must confirm.
-- Rows from before (recorded_inspector null) are taken as confirmed.
ALTER TABLE supervision.inspection_results DROP CONSTRAINT inspection_results_outcome_check;

UPDATE supervision.inspection_results SET outcome = CASE outcome
    WHEN 'no_violation' THEN 'no_problem'
    WHEN 'violation' THEN 'further_handling'
    WHEN 'not_found' THEN 'unreachable'
    WHEN 'closed' THEN 'no_activity'
    ELSE outcome END;

ALTER TABLE supervision.inspection_results
    ADD CONSTRAINT inspection_results_outcome_check CHECK (outcome IN (
        'no_problem', 'not_published', 'false_information', 'unreachable', 'no_activity', 'refused', 'correction_ordered',
        'further_handling')),
    ADD COLUMN entry               jsonb,
    ADD COLUMN inspectors          text[] NOT NULL DEFAULT '{}',
    ADD COLUMN recorded_inspector  text,
    ADD COLUMN state               text   NOT NULL DEFAULT 'confirmed' CHECK (state IN ('entered', 'confirmed')),
    ADD COLUMN confirmed_inspector text,
    ADD COLUMN confirmed_by        text,
    ADD COLUMN confirmed_at        timestamptz,
    ADD CONSTRAINT inspection_results_two_inspectors CHECK (
        (state = 'entered' AND confirmed_inspector IS NULL AND confirmed_by IS NULL AND confirmed_at IS NULL)
        OR (state = 'confirmed' AND (recorded_inspector IS NULL
            OR (confirmed_inspector IS NOT NULL AND confirmed_inspector <> recorded_inspector AND confirmed_by IS NOT NULL
                AND confirmed_at IS NOT NULL))));

-- New rows say which state they are in.
ALTER TABLE supervision.inspection_results ALTER COLUMN state DROP DEFAULT;
