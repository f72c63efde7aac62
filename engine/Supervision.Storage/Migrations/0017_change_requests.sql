-- 0017_change_requests: reviewed rule changes under real identities (issue 23).
--
-- A regulator proposes a candidate bundle (the same files the CLI reads, as a zip); a different signed-in regulator
-- approves or rejects it with a comment; only an approved request is published, once. The rules that make this four
-- eyes hold here, not only in the application: a reviewer who is the author, a decision on a request no longer
-- proposed, a publication of a request not approved, or any change to what was proposed, is refused by the database
-- itself, whatever client writes (the web workspace, the CLI, or psql).
CREATE TABLE supervision.change_requests (
    request_id     bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind           text        NOT NULL CHECK (kind IN ('bundle')),
    title          text        NOT NULL CHECK (char_length(title) BETWEEN 1 AND 200),
    author         text        NOT NULL REFERENCES supervision.accounts (user_name),
    proposed_at    timestamptz NOT NULL,
    content        bytea       NOT NULL,
    content_sha256 text        NOT NULL CHECK (content_sha256 = encode(sha256(content), 'hex')),
    bundle_hash    text        CHECK (bundle_hash ~ '^[0-9a-f]{64}$'),   -- null: the candidate does not compile
    base_hash      text,
    check_report   text        NOT NULL,
    checks_passed  boolean     NOT NULL,
    status         text        NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'approved', 'rejected', 'withdrawn', 'published')),
    reviewer       text        REFERENCES supervision.accounts (user_name),
    reviewed_at    timestamptz,
    review_comment text,
    published_by   text,       -- an account in the web workspace; the CLI names itself (cli, its OS user and host)
    published_at   timestamptz,
    -- Four eyes: nobody reviews their own proposal.
    CHECK (reviewer IS NULL OR reviewer <> author),
    -- A decision has a reviewer, a time and a comment; a proposal has none.
    CHECK ((status IN ('approved', 'rejected', 'published')) = (reviewer IS NOT NULL AND reviewed_at IS NOT NULL AND review_comment IS NOT NULL)),
    CHECK (status <> 'approved' OR checks_passed),
    CHECK (NOT checks_passed OR bundle_hash IS NOT NULL),
    CHECK ((status = 'published') = (published_at IS NOT NULL AND published_by IS NOT NULL))
);

CREATE INDEX change_requests_status ON supervision.change_requests (status, proposed_at DESC);

-- The transitions: proposed → approved | rejected | withdrawn (the application lets only the author withdraw),
-- approved → published;
-- nothing else changes, and what was proposed never changes.
CREATE FUNCTION supervision.change_request_transition() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.kind <> OLD.kind OR NEW.title <> OLD.title OR NEW.author <> OLD.author OR NEW.proposed_at <> OLD.proposed_at
       OR NEW.content <> OLD.content OR NEW.bundle_hash IS DISTINCT FROM OLD.bundle_hash OR NEW.base_hash IS DISTINCT FROM OLD.base_hash
       OR NEW.check_report <> OLD.check_report OR NEW.checks_passed <> OLD.checks_passed THEN
        RAISE EXCEPTION 'change request %: what was proposed cannot change; propose again', OLD.request_id USING ERRCODE = 'check_violation';
    END IF;
    IF NOT ((OLD.status = 'proposed' AND NEW.status IN ('approved', 'rejected', 'withdrawn'))
            OR (OLD.status = 'approved' AND NEW.status = 'published'
                AND NEW.reviewer = OLD.reviewer AND NEW.reviewed_at = OLD.reviewed_at AND NEW.review_comment = OLD.review_comment)) THEN
        RAISE EXCEPTION 'change request %: % cannot become %', OLD.request_id, OLD.status, NEW.status USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER change_requests_transition BEFORE UPDATE ON supervision.change_requests
    FOR EACH ROW EXECUTE FUNCTION supervision.change_request_transition();

CREATE FUNCTION supervision.change_request_no_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'change request %: requests are kept; withdraw or reject it instead', OLD.request_id USING ERRCODE = 'check_violation';
END
$$;

CREATE TRIGGER change_requests_no_delete BEFORE DELETE ON supervision.change_requests
    FOR EACH ROW EXECUTE FUNCTION supervision.change_request_no_delete();
