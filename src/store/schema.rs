//! Versioned migrations. Each entry brings the schema from version `i` to
//! `i + 1`; `PRAGMA user_version` records where a file stands. Migrations
//! are append-only: a shipped one is never edited.

pub const MIGRATIONS: &[&str] = &[
    // 1: offices, users, visits, cases with their event log and projection,
    // audit log, outbox, rule data.
    r#"
CREATE TABLE offices (
    id          TEXT PRIMARY KEY,
    code        INTEGER NOT NULL UNIQUE CHECK (code BETWEEN 1 AND 9999),
    kind        TEXT NOT NULL CHECK (kind IN ('state_corporation', 'migration_police')),
    name        TEXT NOT NULL,
    number      TEXT NOT NULL,
    address     TEXT NOT NULL,
    phone       TEXT NOT NULL,
    is_self     INTEGER NOT NULL DEFAULT 0 CHECK (is_self IN (0, 1)),
    created_at  TEXT NOT NULL
);
CREATE UNIQUE INDEX offices_one_self ON offices(is_self) WHERE is_self = 1;

CREATE TABLE users (
    id             INTEGER PRIMARY KEY,
    login          TEXT NOT NULL UNIQUE COLLATE NOCASE,
    full_name      TEXT NOT NULL,
    role           TEXT NOT NULL CHECK (role IN ('clerk', 'officer', 'supervisor', 'administrator')),
    password_hash  TEXT NOT NULL,
    failed_logins  INTEGER NOT NULL DEFAULT 0,
    locked_until   TEXT,
    active         INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at     TEXT NOT NULL
);

CREATE TABLE cases (
    id            TEXT PRIMARY KEY,
    number        TEXT NOT NULL UNIQUE,
    office_id     TEXT NOT NULL REFERENCES offices(id),
    office_kind   TEXT NOT NULL,
    status        TEXT NOT NULL,
    iin           TEXT NOT NULL,
    surname       TEXT NOT NULL,
    given_name    TEXT NOT NULL,
    patronymic    TEXT NOT NULL,
    -- lower-cased "surname given patronymic" (Rust's Unicode folding, Ё→Е):
    -- SQLite's NOCASE folds ASCII only.
    name_key      TEXT NOT NULL,
    doc_lang      TEXT NOT NULL,
    profile_id    TEXT NOT NULL,
    opened_on     TEXT NOT NULL,
    accepted_on   TEXT,
    next_due      TEXT,
    next_due_kind TEXT,
    last_seq      INTEGER NOT NULL,
    updated_at    TEXT NOT NULL
);
CREATE INDEX cases_iin ON cases(iin);
CREATE INDEX cases_name_key ON cases(name_key);
CREATE INDEX cases_status_due ON cases(status, next_due);

CREATE TABLE case_events (
    id           TEXT PRIMARY KEY,
    case_id      TEXT NOT NULL REFERENCES cases(id),
    seq          INTEGER NOT NULL,
    type         TEXT NOT NULL,
    recorded_at  TEXT NOT NULL,
    actor        TEXT NOT NULL,
    office_code  INTEGER NOT NULL,
    payload      TEXT NOT NULL,
    UNIQUE (case_id, seq)
);

CREATE TABLE case_children (
    case_id      TEXT NOT NULL REFERENCES cases(id),
    idx          INTEGER NOT NULL,
    full_name    TEXT NOT NULL,
    birth_date   TEXT,
    iin          TEXT NOT NULL,
    passport_no  TEXT NOT NULL,
    PRIMARY KEY (case_id, idx)
) WITHOUT ROWID;
CREATE INDEX case_children_iin ON case_children(iin) WHERE iin <> '';

CREATE TABLE case_relatives (
    case_id       TEXT NOT NULL REFERENCES cases(id),
    idx           INTEGER NOT NULL,
    full_name     TEXT NOT NULL,
    relationship  TEXT NOT NULL,
    deceased      INTEGER NOT NULL,
    birth_year    INTEGER,
    country       TEXT NOT NULL,
    PRIMARY KEY (case_id, idx)
) WITHOUT ROWID;

CREATE TABLE case_activities (
    case_id         TEXT NOT NULL REFERENCES cases(id),
    idx             INTEGER NOT NULL,
    from_year       INTEGER NOT NULL,
    to_year         INTEGER,
    position        TEXT NOT NULL,
    organisation    TEXT NOT NULL,
    secrets_access  INTEGER NOT NULL,
    PRIMARY KEY (case_id, idx)
) WITHOUT ROWID;

CREATE TABLE case_checklist (
    case_id       TEXT NOT NULL REFERENCES cases(id),
    idx           INTEGER NOT NULL,
    requirement   TEXT NOT NULL,
    paragraph     TEXT NOT NULL,
    subject       TEXT NOT NULL,
    subject_name  TEXT NOT NULL,
    status        TEXT NOT NULL,
    PRIMARY KEY (case_id, idx)
) WITHOUT ROWID;

CREATE TABLE audit_log (
    id       INTEGER PRIMARY KEY,
    at       TEXT NOT NULL,
    actor    TEXT NOT NULL,
    action   TEXT NOT NULL,
    case_id  TEXT,
    details  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_case ON audit_log(case_id) WHERE case_id IS NOT NULL;

-- Written in the same transaction as each case event; drained by the sync
-- relay. origin_seq is gapless per origin office.
CREATE TABLE outbox (
    event_id         TEXT PRIMARY KEY REFERENCES case_events(id),
    case_id          TEXT NOT NULL,
    origin_office    INTEGER NOT NULL,
    origin_seq       INTEGER NOT NULL,
    destination      TEXT,
    subject          TEXT,
    envelope         TEXT NOT NULL,
    attempts         INTEGER NOT NULL DEFAULT 0,
    next_attempt_at  TEXT,
    last_error       TEXT,
    published_at     TEXT,
    stream_seq       INTEGER,
    delivered_at     TEXT,
    created_at       TEXT NOT NULL,
    UNIQUE (origin_office, origin_seq)
);
CREATE INDEX outbox_pending ON outbox(origin_seq) WHERE published_at IS NULL;

CREATE TABLE counters (
    name   TEXT PRIMARY KEY,
    value  INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE visits (
    id                     INTEGER PRIMARY KEY,
    office_id              TEXT NOT NULL REFERENCES offices(id),
    ticket                 TEXT NOT NULL,
    issued_at              TEXT NOT NULL,
    called_at              TEXT,
    ended_at               TEXT,
    clerk_id               INTEGER REFERENCES users(id),
    outcome                TEXT,
    wait_breach_reason     TEXT,
    service_breach_reason  TEXT,
    case_id                TEXT REFERENCES cases(id)
);
CREATE INDEX visits_open ON visits(issued_at) WHERE ended_at IS NULL;

-- An administrator's replacements for the shipped rule data.
CREATE TABLE rule_data (
    kind        TEXT NOT NULL CHECK (kind IN ('profile', 'mci', 'calendar')),
    key         TEXT NOT NULL,
    json        TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    PRIMARY KEY (kind, key)
);

CREATE TABLE settings (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
) WITHOUT ROWID;
"#,
];
