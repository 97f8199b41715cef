//! The tamper-evident log: every case event and every audit record carries
//! the SHA-256 of its content and of the row before it (`prev_hash`,
//! `hash`, lower-case hex). Events are chained per case in `seq` order,
//! audit records per store in `id` order. The head of each chain — how
//! many rows and the last hash — is kept sealed (a SHA-256 over both): the
//! audit chain's in `chain_heads`, each case's in `cases.events_head`, so
//! that removing the last rows also needs a hash to be computed.
//!
//! The content of a row is hashed in a canonical encoding of the values as
//! SQLite stores them: a label naming the table, then the previous hash,
//! then every column that matters, each as a type tag and (for text and
//! blobs) a 64-bit length before the bytes — no two rows encode alike.
//! What is hashed is what is bound to the INSERT, value for value, so a
//! check reads the row back and recomputes the same bytes.
//!
//! Anyone who can write the file can recompute every hash: the chain shows
//! edits made with a plain SQLite shell; it does not make them impossible
//! (README, *Where the data lives*).

use super::Result;
use crate::domain::case::{CaseEvent, CaseNumber, CaseState, EventKind};
use chrono::NaiveDateTime;
use rusqlite::types::{FromSql, ToSqlOutput, Value, ValueRef};
use rusqlite::{params, params_from_iter, Connection, OptionalExtension, ToSql};
use sha2::{Digest, Sha256};
use uuid::Uuid;

/// The `prev_hash` of the first row of a chain.
pub(crate) const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";
/// The audit log's chain in `chain_heads`.
pub(crate) const AUDIT_CHAIN: &str = "audit_log";
const EVENT_LABEL: &str = "case_events";
const AUDIT_LABEL: &str = "audit_log";
const HEAD_LABEL: &str = "chain_head";
/// At most this many problems are listed; the rest are counted.
const MAX_PROBLEMS: usize = 100;

/// Appends one value to the canonical encoding: a type tag, then the
/// value (integers and reals as 8 bytes big-endian, text and blobs as
/// their 8-byte length and their bytes).
fn put(out: &mut Vec<u8>, v: ValueRef<'_>) {
    match v {
        ValueRef::Null => out.push(0),
        ValueRef::Integer(i) => {
            out.push(1);
            out.extend_from_slice(&i.to_be_bytes());
        }
        ValueRef::Real(f) => {
            out.push(2);
            out.extend_from_slice(&f.to_bits().to_be_bytes());
        }
        ValueRef::Text(t) => {
            out.push(3);
            out.extend_from_slice(&(t.len() as u64).to_be_bytes());
            out.extend_from_slice(t);
        }
        ValueRef::Blob(b) => {
            out.push(4);
            out.extend_from_slice(&(b.len() as u64).to_be_bytes());
            out.extend_from_slice(b);
        }
    }
}

fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        let _ = write!(s, "{b:02x}");
    }
    s
}

/// SHA-256 (hex) of the encoding of `label`, `prev` and `fields`.
fn digest(label: &str, prev: &str, fields: &[ValueRef<'_>]) -> String {
    let mut buf = Vec::with_capacity(
        64 + fields
            .iter()
            .map(|f| match f {
                ValueRef::Text(t) | ValueRef::Blob(t) => t.len() + 9,
                _ => 9,
            })
            .sum::<usize>(),
    );
    put(&mut buf, ValueRef::Text(label.as_bytes()));
    put(&mut buf, ValueRef::Text(prev.as_bytes()));
    for f in fields {
        put(&mut buf, *f);
    }
    hex(&Sha256::digest(&buf))
}

/// The seal of a chain's head: `count` rows, the last one hashed `last`.
fn seal(chain: &str, key: ValueRef<'_>, count: i64, last: &str) -> String {
    digest(
        HEAD_LABEL,
        "",
        &[
            ValueRef::Text(chain.as_bytes()),
            key,
            ValueRef::Integer(count),
            ValueRef::Text(last.as_bytes()),
        ],
    )
}

fn event_seal(case_key: i64, count: i64, last: &str) -> String {
    seal(EVENT_LABEL, ValueRef::Integer(case_key), count, last)
}

fn audit_seal(count: i64, last: &str) -> String {
    seal(AUDIT_LABEL, ValueRef::Null, count, last)
}

/// The value SQLite stores for `v` (as bound to a statement).
fn stored(v: &dyn ToSql) -> Result<Value> {
    match v.to_sql()? {
        ToSqlOutput::Borrowed(r) => Ok(r.into()),
        ToSqlOutput::Owned(v) => Ok(v),
        #[allow(unreachable_patterns)]
        _ => Err(super::StoreError::Corrupt("unexpected SQL value".into())),
    }
}

fn refs(values: &[Value]) -> Vec<ValueRef<'_>> {
    values.iter().map(ValueRef::from).collect()
}

/// The settings that carry authority (who may stay idle, the counter, the
/// approving bodies, where backups go, how this workstation syncs); the
/// rest (the window's language, the last backup, the check's finding)
/// are working notes.
pub(crate) const SEALED_SETTINGS: &[&str] = &[
    "idle_minutes",
    "counter",
    "approving_bodies",
    super::backup::BACKUP_DIR_SETTING,
    super::backup::BACKUP_KEEP_SETTING,
    "sync_config",
];

/// SHA-256 (hex) of every row `sql` reads, in its order.
fn rows_digest(conn: &Connection, label: &str, sql: &str) -> Result<String> {
    let mut st = conn.prepare(sql)?;
    let n = st.column_count();
    let mut buf = Vec::new();
    put(&mut buf, ValueRef::Text(label.as_bytes()));
    let mut rows = st.query([])?;
    while let Some(r) = rows.next()? {
        for i in 0..n {
            put(&mut buf, r.get_ref(i)?);
        }
    }
    Ok(hex(&Sha256::digest(&buf)))
}

/// The digests of the tables that carry authority and are not derived
/// from the events: this office and its partners, the routes, the rule
/// data, the sealed settings.
fn authority_digests(conn: &Connection) -> Result<Vec<(&'static str, String)>> {
    let keys = SEALED_SETTINGS
        .iter()
        .map(|k| format!("'{k}'"))
        .collect::<Vec<_>>()
        .join(", ");
    let settings = format!("SELECT key, value FROM settings WHERE key IN ({keys}) ORDER BY key");
    let mut out = Vec::with_capacity(4);
    for (table, sql) in [
        (
            "offices",
            "SELECT id, code, kind, name, number, address, phone, is_self, name_ru, address_ru
               FROM offices ORDER BY id",
        ),
        (
            "routes",
            "SELECT sc_office, police_office FROM routes ORDER BY sc_office",
        ),
        (
            "rule_data",
            "SELECT kind, key, json FROM rule_data ORDER BY kind, key",
        ),
        ("settings", settings.as_str()),
    ] {
        out.push((table, rows_digest(conn, table, sql)?));
    }
    Ok(out)
}

/// Writes the digests of the tables that carry authority to the audit log
/// (a `seal` record), inside the transaction that changed one of them:
/// `db check` compares the tables with the last seal, so a change made
/// outside the program is named.
pub(crate) fn seal_authority(tx: &Connection, at: NaiveDateTime, actor: &str) -> Result<()> {
    let details = authority_digests(tx)?
        .into_iter()
        .map(|(t, h)| format!("{t}={h}"))
        .collect::<Vec<_>>()
        .join(" ");
    insert_audit(tx, at, actor, "seal", None, &details)
}

/// Records in the audit log the terms a case keeps — the regulation
/// profile it was opened under and the office that reviews it — when it
/// is opened here or arrives, and when it is submitted for review.
pub(crate) fn record_terms(
    tx: &Connection,
    at: NaiveDateTime,
    actor: &str,
    case_key: i64,
    profile_id: &str,
    review: Option<u16>,
) -> Result<()> {
    insert_audit(
        tx,
        at,
        actor,
        "case_terms",
        Some(case_key),
        &terms_details(profile_id, review),
    )
}

fn terms_details(profile_id: &str, review: Option<u16>) -> String {
    format!(
        "profile={profile_id} review={}",
        review.map_or_else(|| "-".to_string(), |r| r.to_string())
    )
}

/// Schema 12, for a store already set up: the officer and the next
/// deadline as `db check` derives them, the terms of every case and the
/// first seal recorded.
pub(crate) fn upgrade_12(tx: &Connection) -> Result<()> {
    let set_up: bool = tx.query_row("SELECT EXISTS (SELECT 1 FROM audit_log)", [], |r| r.get(0))?;
    if !set_up {
        return Ok(());
    }
    let now = crate::clock::utc_now();
    tx.execute(
        "UPDATE cases SET officer = (
            SELECT e.actor FROM case_events e
             WHERE e.case_key = cases.key AND e.office_code = cases.review_office
             ORDER BY e.seq DESC LIMIT 1)",
        [],
    )?;
    let rules = super::rules::load_rules(tx)?;
    super::cases::refresh_deadlines(tx, &rules)?;
    let cases: Vec<(i64, String, Option<u16>)> = tx
        .prepare("SELECT key, profile_id, review_office FROM cases ORDER BY key")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<rusqlite::Result<_>>()?;
    for (key, profile, review) in cases {
        record_terms(tx, now, "upgrade", key, &profile, review)?;
    }
    seal_authority(tx, now, "upgrade")
}

/// The audit chain's head: how many rows, and the last one's hash.
pub(crate) fn audit_head(conn: &Connection) -> Result<Option<(i64, String)>> {
    Ok(conn
        .prepare_cached("SELECT count, hash FROM chain_heads WHERE chain = ?1")?
        .query_row([AUDIT_CHAIN], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?)
}

/// The audit log against the head kept outside the store (`keys`): the
/// log must still hold the anchored rows, unchanged.
pub(crate) fn verify_anchor(
    conn: &Connection,
    anchor: &super::keys::Anchor,
) -> Result<Vec<String>> {
    let mut out = Vec::new();
    let count: i64 = conn.query_row("SELECT count(*) FROM audit_log", [], |r| r.get(0))?;
    let at = anchor.at.format("%Y-%m-%d %H:%M UTC");
    if count < anchor.count {
        out.push(format!(
            "audit_log: the log holds {count} rows, but held {} on {at} (kept in the key slots file): rows were removed",
            anchor.count
        ));
        return Ok(out);
    }
    let hash: Option<String> = conn
        .query_row(
            "SELECT hash FROM audit_log ORDER BY id LIMIT 1 OFFSET ?1",
            [anchor.count - 1],
            |r| r.get(0),
        )
        .optional()?
        .flatten();
    if hash.as_deref() != Some(anchor.hash.as_str()) {
        out.push(format!(
            "audit_log: row {} is not the one the log held on {at} (kept in the key slots file): the log was rewritten",
            anchor.count
        ));
    }
    Ok(out)
}

/// One case event as its row stores it.
pub(crate) struct EventRow<'a> {
    pub case_key: i64,
    pub seq: u32,
    pub id: &'a str,
    pub kind: &'a str,
    pub recorded_at: NaiveDateTime,
    pub actor: &'a str,
    pub office: u16,
    pub payload: &'a str,
}

/// Inserts an event into the log, chained to the case's event before it,
/// and moves the case's sealed head (`cases.events_head`) to it. Inside
/// the caller's transaction; the `cases` row exists already.
pub(crate) fn insert_event(tx: &Connection, e: &EventRow<'_>) -> Result<()> {
    let prev: String = if e.seq <= 1 {
        GENESIS.to_string()
    } else {
        tx.prepare_cached("SELECT hash FROM case_events WHERE case_key = ?1 AND seq = ?2")?
            .query_row(params![e.case_key, e.seq - 1], |r| {
                r.get::<_, Option<String>>(0)
            })
            .optional()?
            .flatten()
            .unwrap_or_default()
    };
    let values = [
        Value::Integer(e.case_key),
        Value::Integer(i64::from(e.seq)),
        Value::Text(e.id.to_string()),
        Value::Text(e.kind.to_string()),
        stored(&e.recorded_at)?,
        Value::Text(e.actor.to_string()),
        Value::Integer(i64::from(e.office)),
        Value::Text(e.payload.to_string()),
    ];
    let hash = digest(EVENT_LABEL, &prev, &refs(&values));
    tx.prepare_cached(
        "INSERT INTO case_events (case_key, seq, id, type, recorded_at, actor, office_code, payload, prev_hash, hash)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    )?
    .execute(params_from_iter(
        values
            .iter()
            .cloned()
            .chain([Value::Text(prev), Value::Text(hash.clone())]),
    ))?;
    tx.prepare_cached("UPDATE cases SET events_head = ?2 WHERE key = ?1")?
        .execute(params![
            e.case_key,
            event_seal(e.case_key, i64::from(e.seq), &hash)
        ])?;
    Ok(())
}

/// Appends one audit record, chained to the last one, and moves the
/// audit chain's sealed head. Inside the caller's transaction.
pub(crate) fn insert_audit(
    tx: &Connection,
    at: NaiveDateTime,
    actor: &str,
    action: &str,
    case_key: Option<i64>,
    details: &str,
) -> Result<()> {
    let last: Option<(i64, Option<String>)> = tx
        .prepare_cached("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1")?
        .query_row([], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    let (id, prev) = match last {
        None => (1, GENESIS.to_string()),
        Some((id, hash)) => (id + 1, hash.unwrap_or_default()),
    };
    let count: i64 = tx
        .prepare_cached("SELECT count FROM chain_heads WHERE chain = ?1")?
        .query_row([AUDIT_CHAIN], |r| r.get(0))
        .optional()?
        .unwrap_or(0)
        + 1;
    let values = [
        Value::Integer(id),
        stored(&at)?,
        Value::Text(actor.to_string()),
        Value::Text(action.to_string()),
        case_key.map_or(Value::Null, Value::Integer),
        Value::Text(details.to_string()),
    ];
    let hash = digest(AUDIT_LABEL, &prev, &refs(&values));
    tx.prepare_cached(
        "INSERT INTO audit_log (id, at, actor, action, case_key, details, prev_hash, hash)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?
    .execute(params_from_iter(
        values
            .iter()
            .cloned()
            .chain([Value::Text(prev), Value::Text(hash.clone())]),
    ))?;
    set_audit_head(tx, count, &hash)
}

fn set_audit_head(tx: &Connection, count: i64, last: &str) -> Result<()> {
    tx.prepare_cached(
        "INSERT INTO chain_heads (chain, count, hash, seal) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT(chain) DO UPDATE SET count = excluded.count, hash = excluded.hash, seal = excluded.seal",
    )?
    .execute(params![AUDIT_CHAIN, count, last, audit_seal(count, last)])?;
    Ok(())
}

const EVENT_COLUMNS: &str =
    "case_key, seq, id, type, recorded_at, actor, office_code, payload, prev_hash, hash";
const AUDIT_COLUMNS: &str = "id, at, actor, action, case_key, details, prev_hash, hash";

/// A row read back: the hashed values, then the stored `prev_hash` and `hash`.
struct Stored {
    values: Vec<Value>,
    prev: Option<String>,
    hash: Option<String>,
}

fn read_row(r: &rusqlite::Row<'_>, n: usize) -> rusqlite::Result<Stored> {
    let mut values = Vec::with_capacity(n);
    for i in 0..n {
        values.push(Value::from(r.get_ref(i)?));
    }
    Ok(Stored {
        values,
        prev: r.get(n)?,
        hash: r.get(n + 1)?,
    })
}

fn case_events(conn: &Connection, key: i64) -> Result<Vec<Stored>> {
    let mut st = conn.prepare_cached(&format!(
        "SELECT {EVENT_COLUMNS} FROM case_events WHERE case_key = ?1 ORDER BY seq"
    ))?;
    let rows = st.query_map([key], |r| read_row(r, 8))?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// Migration 7: hashes the rows already stored, each case's events in
/// `seq` order and the audit log in `id` order, and seals the heads.
/// Inside the migration's transaction.
pub(crate) fn backfill(tx: &Connection) -> Result<()> {
    let keys: Vec<i64> = tx
        .prepare("SELECT DISTINCT case_key FROM case_events ORDER BY case_key")?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let mut update = tx.prepare(
        "UPDATE case_events SET prev_hash = ?3, hash = ?4 WHERE case_key = ?1 AND seq = ?2",
    )?;
    let mut head = tx.prepare("UPDATE cases SET events_head = ?2 WHERE key = ?1")?;
    for key in keys {
        let mut prev = GENESIS.to_string();
        let mut last_seq = 0;
        for row in case_events(tx, key)? {
            let hash = digest(EVENT_LABEL, &prev, &refs(&row.values));
            let seq = &row.values[1];
            update.execute(params![key, seq, prev, hash])?;
            if let Value::Integer(s) = seq {
                last_seq = *s;
            }
            prev = hash;
        }
        head.execute(params![key, event_seal(key, last_seq, &prev)])?;
    }
    // The audit log in batches of ids.
    let mut batch = tx.prepare(&format!(
        "SELECT {AUDIT_COLUMNS} FROM audit_log WHERE id > ?1 ORDER BY id LIMIT 1000"
    ))?;
    let mut update = tx.prepare("UPDATE audit_log SET prev_hash = ?2, hash = ?3 WHERE id = ?1")?;
    let mut prev = GENESIS.to_string();
    let mut count = 0i64;
    let mut after = i64::MIN;
    loop {
        let rows = batch
            .query_map([after], |r| read_row(r, 6))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        if rows.is_empty() {
            break;
        }
        for row in rows {
            let hash = digest(AUDIT_LABEL, &prev, &refs(&row.values));
            let Value::Integer(id) = row.values[0] else {
                return Err(super::StoreError::Corrupt("audit_log id".into()));
            };
            update.execute(params![id, prev, hash])?;
            after = id;
            count += 1;
            prev = hash;
        }
    }
    set_audit_head(tx, count, &prev)
}

/// Collects problems up to `MAX_PROBLEMS`, counting the rest.
struct Problems {
    list: Vec<String>,
    more: usize,
}

impl Problems {
    fn push(&mut self, p: String) {
        if self.list.len() < MAX_PROBLEMS {
            self.list.push(p);
        } else {
            self.more += 1;
        }
    }
}

/// Verifies both chains and re-folds every case's events against its
/// `cases` row. Each line names the first broken row of its chain.
pub(crate) fn verify(conn: &Connection) -> Result<Vec<String>> {
    let mut p = Problems {
        list: Vec::new(),
        more: 0,
    };
    verify_audit(conn, &mut p)?;
    verify_users(conn, &mut p)?;
    verify_issued_forms(conn, &mut p)?;
    verify_seal(conn, &mut p)?;
    verify_cases(conn, &mut p)?;
    verify_outbox(conn, &mut p)?;
    if p.more > 0 {
        p.list.push(format!("… and {} more", p.more));
    }
    Ok(p.list)
}

fn verify_audit(conn: &Connection, p: &mut Problems) -> Result<()> {
    let mut st = conn.prepare(&format!(
        "SELECT {AUDIT_COLUMNS} FROM audit_log ORDER BY id"
    ))?;
    let mut rows = st.query([])?;
    let mut prev = GENESIS.to_string();
    let mut prev_id: Option<i64> = None;
    let mut count = 0i64;
    let mut broken = false;
    while let Some(r) = rows.next()? {
        let row = read_row(r, 6)?;
        let id = match row.values[0] {
            Value::Integer(id) => id,
            _ => 0,
        };
        count += 1;
        if broken {
            continue;
        }
        let (Some(stored_prev), Some(stored_hash)) = (&row.prev, &row.hash) else {
            p.push(format!("audit_log row {id}: has no hash"));
            broken = true;
            continue;
        };
        if *stored_prev != prev {
            p.push(match prev_id {
                None => format!(
                    "audit_log row {id}: the first row does not start the chain (the rows before it were removed)"
                ),
                Some(before) if id != before + 1 => format!(
                    "audit_log row {id}: does not follow row {before} (row {} was removed)",
                    if id == before + 2 {
                        (before + 1).to_string()
                    } else {
                        format!("{}–{}", before + 1, id - 1)
                    }
                ),
                Some(before) => format!(
                    "audit_log row {id}: its prev_hash does not match the hash of row {before} (that row was changed)"
                ),
            });
            broken = true;
            continue;
        }
        if *stored_hash != digest(AUDIT_LABEL, stored_prev, &refs(&row.values)) {
            p.push(format!(
                "audit_log row {id}: hash does not match its content"
            ));
            broken = true;
            continue;
        }
        // The chain starts where the store did: its first row is the
        // store's creation. A log emptied (with its head) and restarted
        // by the next sign-in starts elsewhere.
        if prev_id.is_none() && !matches!(&row.values[3], Value::Text(a) if a == "init") {
            p.push(format!(
                "audit_log row {id}: the log does not start with the store's creation (the rows before it, and the chain's head, were removed)"
            ));
            broken = true;
            continue;
        }
        prev = stored_hash.clone();
        prev_id = Some(id);
    }
    if broken {
        return Ok(());
    }
    let head: Option<(i64, String, String)> = conn
        .query_row(
            "SELECT count, hash, seal FROM chain_heads WHERE chain = ?1",
            [AUDIT_CHAIN],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .optional()?;
    if count == 0 {
        // A store not set up yet has no log; one set up has at least its
        // creation in it.
        let set_up: bool = conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM offices WHERE is_self = 1)",
            [],
            |r| r.get(0),
        )?;
        if set_up {
            p.push("audit_log: the log is empty (not even the store's creation is in it)".into());
        }
        return Ok(());
    }
    match head {
        None => p.push("audit_log: the chain head is missing".into()),
        Some((n, hash, s)) if s != audit_seal(n, &hash) => {
            p.push("audit_log: the chain head was edited (its seal does not match)".into())
        }
        Some((n, _, _)) if n > count => p.push(format!(
            "audit_log: the chain head records {n} rows, the table holds {count}: the last {} removed{}",
            if n - count == 1 { "row was".to_string() } else { format!("{} rows were", n - count) },
            prev_id.map(|id| format!(" (after row {id})")).unwrap_or_default()
        )),
        Some((n, hash, _)) if n != count || hash != prev => p.push(format!(
            "audit_log: the chain head records {n} rows ending elsewhere than the table's {count} (rows were added or replaced)"
        )),
        Some(_) => {}
    }
    Ok(())
}

/// The users table against the chained audit log: every user, their role
/// and whether they may sign in follow from the log's `init`,
/// `user_create`, `user_disable` and `user_enable` rows. A role raised or
/// a user added or re-enabled with a SQLite shell is named.
fn verify_users(conn: &Connection, p: &mut Problems) -> Result<()> {
    use std::collections::BTreeMap;
    // login (lower-cased: logins are unique without case) → (role, active)
    let mut derived: BTreeMap<String, (String, bool)> = BTreeMap::new();
    let mut st = conn.prepare(
        "SELECT actor, action, details FROM audit_log
          WHERE action IN ('init', 'user_create', 'user_disable', 'user_enable') ORDER BY id",
    )?;
    let mut rows = st.query([])?;
    while let Some(r) = rows.next()? {
        let actor: String = r.get(0)?;
        let action: String = r.get(1)?;
        let details: String = r.get(2)?;
        match action.as_str() {
            "init" => {
                if let Some(login) = actor.strip_prefix("cli:init:") {
                    derived.insert(login.to_lowercase(), ("administrator".into(), true));
                }
            }
            "user_create" => {
                let mut w = details.split_whitespace();
                if let (Some(login), Some(role)) = (w.next(), w.next()) {
                    derived.insert(login.to_lowercase(), (role.to_string(), true));
                }
            }
            "user_disable" | "user_enable" => {
                if let Some(u) = derived.get_mut(&details.trim().to_lowercase()) {
                    u.1 = action == "user_enable";
                }
            }
            _ => {}
        }
    }
    let mut st = conn.prepare("SELECT login, role, active FROM users ORDER BY id")?;
    let mut rows = st.query([])?;
    let mut seen = std::collections::BTreeSet::new();
    while let Some(r) = rows.next()? {
        let login: String = r.get(0)?;
        let role: String = r.get(1)?;
        let active: bool = r.get(2)?;
        let key = login.to_lowercase();
        seen.insert(key.clone());
        match derived.get(&key) {
            None => p.push(format!(
                "users: {login:?} is not in the audit log (the user was added outside the program)"
            )),
            Some((r, _)) if *r != role => p.push(format!(
                "users: {login:?} has the role {role}, the audit log gives {r} (the role was changed outside the program)"
            )),
            Some((_, a)) if *a != active => p.push(format!(
                "users: {login:?} is {}, the audit log says {} (changed outside the program)",
                if active { "enabled" } else { "disabled" },
                if *a { "enabled" } else { "disabled" }
            )),
            Some(_) => {}
        }
    }
    for login in derived.keys().filter(|l| !seen.contains(*l)) {
        p.push(format!(
            "users: {login:?} is in the audit log but not in the users table (removed outside the program)"
        ));
    }
    Ok(())
}

/// The register of issued forms against the chained audit log: each form
/// issued is one `form_issued` record (case, annex, language) written in
/// the same transaction. A register row added or removed with a SQLite
/// shell is named.
fn verify_issued_forms(conn: &Connection, p: &mut Problems) -> Result<()> {
    use std::collections::BTreeMap;
    let mut tally: BTreeMap<(i64, String), (i64, i64)> = BTreeMap::new();
    let mut st = conn.prepare("SELECT case_key, annex, lang FROM issued_forms")?;
    let mut rows = st.query([])?;
    while let Some(r) = rows.next()? {
        let key: i64 = r.get(0)?;
        let annex: String = r.get(1)?;
        let lang: String = r.get(2)?;
        tally
            .entry((key, format!("annex {annex} {lang}")))
            .or_default()
            .0 += 1;
    }
    let mut st = conn.prepare(
        "SELECT case_key, details FROM audit_log WHERE action = 'form_issued' AND case_key IS NOT NULL",
    )?;
    let mut rows = st.query([])?;
    while let Some(r) = rows.next()? {
        let key: i64 = r.get(0)?;
        let details: String = r.get(1)?;
        tally.entry((key, details)).or_default().1 += 1;
    }
    for ((key, what), (register, audited)) in tally {
        if register != audited {
            let name = CaseNumber::from_key(key)
                .map(|n| n.to_string())
                .unwrap_or_else(|| format!("key {key}"));
            p.push(format!(
                "issued_forms: case {name}, {what}: {register} in the register, {audited} in the audit log"
            ));
        }
    }
    Ok(())
}

/// The tables that carry authority against the last `seal` record of the
/// audit log.
fn verify_seal(conn: &Connection, p: &mut Problems) -> Result<()> {
    let last: Option<String> = conn
        .query_row(
            "SELECT details FROM audit_log WHERE action = 'seal' ORDER BY id DESC LIMIT 1",
            [],
            |r| r.get(0),
        )
        .optional()?;
    let Some(last) = last else {
        let set_up: bool = conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM offices WHERE is_self = 1)",
            [],
            |r| r.get(0),
        )?;
        if set_up {
            p.push("audit_log: no seal of the office, routes, rules and settings (removed)".into());
        }
        return Ok(());
    };
    let sealed: std::collections::BTreeMap<&str, &str> = last
        .split_whitespace()
        .filter_map(|w| w.split_once('='))
        .collect();
    for (table, now) in authority_digests(conn)? {
        if sealed.get(table) != Some(&now.as_str()) {
            p.push(format!(
                "{table}: differs from its last seal in the audit log (changed outside the program)"
            ));
        }
    }
    Ok(())
}

/// Every outbox row is an event recorded at this office, going to an
/// office the case goes to; the rows are numbered without a gap (none is
/// ever removed).
fn verify_outbox(conn: &Connection, p: &mut Problems) -> Result<()> {
    let own: Option<u16> = conn
        .query_row("SELECT code FROM offices WHERE is_self = 1", [], |r| {
            r.get(0)
        })
        .optional()?;
    let Some(own) = own else { return Ok(()) };
    let mut st = conn.prepare(
        "SELECT o.seq, o.case_key, o.event_seq, o.event_id, o.destination, e.id, e.office_code, c.review_office
           FROM outbox o
           LEFT JOIN case_events e ON e.case_key = o.case_key AND e.seq = o.event_seq
           LEFT JOIN cases c ON c.key = o.case_key
          ORDER BY o.seq",
    )?;
    let mut rows = st.query([])?;
    let mut last = 0i64;
    while let Some(r) = rows.next()? {
        let seq: i64 = r.get(0)?;
        let key: i64 = r.get(1)?;
        let event_seq: i64 = r.get(2)?;
        let event_id: Option<String> = r.get(3)?;
        let dest: Option<String> = r.get(4)?;
        let found: Option<String> = r.get(5)?;
        let office: Option<i64> = r.get(6)?;
        let review: Option<u16> = r.get(7)?;
        let name = CaseNumber::from_key(key)
            .map(|n| n.to_string())
            .unwrap_or_else(|| format!("key {key}"));
        if seq == last + 2 {
            p.push(format!(
                "outbox: row {} is missing (removed outside the program)",
                last + 1
            ));
        } else if seq > last + 2 {
            p.push(format!(
                "outbox: rows {}–{} are missing (removed outside the program)",
                last + 1,
                seq - 1
            ));
        }
        last = seq;
        if found.is_none() || found != event_id {
            p.push(format!(
                "outbox row {seq}: case {name} event #{event_seq} is not in the case's log"
            ));
            continue;
        }
        if office != Some(i64::from(own)) {
            p.push(format!(
                "outbox row {seq}: case {name} event #{event_seq} was not recorded at this office"
            ));
            continue;
        }
        let allowed = CaseNumber::from_key(key)
            .map(|n| super::cases::destinations(own, &n, review))
            .unwrap_or_default();
        let ok = dest
            .as_deref()
            .and_then(|d| d.parse::<u16>().ok())
            .is_some_and(|d| allowed.contains(&d));
        if !ok {
            p.push(format!(
                "outbox row {seq}: case {name} event #{event_seq} is addressed to {}, not an office the case goes to",
                dest.as_deref().unwrap_or("nobody")
            ));
        }
    }
    Ok(())
}

/// A case's projection row, as far as the check compares it.
struct CaseRow {
    key: i64,
    id: String,
    status: String,
    iin: String,
    surname: String,
    given_name: String,
    patronymic: String,
    last_seq: i64,
    head: Option<String>,
    office_kind: String,
    doc_lang: String,
    opened_on: String,
    accepted_on: Option<String>,
    profile_id: String,
    review_office: Option<u16>,
    next_due: Option<String>,
    next_due_kind: Option<String>,
    officer: Option<String>,
}

/// What the case rows are compared with besides their own events.
struct Known {
    /// The last `case_terms` record of each case.
    terms: std::collections::HashMap<i64, String>,
    /// The rules the deadlines are counted with.
    rules: Option<crate::domain::rules::Rules>,
}

fn verify_cases(conn: &Connection, p: &mut Problems) -> Result<()> {
    let mut terms = std::collections::HashMap::new();
    {
        let mut st = conn.prepare(
            "SELECT case_key, details FROM audit_log WHERE action = 'case_terms' ORDER BY id",
        )?;
        let mut rows = st.query([])?;
        while let Some(r) = rows.next()? {
            terms.insert(r.get::<_, i64>(0)?, r.get::<_, String>(1)?);
        }
    }
    let rules = match super::rules::load_rules(conn) {
        Ok(r) => Some(r),
        Err(e) => {
            p.push(format!(
                "rule_data: cannot be read ({e}); the deadlines were not compared"
            ));
            None
        }
    };
    let known = Known { terms, rules };
    let mut st = conn.prepare(
        "SELECT key, id, status, iin, surname, given_name, patronymic, last_seq, events_head,
                office_kind, doc_lang, opened_on, accepted_on, profile_id, review_office,
                next_due, next_due_kind, officer
           FROM cases ORDER BY key",
    )?;
    let mut rows = st.query([])?;
    while let Some(r) = rows.next()? {
        let c = CaseRow {
            key: r.get(0)?,
            id: r.get(1)?,
            status: r.get(2)?,
            iin: r.get(3)?,
            surname: r.get(4)?,
            given_name: r.get(5)?,
            patronymic: r.get(6)?,
            last_seq: r.get(7)?,
            head: r.get(8)?,
            office_kind: r.get(9)?,
            doc_lang: r.get(10)?,
            opened_on: r.get(11)?,
            accepted_on: r.get(12)?,
            profile_id: r.get(13)?,
            review_office: r.get(14)?,
            next_due: r.get(15)?,
            next_due_kind: r.get(16)?,
            officer: r.get(17)?,
        };
        verify_case(conn, &c, &known, p)?;
    }
    Ok(())
}

fn verify_case(conn: &Connection, c: &CaseRow, known: &Known, p: &mut Problems) -> Result<()> {
    let name = CaseNumber::from_key(c.key)
        .map(|n| n.to_string())
        .unwrap_or_else(|| format!("key {}", c.key));
    let events = case_events(conn, c.key)?;
    if events.is_empty() {
        p.push(format!("case {name}: it has no events"));
        return Ok(());
    }
    // The chain, event by event.
    let mut prev = GENESIS.to_string();
    let mut chain_ok = true;
    let mut last_seq = 0i64;
    for (i, row) in events.iter().enumerate() {
        let seq = match row.values[1] {
            Value::Integer(s) => s,
            _ => -1,
        };
        let expected = i as i64 + 1;
        if seq != expected {
            p.push(if expected == 1 {
                format!("case {name}: event #1 is missing (the log starts at #{seq})")
            } else {
                format!(
                    "case {name}: event #{expected} is missing (the log goes from #{} to #{seq})",
                    expected - 1
                )
            });
            chain_ok = false;
            break;
        }
        let (Some(stored_prev), Some(stored_hash)) = (&row.prev, &row.hash) else {
            p.push(format!("case {name} event #{seq}: has no hash"));
            chain_ok = false;
            break;
        };
        if *stored_prev != prev {
            p.push(format!(
                "case {name} event #{seq}: its prev_hash does not match the hash of event #{} (that event was changed)",
                seq - 1
            ));
            chain_ok = false;
            break;
        }
        if *stored_hash != digest(EVENT_LABEL, stored_prev, &refs(&row.values)) {
            p.push(format!(
                "case {name} event #{seq}: hash does not match its content"
            ));
            chain_ok = false;
            break;
        }
        prev = stored_hash.clone();
        last_seq = seq;
    }
    if chain_ok {
        match &c.head {
            None => p.push(format!("case {name}: the chain head is missing")),
            Some(h) if *h != event_seal(c.key, last_seq, &prev) => p.push(format!(
                "case {name}: the chain head does not match its last event #{last_seq} (events after it were removed, or the head was edited)"
            )),
            Some(_) => {}
        }
    }
    if c.last_seq != events.len() as i64 {
        p.push(format!(
            "case {name}: the cases table counts {} events, the log holds {}",
            c.last_seq,
            events.len()
        ));
    }
    // The projection, re-folded from the events.
    let Ok(case_id) = Uuid::parse_str(&c.id) else {
        p.push(format!(
            "case {name}: its id in the cases table is not a UUID"
        ));
        return Ok(());
    };
    let mut parsed = Vec::with_capacity(events.len());
    for row in &events {
        match event_of(case_id, row) {
            Ok(ev) => parsed.push(ev),
            Err(why) => {
                p.push(format!("case {name} event #{}: {why}", seq_of(row)));
                return Ok(());
            }
        }
    }
    let state = match CaseState::fold(&parsed) {
        Ok(s) => s,
        Err(e) => {
            p.push(format!("case {name}: its events do not fold: {e}"));
            return Ok(());
        }
    };
    if c.status != state.status.as_str() {
        p.push(format!(
            "case {name}: status in the cases table is {} but its events say {}",
            c.status,
            state.status.as_str()
        ));
    }
    // The legal facts the list, the reports and the deadlines read.
    let day = |d: chrono::NaiveDate| d.format("%Y-%m-%d").to_string();
    for (what, table, events) in [
        (
            "office kind",
            Some(c.office_kind.clone()),
            Some(state.office_kind.as_str().to_string()),
        ),
        (
            "form language",
            Some(c.doc_lang.clone()),
            Some(state.intake.lang.to_string()),
        ),
        (
            "opening date",
            Some(c.opened_on.clone()),
            Some(day(state.opened_on)),
        ),
        (
            "acceptance date",
            c.accepted_on.clone(),
            state.accepted_on.map(day),
        ),
    ] {
        if table != events {
            p.push(format!(
                "case {name}: its {what} in the cases table differs from its events ({} there, {} in the log)",
                table.as_deref().unwrap_or("none"),
                events.as_deref().unwrap_or("none")
            ));
        }
    }
    // The terms the case keeps, as recorded when they were fixed.
    let terms = terms_details(&c.profile_id, c.review_office);
    match known.terms.get(&c.key) {
        None => p.push(format!(
            "case {name}: its regulation profile and reviewing office are not in the audit log"
        )),
        Some(t) if *t != terms => p.push(format!(
            "case {name}: its regulation profile or reviewing office in the cases table differs from the audit log ({terms} there, {t} in the log)"
        )),
        Some(_) => {}
    }
    // An event recorded at an office other than the one that accepted
    // the case comes from its reviewing office.
    for ev in &parsed {
        if ev.office != number_office(c.key) && Some(ev.office) != c.review_office {
            p.push(format!(
                "case {name} event #{}: recorded at office {}, which neither accepted nor reviews the case",
                ev.seq, ev.office
            ));
            break;
        }
    }
    // The officer: whoever last recorded a step at the reviewing office.
    let officer = parsed
        .iter()
        .rev()
        .find(|ev| Some(ev.office) == c.review_office)
        .map(|ev| ev.actor.clone());
    if c.officer != officer {
        p.push(format!(
            "case {name}: its officer in the cases table is not the one who last recorded a step at the reviewing office"
        ));
    }
    // The next deadline, counted again with the rules in force.
    if let Some(rules) = &known.rules {
        let profile = rules.profile_of_case(&c.profile_id, state.opened_on);
        if let Some(profile) = profile {
            let next = crate::domain::deadlines::DeadlineCalc::new(profile, &rules.calendar)
                .next_due(&state);
            let due = next.as_ref().map(|d| day(d.due));
            let kind = next.as_ref().map(|d| d.kind.as_str().to_string());
            if (due.as_deref(), kind.as_deref())
                != (c.next_due.as_deref(), c.next_due_kind.as_deref())
            {
                p.push(format!(
                    "case {name}: its next deadline in the cases table differs from the one its events and rules give ({} there, {} counted)",
                    c.next_due.as_deref().unwrap_or("none"),
                    due.as_deref().unwrap_or("none")
                ));
            }
        }
    }
    // The children found by IIN are the intake's children.
    let mut table_children: Vec<String> = conn
        .prepare_cached("SELECT iin FROM case_children WHERE case_key = ?1")?
        .query_map([c.key], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let mut event_children: Vec<String> = state
        .intake
        .children
        .iter()
        .map(|ch| crate::domain::intake::canonical_iin(ch.iin.trim()))
        .filter(|s| !s.is_empty())
        .collect();
    table_children.sort();
    table_children.dedup();
    event_children.sort();
    event_children.dedup();
    if table_children != event_children {
        p.push(format!(
            "case {name}: the children in the children table differ from its events"
        ));
    }
    // Personal data is compared, never printed.
    let a = &state.intake.applicant;
    let iin = crate::domain::intake::canonical_iin(a.iin.trim());
    for (what, table, events) in [
        ("IIN", &c.iin, &iin),
        ("surname", &c.surname, &a.surname),
        ("given name", &c.given_name, &a.given_name),
        ("patronymic", &c.patronymic, &a.patronymic),
    ] {
        if table.trim() != events.trim() {
            p.push(format!(
                "case {name}: the applicant's {what} in the cases table differs from its events"
            ));
        }
    }
    Ok(())
}

fn number_office(key: i64) -> u16 {
    CaseNumber::from_key(key).map_or(0, |n| n.office)
}

fn seq_of(row: &Stored) -> i64 {
    match row.values[1] {
        Value::Integer(s) => s,
        _ => -1,
    }
}

/// The event a row holds, or why it cannot be read.
fn event_of(case_id: Uuid, row: &Stored) -> std::result::Result<CaseEvent, String> {
    let text = |i: usize| match &row.values[i] {
        Value::Text(t) => Ok(t.as_str()),
        _ => Err(format!("column {i} is not text")),
    };
    let int = |i: usize| match row.values[i] {
        Value::Integer(n) => Ok(n),
        _ => Err(format!("column {i} is not an integer")),
    };
    let kind: EventKind =
        serde_json::from_str(text(7)?).map_err(|e| format!("the payload cannot be read ({e})"))?;
    if kind.name() != text(3)? {
        return Err(format!(
            "its type column says {} but the payload is {}",
            text(3)?,
            kind.name()
        ));
    }
    Ok(CaseEvent {
        id: Uuid::parse_str(text(2)?).map_err(|_| "its id is not a UUID".to_string())?,
        case_id,
        seq: u32::try_from(int(1)?).map_err(|_| "bad seq".to_string())?,
        recorded_at: NaiveDateTime::column_result(ValueRef::from(&row.values[4]))
            .map_err(|_| "its time cannot be read".to_string())?,
        actor: text(5)?.to_string(),
        office: u16::try_from(int(6)?).map_err(|_| "bad office code".to_string())?,
        kind,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_encoding_keeps_field_boundaries() {
        let a = digest("t", GENESIS, &[ValueRef::Text(b"ab"), ValueRef::Text(b"c")]);
        let b = digest("t", GENESIS, &[ValueRef::Text(b"a"), ValueRef::Text(b"bc")]);
        assert_ne!(a, b);
        let n = digest("t", GENESIS, &[ValueRef::Null]);
        let e = digest("t", GENESIS, &[ValueRef::Text(b"")]);
        let z = digest("t", GENESIS, &[ValueRef::Integer(0)]);
        assert_ne!(n, e);
        assert_ne!(e, z);
        assert_eq!(a.len(), 64);
        assert!(a.bytes().all(|b| b.is_ascii_hexdigit()));
    }

    #[test]
    fn a_stored_time_is_hashed_as_sqlite_keeps_it() {
        let t = chrono::NaiveDate::from_ymd_opt(2026, 11, 25)
            .unwrap()
            .and_hms_milli_opt(10, 0, 0, 250)
            .unwrap();
        assert_eq!(
            stored(&t).unwrap(),
            Value::Text("2026-11-25 10:00:00.250".into())
        );
    }
}
