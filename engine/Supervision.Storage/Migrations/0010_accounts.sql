-- 0010_accounts: the people who sign in to `supervision serve` (issue 19). Accounts are made by the admin with
-- `supervision users add`; every change and every sign-in is also an entry of the audit log.
--
-- user_name is the sign-in name, lower-case ASCII (AccountNames), so that "Wang" and "wang" cannot be two accounts.
-- inspector_id links an inspector to the inspector directory (inspectors.csv, 执法检查人员名录库); it is not a foreign
-- key, because the directory is read from the data files each night and need not be in this database.
-- password_hash is pbkdf2-sha256$<iterations>$<salt>$<hash> (PasswordHash). failed_attempts counts the failures since
-- the last success or lockout; lockout_end is when a lockout ends (null: none). must_change_password marks a one-time
-- password made by `users add`/`users reset`. changed_at changes with every change of the account, and a session
-- whose cookie carries another changed_at ends (a reset, a disabling or a role change signs the person out everywhere).
CREATE TABLE supervision.accounts (
    user_name            text        PRIMARY KEY CHECK (user_name ~ '^[a-z0-9][a-z0-9._-]{0,63}$'),
    display_name         text        NOT NULL CHECK (char_length(display_name) BETWEEN 1 AND 100),
    role                 text        NOT NULL CHECK (role IN ('regulator', 'inspector', 'analyst', 'admin')),
    inspector_id         text        CHECK (inspector_id IS NULL OR char_length(inspector_id) BETWEEN 1 AND 64),
    password_hash        text        NOT NULL,
    must_change_password boolean     NOT NULL DEFAULT false,
    failed_attempts      integer     NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
    lockout_end          timestamptz,
    disabled             boolean     NOT NULL DEFAULT false,
    created_at           timestamptz NOT NULL,
    changed_at           timestamptz NOT NULL,
    -- An inspector is always someone of the directory; nobody else is.
    CHECK ((role = 'inspector') = (inspector_id IS NOT NULL))
);

-- One account per inspector of the directory.
CREATE UNIQUE INDEX accounts_inspector_id ON supervision.accounts (inspector_id) WHERE inspector_id IS NOT NULL;
