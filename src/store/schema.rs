//! Versioned migrations. Each entry brings the schema from version `i` to
//! `i + 1`; `PRAGMA user_version` records where a file stands. Migrations
//! are append-only: a shipped one is never edited.

pub const MIGRATIONS: &[&str] = &[
    // 1: offices, users, visits, cases with their event log and projection,
    // audit log, outbox, issued forms, drafts, rule data, settings.
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

-- The queryable projection of each case's event log (the log is the truth).
-- Keyed by the case number as one integer (office * 10^10 + year * 10^6 +
-- sequence): the number needs no index of its own.
CREATE TABLE cases (
    key            INTEGER PRIMARY KEY,
    id             TEXT NOT NULL,             -- UUIDv7, the case's identity in sync
    number         TEXT NOT NULL,             -- as printed, 0042-2026-000017-3
    office_kind    TEXT NOT NULL,
    status         TEXT NOT NULL,
    iin            TEXT NOT NULL,
    surname        TEXT NOT NULL,
    given_name     TEXT NOT NULL,
    patronymic     TEXT NOT NULL,
    -- lower-cased "surname given patronymic" (Rust's Unicode folding, Ё→Е):
    -- SQLite's NOCASE folds ASCII only.
    name_key       TEXT NOT NULL,
    doc_lang       TEXT NOT NULL,
    profile_id     TEXT NOT NULL,
    opened_on      TEXT NOT NULL,
    accepted_on    TEXT,
    missing_count  INTEGER NOT NULL,          -- checklist items missing
    next_due       TEXT,
    next_due_kind  TEXT,
    last_seq       INTEGER NOT NULL,
    updated_at     TEXT NOT NULL
);
CREATE INDEX cases_iin ON cases(iin);
CREATE INDEX cases_name_key ON cases(name_key);
CREATE INDEX cases_next_due ON cases(next_due) WHERE next_due IS NOT NULL;

-- The append-only event log, clustered by case. The payload is the event
-- as JSON; `id` is its UUIDv7, minted once where it happened.
CREATE TABLE case_events (
    case_key     INTEGER NOT NULL REFERENCES cases(key),
    seq          INTEGER NOT NULL,
    id           TEXT NOT NULL,
    type         TEXT NOT NULL,
    recorded_at  TEXT NOT NULL,
    actor        TEXT NOT NULL,
    office_code  INTEGER NOT NULL,
    payload      TEXT NOT NULL,
    PRIMARY KEY (case_key, seq)
) WITHOUT ROWID;

-- Children going along who have an IIN: a person's cases by IIN include
-- the ones they travel on.
CREATE TABLE case_children (
    iin       TEXT NOT NULL,
    case_key  INTEGER NOT NULL REFERENCES cases(key),
    PRIMARY KEY (iin, case_key)
) WITHOUT ROWID;

CREATE TABLE audit_log (
    id       INTEGER PRIMARY KEY,
    at       TEXT NOT NULL,
    actor    TEXT NOT NULL,
    action   TEXT NOT NULL,
    case_key INTEGER,
    details  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_case ON audit_log(case_key) WHERE case_key IS NOT NULL;

-- Written in the same transaction as each case event; drained in `seq`
-- order by the sync relay, which reads the event itself from case_events
-- (so the event is stored once). `seq` is this workstation's gapless
-- origin sequence: rows are never deleted, only marked.
CREATE TABLE outbox (
    seq              INTEGER PRIMARY KEY,
    case_key         INTEGER NOT NULL,
    event_seq        INTEGER NOT NULL,
    destination      TEXT,
    attempts         INTEGER NOT NULL DEFAULT 0,
    next_attempt_at  TEXT,
    last_error       TEXT,
    published_at     TEXT,
    stream_seq       INTEGER,
    delivered_at     TEXT,
    created_at       TEXT NOT NULL,
    FOREIGN KEY (case_key, event_seq) REFERENCES case_events(case_key, seq)
);

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
    case_key               INTEGER REFERENCES cases(key)
);
CREATE INDEX visits_open ON visits(issued_at) WHERE ended_at IS NULL;

-- Forms handed out: recorded only after the PDF exists.
CREATE TABLE issued_forms (
    id         INTEGER PRIMARY KEY,
    case_key   INTEGER NOT NULL REFERENCES cases(key),
    annex      TEXT NOT NULL,
    lang       TEXT NOT NULL CHECK (lang IN ('kk', 'ru')),
    copies     INTEGER NOT NULL,
    sha256     TEXT NOT NULL,
    bytes      INTEGER NOT NULL,
    issued_at  TEXT NOT NULL,
    actor      TEXT NOT NULL
);
CREATE INDEX issued_forms_case ON issued_forms(case_key);

-- The intake a clerk is typing, saved on every change: it comes back after
-- a crash, a power cut or a closed window. One per user.
CREATE TABLE drafts (
    user_login  TEXT PRIMARY KEY,
    intake      TEXT NOT NULL,
    raw         TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

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
    // 2: the complaints register; the officer working on a case and the
    // counter a visit was served at, for the supervisor's board and chart.
    r#"
-- Complaints (para 11): registered with an incoming number, due in working
-- days, answered with how the answer was delivered.
CREATE TABLE complaints (
    id             INTEGER PRIMARY KEY,
    year           INTEGER NOT NULL,
    seq            INTEGER NOT NULL,
    number         TEXT NOT NULL,
    registered_on  TEXT NOT NULL,
    accepted_by    TEXT NOT NULL,
    complainant    TEXT NOT NULL,
    about          TEXT NOT NULL,
    addressee      TEXT NOT NULL,
    body           TEXT NOT NULL,
    case_number    TEXT,
    due_on         TEXT NOT NULL,
    answered_on    TEXT,
    answer         TEXT,
    delivery       TEXT,
    UNIQUE (year, seq)
);

-- The login of the officer who last recorded an event on the case.
ALTER TABLE cases ADD COLUMN officer TEXT;
CREATE INDEX cases_officer ON cases(officer) WHERE officer IS NOT NULL;
UPDATE cases SET officer = (
    SELECT e.actor FROM case_events e JOIN users u ON u.login = e.actor
     WHERE e.case_key = cases.key AND u.role = 'officer'
     ORDER BY e.seq DESC LIMIT 1);

-- The counter (window) a visit was called to, as the workstation names it.
ALTER TABLE visits ADD COLUMN counter TEXT;
CREATE INDEX visits_called ON visits(called_at) WHERE called_at IS NOT NULL;
"#,
    // 3: home visits (para 13).
    r#"
CREATE TABLE home_visits (
    id            INTEGER PRIMARY KEY,
    year          INTEGER NOT NULL,
    seq           INTEGER NOT NULL,
    number        TEXT NOT NULL,
    requested_on  TEXT NOT NULL,
    taken_by      TEXT NOT NULL,            -- who wrote the request down
    full_name     TEXT NOT NULL,
    iin           TEXT NOT NULL,
    phone         TEXT NOT NULL,
    address       TEXT NOT NULL,
    reason        TEXT NOT NULL,
    scheduled_on  TEXT,
    scheduled_by  TEXT,
    done_on       TEXT,
    case_key      INTEGER REFERENCES cases(key),
    UNIQUE (year, seq)
);
"#,
    // 4: the event log as a rowid table. As WITHOUT ROWID every event
    // longer than ~1 KB spilled into overflow pages and each event took
    // its own leaf: an intake dirtied ~8 pages of the log. In rowid order
    // the events of a commit sit side by side, locally up to ~4 KB.
    // (Migrations run with foreign keys off and checked before commit.)
    r#"
CREATE TABLE case_events_v4 (
    case_key     INTEGER NOT NULL REFERENCES cases(key),
    seq          INTEGER NOT NULL,
    id           TEXT NOT NULL,
    type         TEXT NOT NULL,
    recorded_at  TEXT NOT NULL,
    actor        TEXT NOT NULL,
    office_code  INTEGER NOT NULL,
    payload      TEXT NOT NULL,
    PRIMARY KEY (case_key, seq)
);
INSERT INTO case_events_v4 (case_key, seq, id, type, recorded_at, actor, office_code, payload)
     SELECT case_key, seq, id, type, recorded_at, actor, office_code, payload
       FROM case_events ORDER BY case_key, seq;
DROP TABLE case_events;
ALTER TABLE case_events_v4 RENAME TO case_events;
"#,
    // 5: sync over NATS JetStream (README, *Sync between offices*). The outbox gets one row per
    // destination office with the event's id; the inbox stores before it
    // acks and de-duplicates by event id for good; receipts travel back;
    // unreadable messages are quarantined; conflicts wait for a supervisor.
    r#"
-- Which migration police office reviews the cases of which State
-- Corporation department (data, edited by the administrator).
CREATE TABLE routes (
    sc_office      INTEGER PRIMARY KEY CHECK (sc_office BETWEEN 1 AND 9999),
    police_office  INTEGER NOT NULL CHECK (police_office BETWEEN 1 AND 9999),
    updated_at     TEXT NOT NULL,
    updated_by     TEXT NOT NULL
);

-- The office that reviews the case, fixed when it is submitted for review.
ALTER TABLE cases ADD COLUMN review_office INTEGER;

ALTER TABLE outbox ADD COLUMN event_id TEXT;
ALTER TABLE outbox ADD COLUMN resends INTEGER NOT NULL DEFAULT 0;
UPDATE outbox SET event_id = (SELECT e.id FROM case_events e
                               WHERE e.case_key = outbox.case_key AND e.seq = outbox.event_seq);
UPDATE outbox SET destination = (SELECT code FROM offices WHERE is_self = 1) WHERE destination IS NULL;
CREATE INDEX outbox_unpublished ON outbox(seq) WHERE published_at IS NULL;
CREATE INDEX outbox_unreceipted ON outbox(seq) WHERE published_at IS NOT NULL AND delivered_at IS NULL;
CREATE INDEX outbox_event ON outbox(event_id);

CREATE TABLE inbox (
    event_id       TEXT PRIMARY KEY,
    case_key       INTEGER NOT NULL,
    seq            INTEGER NOT NULL,
    origin_office  INTEGER NOT NULL,
    origin_ws      TEXT NOT NULL,
    stream_seq     INTEGER,
    published_at   TEXT,               -- the server's clock
    received_at    TEXT NOT NULL,
    envelope       TEXT NOT NULL,
    state          TEXT NOT NULL CHECK (state IN ('pending', 'applied', 'duplicate', 'parked', 'conflict')),
    attempts       INTEGER NOT NULL DEFAULT 0,
    error          TEXT,
    applied_at     TEXT
) WITHOUT ROWID;
CREATE INDEX inbox_pending ON inbox(case_key, seq) WHERE state = 'pending';
CREATE INDEX inbox_parked ON inbox(case_key) WHERE state IN ('parked', 'conflict');

CREATE TABLE receipts_out (
    id          INTEGER PRIMARY KEY,
    event_id    TEXT NOT NULL,
    to_office   INTEGER NOT NULL,
    case_id     TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    UNIQUE (event_id, to_office)
);

CREATE TABLE quarantine (
    id           INTEGER PRIMARY KEY,
    subject      TEXT NOT NULL,
    stream_seq   INTEGER,
    raw          BLOB NOT NULL,
    reason       TEXT NOT NULL,
    received_at  TEXT NOT NULL
);

CREATE TABLE conflicts (
    id               INTEGER PRIMARY KEY,
    case_key         INTEGER NOT NULL,
    seq              INTEGER NOT NULL,
    local_event_id   TEXT NOT NULL,
    remote_event_id  TEXT NOT NULL,
    detected_at      TEXT NOT NULL,
    resolved_at      TEXT,
    resolved_by      TEXT,
    note             TEXT,
    UNIQUE (remote_event_id)
);
CREATE INDEX conflicts_open ON conflicts(case_key) WHERE resolved_at IS NULL;
CREATE INDEX conflicts_case ON conflicts(case_key, seq);
"#,
    // 6: accept exactly once. A draft carries an identity; the intake that
    // committed it is remembered, so a second commit of the same draft is
    // refused with the existing case's number, and a late draft save never
    // brings back the draft of an accepted case. `generation` orders the
    // saves of one draft: an older save never overwrites a newer one.
    r#"
ALTER TABLE drafts ADD COLUMN draft_id TEXT;
ALTER TABLE drafts ADD COLUMN generation INTEGER NOT NULL DEFAULT 0;
CREATE TABLE intake_commits (
    draft_id      TEXT PRIMARY KEY,
    case_key      INTEGER NOT NULL REFERENCES cases(key),
    committed_at  TEXT NOT NULL
) WITHOUT ROWID;
"#,
    // 7: the tamper-evident log (src/store/chain.rs). Each case event and
    // each audit record carries the SHA-256 of its content and of the row
    // before it: events chained per case in seq order, audit records per
    // store in id order. The sealed head of each chain (how many rows, the
    // last hash) is kept where removing the last rows must also forge it:
    // a case's in `cases.events_head`, the audit log's in `chain_heads`.
    // The rows already stored are hashed in Rust after this SQL, in the
    // same transaction (`after`).
    r#"
ALTER TABLE case_events ADD COLUMN prev_hash TEXT;
ALTER TABLE case_events ADD COLUMN hash TEXT;
ALTER TABLE audit_log ADD COLUMN prev_hash TEXT;
ALTER TABLE audit_log ADD COLUMN hash TEXT;
ALTER TABLE cases ADD COLUMN events_head TEXT;
CREATE TABLE chain_heads (
    chain  TEXT PRIMARY KEY,
    count  INTEGER NOT NULL,
    hash   TEXT NOT NULL,
    seal   TEXT NOT NULL
) WITHOUT ROWID;
"#,
    // 8: bounded sync storage. A quarantined message keeps its size and
    // origin office; over a quota its bytes are dropped (`dropped = 1`)
    // and only the record stays.
    r#"
ALTER TABLE quarantine ADD COLUMN bytes INTEGER NOT NULL DEFAULT 0;
ALTER TABLE quarantine ADD COLUMN origin_office INTEGER;
ALTER TABLE quarantine ADD COLUMN dropped INTEGER NOT NULL DEFAULT 0 CHECK (dropped IN (0, 1));
UPDATE quarantine SET bytes = length(raw);
CREATE INDEX quarantine_origin ON quarantine(origin_office, dropped);
CREATE INDEX quarantine_received ON quarantine(received_at);
CREATE INDEX inbox_pending_origin ON inbox(origin_office) WHERE state = 'pending';
"#,
    // 9: the office's reports. A period's cases by the day they were
    // opened (intakes never accepted nor refused are not in it), the cases
    // still open (for what is overdue), visits by their ticket's time and
    // by their case.
    r#"
CREATE INDEX cases_opened ON cases(opened_on) WHERE status <> 'intake_open';
CREATE INDEX cases_open ON cases(status)
    WHERE status IN ('under_review', 'approved', 'decision_issued');
CREATE INDEX visits_issued ON visits(issued_at);
CREATE INDEX visits_case ON visits(case_key) WHERE case_key IS NOT NULL;
"#,
    // 10: an office's name and address in Russian beside the Kazakh (a
    // form prints the one of its language).
    r#"
ALTER TABLE offices ADD COLUMN name_ru TEXT NOT NULL DEFAULT '';
ALTER TABLE offices ADD COLUMN address_ru TEXT NOT NULL DEFAULT '';
"#,
    // 11: sync storage bounded in bytes too. An inbox row keeps its
    // envelope's size; the indexes cover the per-origin sums, so a flood
    // is counted without reading the messages it stored.
    r#"
ALTER TABLE inbox ADD COLUMN bytes INTEGER NOT NULL DEFAULT 0;
UPDATE inbox SET bytes = length(CAST(envelope AS BLOB)) WHERE state = 'pending';
DROP INDEX inbox_pending_origin;
CREATE INDEX inbox_pending_origin ON inbox(origin_office, bytes) WHERE state = 'pending';
DROP INDEX quarantine_origin;
CREATE INDEX quarantine_origin ON quarantine(dropped, origin_office, bytes);
-- (and, in Rust: the case list's identity numbers in their stored form)
"#,
    // 12: the whole store under the chains. In Rust: the terms each case
    // keeps (its regulation profile and reviewing office) and a seal of
    // the office, routes, rule data and settings go into the audit log;
    // the officer and the next deadline are worked out as `db check`
    // derives them.
    r#"
CREATE INDEX audit_action ON audit_log(action, id);
"#,
    // 13: the country's view (para 15). A contact centre is an office of
    // its own kind whose operators tell callers the status of their
    // applications; the offices publish each case's status record to the
    // hub. `status_out` holds the cases whose record is to be published
    // again: a trigger on the event log fills it in the same transaction
    // as the event (the office's own and those applied from others), for
    // the cases whose number is this office's; `gen` lets the relay remove
    // only what it published, not a newer change made meanwhile.
    r#"
CREATE TABLE offices_13 (
    id          TEXT PRIMARY KEY,
    code        INTEGER NOT NULL UNIQUE CHECK (code BETWEEN 1 AND 9999),
    kind        TEXT NOT NULL CHECK (kind IN ('state_corporation', 'migration_police', 'contact_centre')),
    name        TEXT NOT NULL,
    number      TEXT NOT NULL,
    address     TEXT NOT NULL,
    phone       TEXT NOT NULL,
    is_self     INTEGER NOT NULL DEFAULT 0 CHECK (is_self IN (0, 1)),
    created_at  TEXT NOT NULL,
    name_ru     TEXT NOT NULL DEFAULT '',
    address_ru  TEXT NOT NULL DEFAULT ''
);
INSERT INTO offices_13 (id, code, kind, name, number, address, phone, is_self, created_at, name_ru, address_ru)
     SELECT id, code, kind, name, number, address, phone, is_self, created_at, name_ru, address_ru FROM offices;
DROP TABLE offices;
ALTER TABLE offices_13 RENAME TO offices;
CREATE UNIQUE INDEX offices_one_self ON offices(is_self) WHERE is_self = 1;

CREATE TABLE users_13 (
    id             INTEGER PRIMARY KEY,
    login          TEXT NOT NULL UNIQUE COLLATE NOCASE,
    full_name      TEXT NOT NULL,
    role           TEXT NOT NULL CHECK (role IN ('clerk', 'officer', 'supervisor', 'administrator', 'operator')),
    password_hash  TEXT NOT NULL,
    failed_logins  INTEGER NOT NULL DEFAULT 0,
    locked_until   TEXT,
    active         INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at     TEXT NOT NULL
);
INSERT INTO users_13 (id, login, full_name, role, password_hash, failed_logins, locked_until, active, created_at)
     SELECT id, login, full_name, role, password_hash, failed_logins, locked_until, active, created_at FROM users;
DROP TABLE users;
ALTER TABLE users_13 RENAME TO users;

CREATE TABLE status_out (
    case_key  INTEGER PRIMARY KEY,
    gen       INTEGER NOT NULL DEFAULT 0
);
-- The key each case's record was last published under (a corrected IIN
-- moves it: the old one is removed from the bucket).
CREATE TABLE status_keys (
    case_key  INTEGER PRIMARY KEY,
    key       TEXT NOT NULL
);
CREATE TRIGGER case_events_status AFTER INSERT ON case_events
WHEN NEW.case_key / 10000000000 = (SELECT code FROM offices WHERE is_self = 1)
BEGIN
    INSERT INTO status_out (case_key) VALUES (NEW.case_key)
        ON CONFLICT (case_key) DO UPDATE SET gen = gen + 1;
END;
-- The cases already kept: their records go out once.
INSERT INTO status_out (case_key)
     SELECT key FROM cases
      WHERE key / 10000000000 = (SELECT code FROM offices WHERE is_self = 1)
        AND status <> 'intake_open';
"#,
    // 14: the ministry's national view. The ministry is an office of its
    // own kind whose analysts take the national report from a read-only
    // replica of every office's events. `directory_offices` is the
    // deployment plan's list of offices with their regions (loaded by the
    // ministry's administrator); `replica_offices` says, per office, the
    // last of its events the replica applied and when.
    r#"
-- The status trigger names the offices table: out of the way while the
-- table is rebuilt, then the same again.
DROP TRIGGER case_events_status;
CREATE TABLE offices_14 (
    id          TEXT PRIMARY KEY,
    code        INTEGER NOT NULL UNIQUE CHECK (code BETWEEN 1 AND 9999),
    kind        TEXT NOT NULL CHECK (kind IN ('state_corporation', 'migration_police', 'contact_centre', 'ministry')),
    name        TEXT NOT NULL,
    number      TEXT NOT NULL,
    address     TEXT NOT NULL,
    phone       TEXT NOT NULL,
    is_self     INTEGER NOT NULL DEFAULT 0 CHECK (is_self IN (0, 1)),
    created_at  TEXT NOT NULL,
    name_ru     TEXT NOT NULL DEFAULT '',
    address_ru  TEXT NOT NULL DEFAULT ''
);
INSERT INTO offices_14 (id, code, kind, name, number, address, phone, is_self, created_at, name_ru, address_ru)
     SELECT id, code, kind, name, number, address, phone, is_self, created_at, name_ru, address_ru FROM offices;
DROP TABLE offices;
ALTER TABLE offices_14 RENAME TO offices;
CREATE UNIQUE INDEX offices_one_self ON offices(is_self) WHERE is_self = 1;
CREATE TRIGGER case_events_status AFTER INSERT ON case_events
WHEN NEW.case_key / 10000000000 = (SELECT code FROM offices WHERE is_self = 1)
BEGIN
    INSERT INTO status_out (case_key) VALUES (NEW.case_key)
        ON CONFLICT (case_key) DO UPDATE SET gen = gen + 1;
END;

CREATE TABLE users_14 (
    id             INTEGER PRIMARY KEY,
    login          TEXT NOT NULL UNIQUE COLLATE NOCASE,
    full_name      TEXT NOT NULL,
    role           TEXT NOT NULL CHECK (role IN ('clerk', 'officer', 'supervisor', 'administrator', 'operator', 'analyst')),
    password_hash  TEXT NOT NULL,
    failed_logins  INTEGER NOT NULL DEFAULT 0,
    locked_until   TEXT,
    active         INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at     TEXT NOT NULL
);
INSERT INTO users_14 (id, login, full_name, role, password_hash, failed_logins, locked_until, active, created_at)
     SELECT id, login, full_name, role, password_hash, failed_logins, locked_until, active, created_at FROM users;
DROP TABLE users;
ALTER TABLE users_14 RENAME TO users;

CREATE TABLE directory_offices (
    code       INTEGER PRIMARY KEY CHECK (code BETWEEN 1 AND 9999),
    kind       TEXT NOT NULL,
    region     TEXT NOT NULL,
    name       TEXT NOT NULL,
    loaded_at  TEXT NOT NULL
);
CREATE TABLE replica_offices (
    office         INTEGER PRIMARY KEY,
    last_event_at  TEXT,
    applied_at     TEXT,
    events         INTEGER NOT NULL DEFAULT 0
);
"#,
];

/// What a migration does beyond its SQL, in its transaction: `version` is
/// the schema version it brings the file to.
pub(crate) fn after(version: usize, tx: &rusqlite::Connection) -> super::Result<()> {
    match version {
        7 => super::chain::backfill(tx),
        11 => canonical_iins(tx),
        12 => super::chain::upgrade_12(tx),
        _ => Ok(()),
    }
}

/// Version 11: identity numbers once stored as typed (a space, a line
/// separator inside) take their twelve-digit form in the case list and
/// the children table, so the
/// open-case check and the search find every case of a person.
fn canonical_iins(tx: &rusqlite::Connection) -> super::Result<()> {
    let odd: Vec<(i64, String)> = tx
        .prepare("SELECT key, iin FROM cases WHERE iin GLOB '*[^0-9]*'")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    for (key, iin) in odd {
        tx.execute(
            "UPDATE cases SET iin = ?2 WHERE key = ?1",
            rusqlite::params![key, crate::domain::intake::canonical_iin(&iin)],
        )?;
    }
    // And the children found by IIN (a row already there in its twelve
    // digits makes the typed one go).
    let odd: Vec<(i64, String)> = tx
        .prepare("SELECT case_key, iin FROM case_children WHERE iin GLOB '*[^0-9]*'")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    for (key, iin) in odd {
        let canonical = crate::domain::intake::canonical_iin(&iin);
        if canonical == iin {
            continue; // not a number at all: left as it was
        }
        tx.execute(
            "INSERT OR IGNORE INTO case_children (iin, case_key) VALUES (?2, ?1)",
            rusqlite::params![key, canonical],
        )?;
        tx.execute(
            "DELETE FROM case_children WHERE case_key = ?1 AND iin = ?2",
            rusqlite::params![key, iin],
        )?;
    }
    Ok(())
}
