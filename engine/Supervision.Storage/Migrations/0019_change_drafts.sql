-- 0019_change_drafts: change drafts edited in the browser (issue 23: a candidate "edited in the browser for
-- decision-table rows and plan fields", with the tests that pin the old values updated in the same change).
--
-- A draft is a regulator's work in progress, not yet a change request: the candidate bundle directory as a zip, in the
-- same format as an upload (CandidateArchive), started from the bundle in force (base_hash) and saved after each edit.
-- Only its author sees or changes it; submitting it proposes a change request (0017) and deletes the draft, so a draft
-- carries no review state and may be deleted freely. Nothing the nights read depends on it.
CREATE TABLE supervision.change_drafts (
    draft_id   bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    author     text        NOT NULL REFERENCES supervision.accounts (user_name),
    title      text        NOT NULL DEFAULT '' CHECK (char_length(title) <= 200),
    content    bytea       NOT NULL,
    base_hash  text,       -- the bundle in force when the draft was started; null when there was none
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL,
    CHECK (updated_at >= created_at)
);

CREATE INDEX change_drafts_author ON supervision.change_drafts (author, updated_at DESC);
