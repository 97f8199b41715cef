//! The tamper-evident log on a real SQLite file: after normal use the
//! check is clean; rows edited, removed or projected wrongly with plain SQL
//! (as with a `sqlite3` shell) are found and named; a file from before the
//! chains gets them on upgrade; searches are audited.

mod common;

use common::d;

use chrono::{NaiveDate, NaiveDateTime};
use emigration_desk::domain::access::Role;
use emigration_desk::domain::case::{CaseNumber, Conclusion, EventKind};
use emigration_desk::domain::demo::sample_intake;
use emigration_desk::domain::OfficeKind;
use emigration_desk::store::{Actor, IntakeOutcome, Store, DB_FILE};
use std::path::Path;

fn now() -> NaiveDateTime {
    d(2026, 11, 25).and_hms_milli_opt(10, 0, 0, 125).unwrap()
}

fn clerk() -> Actor {
    common::actor("clerk1", Role::Clerk)
}

fn officer() -> Actor {
    common::actor("officer1", Role::Officer)
}

/// A store after a little normal use: two accepted cases, a conclusion on
/// the first, a view and three searches. Returns the first case's number.
fn used_store(dir: &Path) -> CaseNumber {
    let mut st = Store::open_dir(dir, None).unwrap();
    // A migration police office: it accepts and reviews.
    st.init(
        &common::office(OfficeKind::MigrationPolice),
        &common::admin(),
        now(),
    )
    .unwrap();
    st.set_setting_audited(
        &emigration_desk::store::Actor::cli(),
        "approving_bodies",
        "security",
        chrono::Utc::now().naive_utc(),
    )
    .unwrap();
    let rec = st
        .commit_intake(
            &clerk(),
            &emigration_desk::domain::demo::with_papers(sample_intake()),
            IntakeOutcome::Accept,
            d(2026, 11, 25),
            now(),
        )
        .unwrap();
    let mut other = sample_intake();
    other.applicant.surname = "Әбдіров".into();
    other.applicant.iin = "961225400001".into();
    other.applicant.birth_date = Some(d(1996, 12, 25));
    other.children.clear();
    other.documents.clear();
    st.commit_intake(
        &clerk(),
        &other,
        IntakeOutcome::Open,
        d(2026, 11, 25),
        now(),
    )
    .unwrap();
    let n = rec.summary.number;
    st.append_event(
        &officer(),
        &n,
        EventKind::ConclusionRecorded {
            conclusion: Conclusion {
                body: "security".into(),
                positive: true,
                on: d(2026, 12, 14),
                reference: "S-1".into(),
                not_asked: None,
            },
        },
        d(2026, 12, 14),
        now(),
    )
    .unwrap();
    st.view_case(&clerk(), &n, d(2026, 12, 14), now()).unwrap();
    for q in ["850115300001", &n.to_string(), "сейт"] {
        st.search_audited(&clerk(), q, 0, 20, now()).unwrap();
    }
    n
}

fn problems(dir: &Path) -> Vec<String> {
    common::open_store(dir).integrity_check().unwrap()
}

/// Plain SQL on the file, as with a `sqlite3` shell (foreign keys off).
/// The binary on `dir` in English, on the tests' day.
fn en(dir: &Path, args: &[&str]) -> std::process::Output {
    let mut all = vec!["--ui-lang", "en"];
    all.extend_from_slice(args);
    common::bin(dir, "2026-11-25", &all)
}

fn tamper(dir: &Path, sql: &str) -> usize {
    let conn = common::connect(&dir.join(DB_FILE));
    conn.execute(sql, []).unwrap()
}

fn one(dir: &Path, sql: &str) -> i64 {
    common::count(dir, sql)
}

fn mentions(problems: &[String], what: &str) -> bool {
    problems.iter().any(|p| p.contains(what))
}

#[test]
fn normal_use_leaves_sound_chains() {
    let dir = tempfile::tempdir().unwrap();
    let n = used_store(dir.path());
    assert_eq!(problems(dir.path()), Vec::<String>::new());
    // Every row is hashed, and each links to the one before it.
    assert_eq!(
        one(
            dir.path(),
            "SELECT COUNT(*) FROM audit_log WHERE hash IS NULL OR length(hash) <> 64"
        ),
        0
    );
    assert_eq!(
        one(
            dir.path(),
            "SELECT COUNT(*) FROM case_events WHERE hash IS NULL OR length(hash) <> 64"
        ),
        0
    );
    assert_eq!(
        one(
            dir.path(),
            "SELECT COUNT(*) FROM audit_log a JOIN audit_log b ON b.id = a.id + 1 WHERE b.prev_hash <> a.hash"
        ),
        0
    );
    assert_eq!(
        one(
            dir.path(),
            &format!(
                "SELECT COUNT(*) FROM case_events a JOIN case_events b
                  ON b.case_key = a.case_key AND b.seq = a.seq + 1
                  WHERE a.case_key = {} AND b.prev_hash = a.hash",
                n.key()
            )
        ),
        2
    );
    assert_eq!(
        one(
            dir.path(),
            "SELECT count FROM chain_heads WHERE chain = 'audit_log'"
        ),
        one(dir.path(), "SELECT COUNT(*) FROM audit_log")
    );
}

#[test]
fn a_removed_audit_row_in_the_middle_is_named() {
    let dir = tempfile::tempdir().unwrap();
    used_store(dir.path());
    let total = one(dir.path(), "SELECT COUNT(*) FROM audit_log");
    assert!(total >= 6, "{total}");
    assert_eq!(tamper(dir.path(), "DELETE FROM audit_log WHERE id = 4"), 1);
    let p = problems(dir.path());
    assert!(
        mentions(
            &p,
            "audit_log row 5: does not follow row 3 (row 4 was removed)"
        ),
        "{p:#?}"
    );
}

#[test]
fn an_edited_audit_row_is_named() {
    let dir = tempfile::tempdir().unwrap();
    used_store(dir.path());
    assert_eq!(
        tamper(
            dir.path(),
            "UPDATE audit_log SET actor = 'someone' WHERE id = 3"
        ),
        1
    );
    let p = problems(dir.path());
    assert!(
        mentions(&p, "audit_log row 3: hash does not match its content"),
        "{p:#?}"
    );
}

#[test]
fn a_removed_last_audit_row_is_found() {
    let dir = tempfile::tempdir().unwrap();
    used_store(dir.path());
    let last = one(dir.path(), "SELECT MAX(id) FROM audit_log");
    tamper(
        dir.path(),
        &format!("DELETE FROM audit_log WHERE id = {last}"),
    );
    let p = problems(dir.path());
    assert!(
        mentions(
            &p,
            &format!("the last row was removed (after row {})", last - 1)
        ),
        "{p:#?}"
    );
    // Copying the new last hash into the head with plain SQL is not
    // enough: the head is sealed.
    tamper(
        dir.path(),
        "UPDATE chain_heads SET count = count - 1,
                hash = (SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1)
          WHERE chain = 'audit_log'",
    );
    let p = problems(dir.path());
    assert!(
        mentions(&p, "audit_log: the chain head was edited"),
        "{p:#?}"
    );
}

#[test]
fn an_edited_event_payload_is_named_with_its_case_and_event() {
    let dir = tempfile::tempdir().unwrap();
    let n = used_store(dir.path());
    assert_eq!(
        tamper(
            dir.path(),
            &format!(
                "UPDATE case_events
                    SET payload = replace(payload, '\"destination_country\":\"DE\"', '\"destination_country\":\"US\"')
                  WHERE case_key = {} AND seq = 1",
                n.key()
            )
        ),
        1
    );
    assert_eq!(
        one(
            dir.path(),
            &format!(
                "SELECT COUNT(*) FROM case_events WHERE case_key = {} AND payload LIKE '%\"destination_country\":\"US\"%'",
                n.key()
            )
        ),
        1,
        "the edit took"
    );
    let p = problems(dir.path());
    assert!(
        mentions(
            &p,
            &format!("case {n} event #1: hash does not match its content")
        ),
        "{p:#?}"
    );
    assert_eq!(p.len(), 1, "the other case is sound: {p:#?}");
}

#[test]
fn a_removed_last_event_is_found_even_with_the_projection_rewound() {
    let dir = tempfile::tempdir().unwrap();
    let n = used_store(dir.path());
    let key = n.key();
    tamper(
        dir.path(),
        &format!("DELETE FROM outbox WHERE case_key = {key} AND event_seq = 3"),
    );
    tamper(
        dir.path(),
        &format!("DELETE FROM case_events WHERE case_key = {key} AND seq = 3"),
    );
    tamper(
        dir.path(),
        &format!("UPDATE cases SET last_seq = 2 WHERE key = {key}"),
    );
    let p = problems(dir.path());
    assert!(
        mentions(
            &p,
            &format!("case {n}: the chain head does not match its last event #2")
        ),
        "{p:#?}"
    );
}

#[test]
fn a_projection_that_disagrees_with_the_events_is_found() {
    let dir = tempfile::tempdir().unwrap();
    let n = used_store(dir.path());
    tamper(
        dir.path(),
        &format!(
            "UPDATE cases SET status = 'handed_over' WHERE key = {}",
            n.key()
        ),
    );
    tamper(
        dir.path(),
        &format!(
            "UPDATE cases SET surname = 'Другой' WHERE key = {}",
            n.key()
        ),
    );
    let p = problems(dir.path());
    assert!(
        mentions(
            &p,
            &format!(
                "case {n}: status in the cases table is handed_over but its events say under_review"
            )
        ),
        "{p:#?}"
    );
    assert!(
        mentions(
            &p,
            &format!(
                "case {n}: the applicant's surname in the cases table differs from its events"
            )
        ),
        "{p:#?}"
    );
    assert!(
        !p.iter().any(|l| l.contains("Другой")),
        "no personal data in the report: {p:#?}"
    );
}

/// A file at schema 6 (before the chains) — made honestly from a store
/// used by this version, with the chain columns and table dropped again —
/// is upgraded: the migration hashes what is there, the same hashes the
/// program writes, and the upgraded chains catch edits.
#[test]
fn a_store_from_before_the_chains_is_hashed_on_upgrade() {
    let dir = tempfile::tempdir().unwrap();
    let n = used_store(dir.path());
    // Each case's event hashes, the audit hashes, each case's head.
    let hashes = |dir: &Path| -> [Vec<String>; 3] {
        let conn = common::connect(&dir.join(DB_FILE));
        let col = |sql: &str| -> Vec<String> {
            let mut st = conn.prepare(sql).unwrap();
            let rows = st.query_map([], |r| r.get(0)).unwrap();
            rows.map(|r| r.unwrap()).collect()
        };
        [
            col("SELECT hash FROM case_events ORDER BY case_key, seq"),
            col("SELECT hash FROM audit_log ORDER BY id"),
            col("SELECT events_head FROM cases ORDER BY key"),
        ]
    };
    let written = hashes(dir.path());
    {
        let conn = common::connect(&dir.path().join(DB_FILE));
        conn.execute_batch(
            "ALTER TABLE case_events DROP COLUMN prev_hash;
             ALTER TABLE case_events DROP COLUMN hash;
             ALTER TABLE audit_log DROP COLUMN prev_hash;
             ALTER TABLE audit_log DROP COLUMN hash;
             ALTER TABLE cases DROP COLUMN events_head;
             DROP TABLE chain_heads;
             DROP INDEX quarantine_origin;
             DROP INDEX quarantine_received;
             DROP INDEX inbox_pending_origin;
             ALTER TABLE inbox DROP COLUMN bytes;
             ALTER TABLE quarantine DROP COLUMN bytes;
             ALTER TABLE quarantine DROP COLUMN origin_office;
             ALTER TABLE quarantine DROP COLUMN dropped;
             DROP INDEX cases_opened;
             DROP INDEX cases_open;
             DROP INDEX visits_issued;
             DROP INDEX visits_case;
             ALTER TABLE offices DROP COLUMN name_ru;
             ALTER TABLE offices DROP COLUMN address_ru;
             DROP INDEX audit_action;
             DROP TRIGGER case_events_status;
             DROP TABLE status_out;
             DROP TABLE status_keys;
             DROP TABLE directory_offices;
             DROP TABLE replica_offices;
             PRAGMA user_version = 6;",
        )
        .unwrap();
        // What version 6 wrote: an audit record without a hash.
        conn.execute(
            "INSERT INTO audit_log (at, actor, action, details) VALUES ('2026-11-25 11:00:00', 'admin', 'login', '')",
            [],
        )
        .unwrap();
    }
    let mut st = common::open_store(dir.path());
    assert_eq!(
        st.schema_version().unwrap(),
        emigration_desk::store::schema::MIGRATIONS.len() as i64
    );
    assert_eq!(st.integrity_check().unwrap(), Vec::<String>::new());
    drop(st);
    let upgraded = hashes(dir.path());
    // The rows written before the downgrade hash the same on upgrade; the
    // old version's record is chained after them.
    assert_eq!(upgraded[0], written[0], "events");
    assert_eq!(upgraded[2], written[2], "case heads");
    // After them: the old version's record, then (schema 12) the terms of
    // each case and the seal of the office, routes, rules and settings.
    let cases: usize = common::connect(&dir.path().join(DB_FILE))
        .query_row("SELECT count(*) FROM cases", [], |r| r.get(0))
        .unwrap();
    assert_eq!(upgraded[1].len(), written[1].len() + 1 + cases + 1);
    assert_eq!(upgraded[1][..written[1].len()], written[1][..], "audit");
    // The back-filled chain holds like a written one.
    tamper(
        dir.path(),
        &format!(
            "UPDATE case_events SET actor = 'x' WHERE case_key = {} AND seq = 2",
            n.key()
        ),
    );
    let p = problems(dir.path());
    assert!(
        mentions(
            &p,
            &format!("case {n} event #2: hash does not match its content")
        ),
        "{p:#?}"
    );
}

#[test]
fn a_search_is_audited_with_its_kind_and_count() {
    let dir = tempfile::tempdir().unwrap();
    let n = used_store(dir.path());
    let details = |dir: &Path| -> Vec<(String, String, Option<i64>)> {
        let conn = common::connect(&dir.join(DB_FILE));
        let mut st = conn
            .prepare("SELECT actor, details, case_key FROM audit_log WHERE action = 'search' ORDER BY id")
            .unwrap();
        st.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .unwrap()
            .map(|r| r.unwrap())
            .collect()
    };
    assert_eq!(
        details(dir.path()),
        vec![
            (
                "clerk1".to_string(),
                "kind=iin query=850115300001 found=1".to_string(),
                Some(n.key())
            ),
            (
                "clerk1".to_string(),
                format!("kind=number query={n} found=1"),
                Some(n.key())
            ),
            (
                "clerk1".to_string(),
                "kind=name query=\"сейт\" found=1".to_string(),
                Some(n.key())
            ),
        ]
    );
    // The list of all cases (the empty query) is a list, like the board:
    // not audited.
    let mut st = common::open_store(dir.path());
    let before = one(dir.path(), "SELECT COUNT(*) FROM audit_log");
    assert_eq!(
        st.search_audited(&clerk(), "  ", 0, 1, now())
            .unwrap()
            .rows
            .len(),
        1
    );
    assert_eq!(one(dir.path(), "SELECT COUNT(*) FROM audit_log"), before);
    // Nothing found is audited too, with no case.
    assert!(st
        .search_audited(&clerk(), "zzz", 0, 20, now())
        .unwrap()
        .rows
        .is_empty());
    assert_eq!(
        details(dir.path()).last().unwrap(),
        &(
            "clerk1".to_string(),
            "kind=name query=\"zzz\" found=0".to_string(),
            None
        )
    );
    assert!(st.integrity_check().unwrap().is_empty());
}

/// Through the binary: `case find` writes an audit record; `db check`
/// is sound after normal use, and after an edit with plain SQL exits with
/// the store's failure code and names the broken row.
#[test]
fn the_command_line_audits_find_and_db_check_names_the_broken_row() {
    let dir = tempfile::tempdir().unwrap();
    let dir = dir.path();
    common::init_office(dir, "state-corporation", "42");
    let run = |args: &[&str]| en(dir, args);
    let o = run(&["case", "import", common::SAMPLE, "--accept"]);
    assert!(o.status.success(), "{}", common::err(&o));
    let o = run(&["case", "find", "850115300001"]);
    assert!(o.status.success(), "{}", common::err(&o));
    assert!(common::out(&o).contains("0042-2026-000001-3"));
    assert_eq!(
        one(
            dir,
            "SELECT COUNT(*) FROM audit_log WHERE action = 'search' AND actor = 'admin'
               AND details = 'kind=iin query=850115300001 found=1' AND case_key = 422026000001"
        ),
        1
    );
    let o = run(&["db", "check"]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}{}",
        common::out(&o),
        common::err(&o)
    );
    assert!(common::out(&o).contains("sound"));

    tamper(
        dir,
        "UPDATE case_events SET payload = replace(payload, '\"destination_country\":\"DE\"', '\"destination_country\":\"US\"')
          WHERE seq = 1",
    );
    let o = run(&["db", "check"]);
    assert_eq!(
        o.status.code(),
        Some(3),
        "{}{}",
        common::out(&o),
        common::err(&o)
    );
    assert!(
        common::out(&o)
            .contains("case 0042-2026-000001-3 event #1: hash does not match its content"),
        "{}",
        common::out(&o)
    );
}

/// Events that arrive from another office are chained where they are
/// applied, to the same hashes as where they were recorded: a case's
/// chain is the same at every office that keeps it.
#[test]
fn events_from_another_office_are_chained_alike() {
    use emigration_desk::store::Incoming;
    use emigration_desk::sync::envelope::Message as Wire;
    let dir = tempfile::tempdir().unwrap();
    let admin = Actor {
        name: "admin".into(),
        user_id: None,
        role: Some(Role::Administrator),
    };
    let set_up = |name: &str, code: u16, kind: OfficeKind| {
        let mut st = Store::open_dir(&dir.path().join(name), None).unwrap();
        let mut office = common::office(kind);
        office.id = name.into();
        office.code = code;
        st.init(&office, &common::admin(), now()).unwrap();
        st.set_route(&admin, 42, Some(7), now()).unwrap();
        st
    };
    let mut sc = set_up("sc", 42, OfficeKind::StateCorporation);
    let n = sc
        .commit_intake(
            &clerk(),
            &sample_intake(),
            IntakeOutcome::Accept,
            d(2026, 11, 25),
            now(),
        )
        .unwrap()
        .summary
        .number;
    let batch: Vec<Incoming> = sc
        .outbox_batch("a", 100, None)
        .unwrap()
        .into_iter()
        .filter(|o| o.subject.starts_with("sync.7."))
        .map(|o| {
            let Ok(Wire::Event(e)) = serde_json::from_slice::<Wire>(&o.payload) else {
                panic!("an event");
            };
            Incoming {
                subject: format!("sync.7.42.{}.a", e.event.case_id),
                payload: o.payload.clone(),
                stream_seq: 0,
                published: None,
            }
        })
        .collect();
    assert_eq!(batch.len(), 2);
    let mut pol = set_up("pol", 7, OfficeKind::MigrationPolice);
    pol.inbox_store(7, &batch, now()).unwrap();
    pol.apply_pending(now()).unwrap();
    assert_eq!(pol.case_event_ids(&n).unwrap().len(), 2);
    assert_eq!(pol.integrity_check().unwrap(), Vec::<String>::new());
    assert_eq!(sc.integrity_check().unwrap(), Vec::<String>::new());
    let chain = |st: &Store| -> Vec<(String, String)> {
        let mut q = st
            .raw()
            .prepare("SELECT prev_hash, hash FROM case_events WHERE case_key = ?1 ORDER BY seq")
            .unwrap();
        let rows = q
            .query_map([n.key()], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap();
        rows.map(|r| r.unwrap()).collect()
    };
    assert_eq!(chain(&pol), chain(&sc));
}

/// Edits a SQLite shell can make beyond the events and the audit rows,
/// each caught by `db check`: the audit log emptied with its head (the
/// next sign-in would restart it), a clerk's role raised, a user added
/// by hand, an acceptance backdated in the case list, the children table
/// emptied, an issued receipt struck from the register. A store left
/// alone stays sound.
#[test]
fn db_check_covers_the_users_the_case_list_and_an_emptied_audit_log() {
    let edits: [(&str, &str); 6] = [
        ("DELETE FROM issued_forms", "1 in the audit log"),
        (
            "DELETE FROM audit_log; DELETE FROM chain_heads;",
            "does not start with the store's creation",
        ),
        (
            "UPDATE users SET role = 'administrator' WHERE login = 'clerk1'",
            "\"clerk1\" has the role administrator",
        ),
        (
            "INSERT INTO users (login, full_name, role, password_hash, created_at)
             SELECT 'mallory', 'M', 'administrator', password_hash, created_at FROM users LIMIT 1",
            "\"mallory\" is not in the audit log",
        ),
        (
            "UPDATE cases SET accepted_on = '2026-01-15'",
            "acceptance date in the cases table differs",
        ),
        (
            "DELETE FROM case_children",
            "children in the children table differ",
        ),
    ];
    for (sql, says) in edits {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path();
        common::init_office(dir, "state-corporation", "42");
        let run = |args: &[&str]| en(dir, args);
        let o = run(&["case", "import", common::SAMPLE, "--accept"]);
        assert!(o.status.success(), "{}", common::err(&o));
        common::add_user(dir, "clerk1", "clerk", "a good password");
        let o = run(&["db", "check"]);
        assert_eq!(
            o.status.code(),
            Some(0),
            "{}{}",
            common::out(&o),
            common::err(&o)
        );
        common::connect(&dir.join(DB_FILE))
            .execute_batch(sql)
            .unwrap();
        let o = run(&["db", "check"]);
        let said = format!("{}{}", common::out(&o), common::err(&o));
        assert_eq!(o.status.code(), Some(3), "{sql}: {said}");
        assert!(said.contains(says), "{sql}: {said}");
    }
}

/// A store `db check` found damaged takes no new case and no step until a
/// check finds it sound again (or a backup is restored): what is written
/// on a damaged store could not be trusted either.
#[test]
fn a_store_found_damaged_takes_no_new_case_until_it_is_sound_again() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    common::init_office(dir, "state-corporation", "42");
    let run = |args: &[&str]| en(dir, args);
    let o = run(&["case", "import", common::SAMPLE, "--accept"]);
    assert!(o.status.success(), "{}", common::err(&o));
    tamper(dir, "UPDATE cases SET accepted_on = '2026-01-15'");
    assert_eq!(run(&["db", "check"]).status.code(), Some(3));
    let o = run(&[
        "case",
        "import",
        common::SAMPLE,
        "--accept",
        "--second-case",
    ]);
    assert_eq!(o.status.code(), Some(1), "{}", common::out(&o));
    assert!(
        common::err(&o).contains("found this store damaged"),
        "{}",
        common::err(&o)
    );
    assert_eq!(one(dir, "SELECT COUNT(*) FROM cases"), 1);
    // Put right, checked sound: the counter goes on.
    tamper(dir, "UPDATE cases SET accepted_on = '2026-11-25'");
    assert_eq!(run(&["db", "check"]).status.code(), Some(0));
    let o = run(&[
        "case",
        "import",
        common::SAMPLE,
        "--accept",
        "--second-case",
    ]);
    assert!(o.status.success(), "{}", common::err(&o));
    assert_eq!(one(dir, "SELECT COUNT(*) FROM cases"), 2);
}

/// Issue 27, item 7: what is not an event is still under the chains. The
/// case list's next deadline and officer are derived from the events
/// again; the terms a case keeps (its regulation profile and reviewing
/// office) are recorded in the audit log; the outbox holds only this
/// office's events for the offices a case goes to, without gaps; the
/// office, the routes, the rule data and the settings that carry
/// authority are sealed in the audit log at each change.
#[test]
fn every_table_that_carries_authority_is_under_the_chains() {
    let dir = tempfile::tempdir().unwrap();
    let n = used_store(dir.path());
    let key = n.key();
    let mut st = common::open_store(dir.path());
    st.set_route(&Actor::cli(), 42, Some(7), now()).unwrap();
    drop(st);
    assert_eq!(problems(dir.path()), Vec::<String>::new());
    let outbox = one(dir.path(), "SELECT COUNT(*) FROM outbox");
    assert!(outbox >= 3, "{outbox}");
    let other = one(
        dir.path(),
        &format!("SELECT key FROM cases WHERE key <> {key}"),
    );
    let other = CaseNumber::from_key(other).unwrap();
    for sql in [
        format!("UPDATE cases SET next_due = '2030-01-01' WHERE key = {key}"),
        format!("UPDATE cases SET officer = 'someone' WHERE key = {key}"),
        format!("UPDATE cases SET review_office = 99 WHERE key = {key}"),
        format!(
            "UPDATE cases SET profile_id = 'other' WHERE key = {}",
            other.key()
        ),
        "DELETE FROM outbox WHERE seq = 2".to_string(),
        "UPDATE outbox SET destination = '55' WHERE seq = 1".to_string(),
        "UPDATE settings SET value = 'security\ntax' WHERE key = 'approving_bodies'".to_string(),
        "UPDATE routes SET police_office = 8 WHERE sc_office = 42".to_string(),
        "UPDATE offices SET phone = '+7 700 000 0000' WHERE is_self = 1".to_string(),
        "INSERT INTO settings (key, value) VALUES ('idle_minutes', '100000')".to_string(),
    ] {
        assert_eq!(tamper(dir.path(), &sql), 1, "{sql}");
    }
    let p = problems(dir.path());
    for what in [
        format!("case {n}: its next deadline in the cases table differs from the one its events and rules give (2030-01-01 there"),
        format!("case {n}: its officer in the cases table is not the one who last recorded a step at the reviewing office"),
        format!("case {n}: its regulation profile or reviewing office in the cases table differs from the audit log"),
        format!("case {other}: its regulation profile or reviewing office in the cases table differs from the audit log"),
        "outbox: row 2 is missing (removed outside the program)".to_string(),
        "outbox row 1: case".to_string(),
        "is addressed to 55, not an office the case goes to".to_string(),
        "settings: differs from its last seal in the audit log".to_string(),
        "routes: differs from its last seal in the audit log".to_string(),
        "offices: differs from its last seal in the audit log".to_string(),
    ] {
        assert!(mentions(&p, &what), "{what}\n{p:#?}");
    }
    assert!(!mentions(&p, "rule_data:"), "{p:#?}");
}

/// A calendar imported later moves the next deadline of the cases already
/// open (a holiday added) — and the check counts it the same way.
#[test]
fn an_imported_calendar_moves_the_deadlines_and_the_check_agrees() {
    let dir = tempfile::tempdir().unwrap();
    let n = used_store(dir.path());
    let due = |dir: &Path| -> String {
        common::connect(&dir.join(DB_FILE))
            .query_row(
                &format!("SELECT next_due FROM cases WHERE key = {}", n.key()),
                [],
                |r| r.get(0),
            )
            .unwrap()
    };
    let before = due(dir.path());
    let day = NaiveDate::parse_from_str(&before, "%Y-%m-%d").unwrap();
    // The calendar the program ships, with the deadline's own day a holiday.
    let mut cal: serde_json::Value =
        serde_json::from_str(include_str!("../assets/rules/calendar.json")).unwrap();
    let list = cal["religious_days"]
        .as_array_mut()
        .expect("a list of religious days off");
    for back in 0..6 {
        let off = day - chrono::Duration::days(back);
        list.push(serde_json::json!(off.format("%Y-%m-%d").to_string()));
    }
    let mut st = common::open_store(dir.path());
    st.import_rules(
        &Actor::cli(),
        emigration_desk::store::RuleKind::Calendar,
        &cal.to_string(),
        now(),
    )
    .unwrap();
    drop(st);
    let after = due(dir.path());
    assert!(after > before, "{before} → {after}");
    assert_eq!(problems(dir.path()), Vec::<String>::new());
    // A rule changed with a shell is named.
    tamper(
        dir.path(),
        "UPDATE rule_data SET json = replace(json, '\"known_years\"', ' \"known_years\"') WHERE kind = 'calendar'",
    );
    let p = problems(dir.path());
    assert!(
        mentions(&p, "rule_data: differs from its last seal"),
        "{p:#?}"
    );
}

/// The encoding `chain` seals a head with (see src/store/chain.rs).
fn audit_head_seal(count: i64, last: &str) -> String {
    use sha2::Digest;
    let mut buf = Vec::new();
    let text = |buf: &mut Vec<u8>, t: &str| {
        buf.push(3);
        buf.extend_from_slice(&(t.len() as u64).to_be_bytes());
        buf.extend_from_slice(t.as_bytes());
    };
    text(&mut buf, "chain_head");
    text(&mut buf, "");
    text(&mut buf, "audit_log");
    buf.push(0);
    buf.push(1);
    buf.extend_from_slice(&count.to_be_bytes());
    text(&mut buf, last);
    sha2::Sha256::digest(&buf)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Issue 27, item 7: the audit log's head is kept outside the store, in
/// the key slots file, whenever a command closes the store. Cutting the
/// log's tail and sealing its head again — what a shell with SHA-256 can
/// do — is still named.
#[test]
fn a_cut_audit_log_with_its_head_sealed_again_is_named_by_the_kept_head() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    common::init_office(dir, "state-corporation", "42");
    let run = |args: &[&str]| en(dir, args);
    let o = run(&["case", "import", common::SAMPLE, "--accept"]);
    assert!(o.status.success(), "{}", common::err(&o));
    let o = run(&["db", "check"]);
    assert_eq!(o.status.code(), Some(0), "{}", common::out(&o));
    let slots = std::fs::read_to_string(dir.join("emigration-desk.sqlite3.keys")).unwrap();
    assert!(slots.contains("\"anchor\""), "{slots}");
    // The records after the case's own (the sign-ins, the check: who
    // looked) removed, the head sealed anew.
    let last = one(
        dir,
        "SELECT MAX(id) FROM audit_log WHERE action IN ('case_accept', 'case_terms', 'form_issued')",
    );
    let removed = tamper(dir, &format!("DELETE FROM audit_log WHERE id > {last}"));
    assert!(removed >= 1, "{removed}");
    let count = one(dir, "SELECT COUNT(*) FROM audit_log");
    let conn = common::connect(&dir.join(DB_FILE));
    let hash: String = conn
        .query_row(
            "SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1",
            [],
            |r| r.get(0),
        )
        .unwrap();
    conn.execute(
        "UPDATE chain_heads SET count = ?1, hash = ?2, seal = ?3 WHERE chain = 'audit_log'",
        rusqlite::params![count, hash, audit_head_seal(count, &hash)],
    )
    .unwrap();
    drop(conn);
    // Without the kept head, the log itself looks whole.
    let p: Vec<String> = problems(dir)
        .into_iter()
        .filter(|p| !p.contains("kept in the key slots file"))
        .collect();
    assert_eq!(p, Vec::<String>::new());
    let o = run(&["db", "check"]);
    assert_eq!(o.status.code(), Some(3), "{}", common::out(&o));
    assert!(
        common::out(&o).contains("(kept in the key slots file): rows were removed")
            || common::out(&o).contains("(kept in the key slots file): the log was rewritten"),
        "{}",
        common::out(&o)
    );
}
