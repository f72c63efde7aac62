-- One draw per plan and period, on whichever night (issue 18): claims were unique per (plan, draw date), so a plan could
-- be drawn again the next night. A new table holds one row per (plan, period); the old claims stay as history. Draws
-- already made claim their plans' periods here, read from their records.
CREATE TABLE supervision.plan_period_claims (
    plan_id     text        NOT NULL,
    period_from date        NOT NULL,
    period_to   date        NOT NULL,
    draw_date   date        NOT NULL,
    run_id      text        NOT NULL REFERENCES supervision.assessment_runs (run_id),
    claimed_at  timestamptz NOT NULL,
    PRIMARY KEY (plan_id, period_from, period_to)
);

INSERT INTO supervision.plan_period_claims (plan_id, period_from, period_to, draw_date, run_id, claimed_at)
SELECT p ->> 'id', (p ->> 'period_from')::date, (p ->> 'period_to')::date, d.draw_date, d.run_id, d.created_at
FROM supervision.draws d, jsonb_array_elements(d.record::jsonb -> 'plans') AS p
WHERE d.run_id IS NOT NULL
ORDER BY d.created_at
ON CONFLICT DO NOTHING;
