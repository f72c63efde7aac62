-- 0011_inspector_tasks: the inspector's inbox (检查任务) and conflict-of-interest declarations (回避申请), issue 19.
--
-- draw_tasks gets what an inbox needs without opening the draw record (over 80 MB for a million enterprises):
--  * task_no, a number to put in a link (/tasks/{task_no}): task ids hold slashes and are unique only within a draw.
--    Knowing a number opens nothing: the store answers only for a task whose team holds the inspector.
--  * name, the enterprise's name as the draw saw it (the name the notice published), written by the draw's COPY; rows of
--    earlier draws get it from their records here.
--  * a GIN index on team, so that an inspector's tasks are found by `team @> ARRAY[id]` among millions of tasks.
ALTER TABLE supervision.draw_tasks
    ADD COLUMN task_no bigint GENERATED ALWAYS AS IDENTITY,
    ADD COLUMN name    text;
CREATE UNIQUE INDEX draw_tasks_task_no ON supervision.draw_tasks (task_no);
CREATE INDEX draw_tasks_team ON supervision.draw_tasks USING gin (team);

UPDATE supervision.draw_tasks AS t SET name = r.name
FROM (
    SELECT d.draw_id, task ->> 'task_id' AS task_id, task ->> 'name' AS name
    FROM supervision.draws AS d, json_array_elements(d.record -> 'outcome' -> 'tasks') AS task
) AS r
WHERE t.draw_id = r.draw_id AND t.task_id = r.task_id;

-- The inspection items of each plan of a draw as the draw froze them (检查事项清单: title and legal basis), so that a task's
-- item codes can be shown with what they mean. Written with the draw's tasks; earlier draws' read from their records.
CREATE TABLE supervision.draw_items (
    draw_id    text    NOT NULL,
    plan_id    text    NOT NULL,
    code       text    NOT NULL,
    position   integer NOT NULL CHECK (position >= 0),   -- order in the plan
    title      text    NOT NULL,
    basis      text    NOT NULL,
    key        boolean NOT NULL,                         -- 重点检查事项
    department text,                                     -- null: the plan's initiating department
    PRIMARY KEY (draw_id, plan_id, code)
);

INSERT INTO supervision.draw_items (draw_id, plan_id, code, position, title, basis, key, department)
SELECT d.draw_id, plan ->> 'id', item.value ->> 'code', item.ordinality - 1, item.value ->> 'title', item.value ->> 'basis',
       (item.value ->> 'key')::boolean, item.value ->> 'department'
FROM supervision.draws AS d,
     json_array_elements(d.record -> 'plans') AS plan,
     json_array_elements(plan -> 'items') WITH ORDINALITY AS item
ON CONFLICT DO NOTHING;

-- 回避申请: an inspector of a task declares a conflict of interest with the enterprise (《中华人民共和国行政处罚法》第四十三条).
-- The row takes the inspector off the task — the inbox and the team shown leave them out — while draw_tasks keeps the
-- team as drawn, which the record and its verification hold. The regulator sees the pending declarations and reassigns
-- with the draw's team rules (status 'reassigned' once done). Each declaration is also an audit entry (kind 'recusal').
CREATE TABLE supervision.task_recusals (
    draw_id      text        NOT NULL,
    task_id      text        NOT NULL,
    inspector_id text        NOT NULL,
    user_name    text        NOT NULL,   -- the account that declared it
    ground       text        NOT NULL CHECK (ground IN ('interest', 'relative', 'employment', 'other')),
    reason       text        NOT NULL CHECK (char_length(btrim(reason)) BETWEEN 1 AND 500),
    declared_at  timestamptz NOT NULL,
    status       text        NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'reassigned')),
    PRIMARY KEY (draw_id, task_id, inspector_id),
    FOREIGN KEY (draw_id, task_id) REFERENCES supervision.draw_tasks (draw_id, task_id)
);
CREATE INDEX task_recusals_pending ON supervision.task_recusals (declared_at) WHERE status = 'pending';
