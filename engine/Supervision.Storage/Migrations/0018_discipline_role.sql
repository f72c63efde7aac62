-- 0018_discipline_role: the discipline office (纪检监察, issue 23) reads the 电子监察 report of the supervision itself —
-- overdue tasks, late results, voided draws, workloads over the ceiling, recusals, rule changes — and nothing else.
ALTER TABLE supervision.accounts DROP CONSTRAINT accounts_role_check;
ALTER TABLE supervision.accounts
    ADD CONSTRAINT accounts_role_check CHECK (role IN ('regulator', 'inspector', 'analyst', 'admin', 'discipline'));
