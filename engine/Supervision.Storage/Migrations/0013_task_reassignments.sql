-- 0013_task_reassignments: a regulator fills the place of an inspector who withdrew (回避) with the draw's own team
-- rules (docs/draw-algorithm.md §7b), issue 19.
--
-- One row per filled place: the declaration it answers (draw, task, withdrawn inspector), the replacement, the place on
-- the team (1 is the lead), who asked for it and when, and the walk's counts (the explanation). draw_tasks keeps the team
-- as drawn, which the record and its verification hold; the team as it stands is the drawn team with each withdrawn
-- inspector replaced by their replacement in their place, less anyone who withdrew. A replacement may withdraw in turn:
-- their declaration is a task_recusals row like any other, and its reassignment a row here.
CREATE TABLE supervision.task_reassignments (
    draw_id               text        NOT NULL,
    task_id               text        NOT NULL,
    withdrawn_inspector   text        NOT NULL,
    replacement_inspector text        NOT NULL CHECK (replacement_inspector <> withdrawn_inspector),
    slot                  integer     NOT NULL CHECK (slot >= 1),
    assigned_by           text        NOT NULL,   -- the regulator's account
    assigned_at           timestamptz NOT NULL,
    walk                  jsonb       NOT NULL,   -- ring size and the inspectors passed over, by reason
    PRIMARY KEY (draw_id, task_id, withdrawn_inspector),
    UNIQUE (draw_id, task_id, replacement_inspector),
    FOREIGN KEY (draw_id, task_id, withdrawn_inspector) REFERENCES supervision.task_recusals (draw_id, task_id, inspector_id)
);

-- A replacement's inbox: their tasks are found here as well as by the GIN index on draw_tasks.team.
CREATE INDEX task_reassignments_replacement ON supervision.task_reassignments (replacement_inspector);
