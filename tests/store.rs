//! The store on a real SQLite file: write, reopen, read back; migrate from
//! empty; one transaction per change; lock-out; search.

mod common;

use chrono::{Duration, NaiveDateTime};
use common::d;
use emigration_desk::domain::access::Role;
use emigration_desk::domain::case::{EventKind, Status, TransitionError};
use emigration_desk::domain::checklist::{ItemStatus, Requirement};
use emigration_desk::domain::demo::sample_intake;
use emigration_desk::domain::field::Field;
use emigration_desk::domain::ids::Iin;
use emigration_desk::domain::OfficeKind;
use emigration_desk::store::{
    Actor, IntakeOutcome, LoginOutcome, NewUser, Office, RuleKind, Store, StoreError,
};
use std::path::Path;

const LATEST: i64 = emigration_desk::store::schema::MIGRATIONS.len() as i64;

fn now() -> NaiveDateTime {
    d(2026, 11, 25).and_hms_opt(10, 0, 0).unwrap()
}

fn office(kind: OfficeKind) -> Office {
    Office {
        id: "office-1".into(),
        code: 42,
        kind,
        name: "Астана қ. бойынша филиал".into(),
        name_ru: "Филиал".into(),
        number: "3".into(),
        address: "Астана қ., Тұран даңғылы 1".into(),
        address_ru: "г. Астана".into(),
        phone: "+7 7172 00 00 00".into(),
    }
}

fn admin() -> NewUser {
    NewUser {
        login: "admin".into(),
        full_name: "Әкімші".into(),
        role: Role::Administrator,
        password: "correct horse".into(),
    }
}

fn new_store(dir: &Path, kind: OfficeKind) -> Store {
    let mut st = Store::open_dir(dir, None).unwrap();
    st.init(&office(kind), &admin(), now()).unwrap();
    // The office asks one approving body.
    st.set_setting_audited(
        &emigration_desk::store::Actor::cli(),
        "approving_bodies",
        "security",
        chrono::Utc::now().naive_utc(),
    )
    .unwrap();
    st
}

/// The security service's positive conclusion (stage 1).
fn heard(st: &mut Store, who: &Actor, n: &emigration_desk::domain::case::CaseNumber) {
    st.append_event(
        who,
        n,
        EventKind::ConclusionRecorded {
            conclusion: emigration_desk::domain::case::Conclusion {
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
}

fn clerk() -> Actor {
    common::actor("clerk1", Role::Clerk)
}

fn count(st: &Store, sql: &str) -> i64 {
    st.raw().query_row(sql, [], |r| r.get(0)).unwrap()
}

#[test]
fn migrates_from_empty_with_the_safe_pragmas() {
    let dir = tempfile::tempdir().unwrap();
    let mut st = Store::open_dir(dir.path(), None).unwrap();
    assert_eq!(st.schema_version().unwrap(), LATEST);
    let mode: String = st
        .raw()
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
    assert_eq!(count(&st, "PRAGMA synchronous"), 2, "FULL");
    assert_eq!(count(&st, "PRAGMA foreign_keys"), 1);
    assert!(st.integrity_check().unwrap().is_empty());
    assert!(matches!(st.self_office(), Err(StoreError::NotInitialised)));
    drop(st);
    // Reopening an up-to-date file changes nothing.
    let st = Store::open_dir(dir.path(), None).unwrap();
    assert_eq!(st.schema_version().unwrap(), LATEST);
}

/// A file at schema 3 with a case, its events and outbox rows comes through
/// migration 4 (the event log rebuilt as a rowid table) with every event
/// and every reference intact.
#[test]
fn migration_4_keeps_the_event_log_and_its_references() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("emigration-desk.sqlite3");
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch("PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON;")
            .unwrap();
        for (i, sql) in emigration_desk::store::schema::MIGRATIONS[..3]
            .iter()
            .enumerate()
        {
            conn.execute_batch(sql).unwrap();
            conn.pragma_update(None, "user_version", i as i64 + 1)
                .unwrap();
        }
        conn.execute_batch(
            "INSERT INTO cases (key, id, number, office_kind, status, iin, surname, given_name,
                                patronymic, name_key, doc_lang, profile_id, opened_on,
                                missing_count, last_seq, updated_at)
             VALUES (420026000001, 'c1', '0042-2026-000001-0', 'state_corporation',
                     'under_review', '900101300017', 'Тестов', 'Тест', '', 'тестов тест',
                     'kk', 'p', '2026-11-25', 0, 2, '2026-11-25T10:00:00');
             INSERT INTO case_events VALUES
                (420026000001, 1, 'e1', 'intake_opened', '2026-11-25T10:00:00', 'clerk1', 42, '{\"a\":1}'),
                (420026000001, 2, 'e2', 'accepted', '2026-11-25T10:00:00', 'clerk1', 42, '{\"b\":2}');
             INSERT INTO outbox (case_key, event_seq, created_at) VALUES
                (420026000001, 1, '2026-11-25T10:00:00'), (420026000001, 2, '2026-11-25T10:00:00');",
        )
        .unwrap();
    }
    let mut st = Store::open(&path).unwrap();
    assert_eq!(st.schema_version().unwrap(), LATEST);
    let sql: String = st
        .raw()
        .query_row(
            "SELECT sql FROM sqlite_schema WHERE name = 'case_events'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(!sql.contains("WITHOUT ROWID"), "{sql}");
    let events: Vec<(i64, String, String)> = st
        .raw()
        .prepare(
            "SELECT seq, id, payload FROM case_events WHERE case_key = 420026000001 ORDER BY seq",
        )
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .map(|r| r.unwrap())
        .collect();
    assert_eq!(
        events,
        vec![
            (1, "e1".to_string(), r#"{"a":1}"#.to_string()),
            (2, "e2".to_string(), r#"{"b":2}"#.to_string())
        ]
    );
    // The file is sound (these made-up events do not fold into a case, which
    // the check rightly reports; nothing else may be wrong).
    let problems = st.integrity_check().unwrap();
    assert!(
        problems
            .iter()
            .all(|p| p.starts_with("case 0042-0026-000001")
                || p.starts_with("cases row 420026000001")),
        "{problems:?}"
    );
    assert_eq!(count(&st, "PRAGMA foreign_keys"), 1, "keys back on");
    // The outbox still refers to the rebuilt log: an orphan is refused.
    assert!(st
        .raw()
        .execute(
            "INSERT INTO outbox (case_key, event_seq, created_at) VALUES (420026000001, 9, 'x')",
            []
        )
        .is_err());
}

#[test]
fn a_file_from_a_newer_version_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    drop(Store::open_dir(dir.path(), None).unwrap());
    let conn = rusqlite::Connection::open(dir.path().join("emigration-desk.sqlite3")).unwrap();
    conn.pragma_update(None, "user_version", 99).unwrap();
    drop(conn);
    assert!(matches!(
        Store::open_dir(dir.path(), None),
        Err(StoreError::SchemaTooNew {
            found: 99,
            known: LATEST
        })
    ));
}

#[test]
fn init_once_and_read_back_after_reopen() {
    let dir = tempfile::tempdir().unwrap();
    let mut st = new_store(dir.path(), OfficeKind::StateCorporation);
    assert!(matches!(
        st.init(&office(OfficeKind::StateCorporation), &admin(), now()),
        Err(StoreError::AlreadyInitialised)
    ));
    drop(st);
    let st = Store::open_dir(dir.path(), None).unwrap();
    assert_eq!(
        st.self_office().unwrap(),
        office(OfficeKind::StateCorporation)
    );
    let users = st.users().unwrap();
    assert_eq!(users.len(), 1);
    assert_eq!(users[0].role, Role::Administrator);
    let hash: String = st
        .raw()
        .query_row("SELECT password_hash FROM users", [], |r| r.get(0))
        .unwrap();
    assert!(hash.starts_with("$argon2id$"), "{hash}");
}

#[test]
fn a_full_intake_is_written_whole_and_reads_back_after_reopen() {
    let dir = tempfile::tempdir().unwrap();
    let mut st = new_store(dir.path(), OfficeKind::StateCorporation);
    let rec = st
        .commit_intake(
            &clerk(),
            &sample_intake(),
            IntakeOutcome::Accept,
            d(2026, 11, 25),
            now(),
        )
        .unwrap();
    assert_eq!(rec.summary.status, Status::UnderReview);
    assert_eq!(rec.state.come_back_on, Some(d(2026, 12, 17)));
    let number = rec.summary.number;
    assert_eq!(number.to_string(), "0042-2026-000001-3");
    drop(st);

    let mut st = Store::open_dir(dir.path(), None).unwrap();
    assert_eq!(count(&st, "SELECT COUNT(*) FROM cases"), 1);
    assert_eq!(count(&st, "SELECT COUNT(*) FROM case_events"), 2);
    assert_eq!(count(&st, "SELECT COUNT(*) FROM case_children"), 3);
    assert_eq!(count(&st, "SELECT json_array_length(payload, '$.intake.relatives') FROM case_events WHERE seq = 1"), 6);
    assert_eq!(count(&st, "SELECT json_array_length(payload, '$.intake.activities') FROM case_events WHERE seq = 1"), 5);
    assert_eq!(
        count(
            &st,
            "SELECT json_array_length(payload, '$.checklist.items') FROM case_events WHERE seq = 2"
        ),
        rec.checklist.items.len() as i64
    );
    assert_eq!(count(&st, "SELECT missing_count FROM cases"), 0);
    // One outbox row per event, in order, gapless.
    assert_eq!(count(&st, "SELECT COUNT(*) FROM outbox"), 2);
    assert_eq!(count(&st, "SELECT MAX(seq) FROM outbox"), 2);
    let kind: String = st
        .raw()
        .query_row("SELECT e.type FROM outbox o JOIN case_events e ON e.case_key = o.case_key AND e.seq = o.event_seq WHERE o.seq = 2", [], |r| r.get(0))
        .unwrap();
    assert_eq!(kind, "accepted");

    let shown = st
        .view_case(&clerk(), &number, d(2026, 11, 26), now())
        .unwrap();
    assert_eq!(shown.state, rec.state);
    assert_eq!(shown.events, rec.events);
    assert!(shown.checklist.is_complete());
    let audit = st.audit_entries(Some(&rec.summary.number), 10).unwrap();
    let actions: Vec<&str> = audit.iter().map(|a| a.action.as_str()).collect();
    assert_eq!(
        actions,
        vec!["case_view", "case_terms", "case_accept"],
        "viewing a case is audited (after its acceptance and the terms it keeps)"
    );
    assert!(audit.iter().all(|a| a.actor == "clerk1"));
}

#[test]
fn a_refused_transition_leaves_nothing_behind() {
    let dir = tempfile::tempdir().unwrap();
    let mut st = new_store(dir.path(), OfficeKind::MigrationPolice);
    // At a police office nothing comes from the information system: the
    // sample misses its identity documents there.
    let err = st
        .commit_intake(
            &clerk(),
            &sample_intake(),
            IntakeOutcome::Accept,
            d(2026, 11, 25),
            now(),
        )
        .unwrap_err();
    assert!(matches!(
        err,
        StoreError::Transition(TransitionError::IncompletePackage)
    ));
    for table in ["cases", "case_events", "case_children", "outbox"] {
        assert_eq!(
            count(&st, &format!("SELECT COUNT(*) FROM {table}")),
            0,
            "{table}"
        );
    }
    assert_eq!(
        count(
            &st,
            "SELECT COUNT(*) FROM audit_log WHERE case_key IS NOT NULL"
        ),
        0
    );
    // The same package refused at intake names what is missing (Annex 5).
    let rec = st
        .commit_intake(
            &clerk(),
            &sample_intake(),
            IntakeOutcome::RefuseIncomplete,
            d(2026, 11, 25),
            now(),
        )
        .unwrap();
    assert_eq!(rec.summary.status, Status::RefusedAtIntake);
    let missing: Vec<Requirement> = rec
        .state
        .missing_at_intake
        .iter()
        .map(|i| i.requirement)
        .collect();
    assert!(missing.contains(&Requirement::IdentityCard));
    assert!(missing.contains(&Requirement::Passport));
    assert!(missing.contains(&Requirement::FeeReceipt));
    // The number sequence did not skip for the failed attempt.
    assert_eq!(rec.summary.number.seq, 1);
}

#[test]
fn invalid_questionnaires_are_not_stored() {
    let dir = tempfile::tempdir().unwrap();
    let mut st = new_store(dir.path(), OfficeKind::StateCorporation);
    let mut i = sample_intake();
    i.applicant.iin = "850115300002".into();
    let err = st
        .commit_intake(&clerk(), &i, IntakeOutcome::Open, d(2026, 11, 25), now())
        .unwrap_err();
    let StoreError::Invalid(v) = err else {
        panic!("{err:?}")
    };
    assert_eq!(v.errors[0].field, Field::Iin);
    assert_eq!(count(&st, "SELECT COUNT(*) FROM cases"), 0);
}

#[test]
fn events_append_with_checked_transitions() {
    let dir = tempfile::tempdir().unwrap();
    let mut st = new_store(dir.path(), OfficeKind::MigrationPolice);
    let rec = st
        .commit_intake(
            &clerk(),
            &emigration_desk::domain::demo::with_papers(sample_intake()),
            IntakeOutcome::Accept,
            d(2026, 11, 25),
            now(),
        )
        .unwrap();
    let n = rec.summary.number;
    let officer = Actor {
        name: "officer1".into(),
        user_id: None,
        role: Some(Role::Officer),
    };
    let err = st
        .append_event(
            &officer,
            &n,
            EventKind::DecisionIssued { on: d(2026, 12, 1) },
            d(2026, 12, 1),
            now(),
        )
        .unwrap_err();
    assert!(matches!(
        err,
        StoreError::Transition(TransitionError::NotAllowed { .. })
    ));
    assert_eq!(count(&st, "SELECT COUNT(*) FROM case_events"), 2);
    assert_eq!(count(&st, "SELECT COUNT(*) FROM outbox"), 2);

    // No approval before the approving body's conclusion (para 9 stage 1).
    let approve = EventKind::Approved {
        on: d(2026, 12, 15),
        valid_until: d(2026, 12, 22),
    };
    let err = st
        .append_event(&officer, &n, approve, d(2026, 12, 15), now())
        .unwrap_err();
    assert!(
        matches!(
            &err,
            StoreError::Transition(TransitionError::ConclusionsMissing(b)) if b == &["security"]
        ),
        "{err:?}"
    );
    assert_eq!(count(&st, "SELECT COUNT(*) FROM case_events"), 2);
    heard(&mut st, &officer, &n);
    let rec = st
        .append_event(
            &officer,
            &n,
            EventKind::Approved {
                on: d(2026, 12, 15),
                valid_until: d(2026, 12, 22),
            },
            d(2026, 12, 15),
            now(),
        )
        .unwrap();
    assert_eq!(rec.summary.status, Status::Approved);
    assert_eq!(rec.summary.next_due, Some(d(2026, 12, 22)));
    let status: String = st
        .raw()
        .query_row("SELECT status FROM cases", [], |r| r.get(0))
        .unwrap();
    assert_eq!(status, "approved");
    assert_eq!(count(&st, "SELECT MAX(seq) FROM outbox"), 4);
    let due: String = st
        .raw()
        .query_row("SELECT next_due FROM cases", [], |r| r.get(0))
        .unwrap();
    assert_eq!(due, "2026-12-22");
}

#[test]
fn three_failed_logins_lock_the_account_for_fifteen_minutes() {
    let dir = tempfile::tempdir().unwrap();
    let mut st = new_store(dir.path(), OfficeKind::StateCorporation);
    let t0 = now();
    assert_eq!(
        st.login("admin", "wrong", t0).unwrap(),
        LoginOutcome::Wrong { attempts_left: 2 }
    );
    assert_eq!(
        st.login("admin", "wrong", t0).unwrap(),
        LoginOutcome::Wrong { attempts_left: 1 }
    );
    let until = t0 + Duration::minutes(15);
    assert_eq!(
        st.login("admin", "wrong", t0).unwrap(),
        LoginOutcome::Locked { until }
    );
    // Even the right password is refused while locked, and survives a restart.
    drop(st);
    let mut st = Store::open_dir(dir.path(), None).unwrap();
    assert_eq!(
        st.login("admin", "correct horse", t0 + Duration::minutes(14))
            .unwrap(),
        LoginOutcome::Locked { until }
    );
    assert!(
        matches!(st.login("admin", "correct horse", until).unwrap(), LoginOutcome::Ok(u) if u.login == "admin")
    );
    assert!(matches!(
        st.login("nobody", "x", until).unwrap(),
        LoginOutcome::Wrong { .. }
    ));
    let actions: Vec<String> = st
        .audit_entries(None, 20)
        .unwrap()
        .into_iter()
        .map(|a| a.action)
        .collect();
    assert!(actions.contains(&"login_lock".to_string()));
    assert!(actions.contains(&"login_unknown".to_string()));
}

#[test]
fn only_administrators_manage_users() {
    let dir = tempfile::tempdir().unwrap();
    let mut st = new_store(dir.path(), OfficeKind::StateCorporation);
    let u = NewUser {
        login: "clerk1".into(),
        full_name: "Clerk".into(),
        role: Role::Clerk,
        password: "password1".into(),
    };
    assert!(matches!(
        st.create_user(&clerk(), &u, now()),
        Err(StoreError::Forbidden(_))
    ));
    let admin = Actor {
        name: "admin".into(),
        user_id: Some(1),
        role: Some(Role::Administrator),
    };
    st.create_user(&admin, &u, now()).unwrap();
    assert!(matches!(
        st.create_user(&admin, &u, now()),
        Err(StoreError::LoginTaken(_))
    ));
    let short = NewUser {
        login: "c2".into(),
        password: "short".into(),
        ..u
    };
    assert!(matches!(
        st.create_user(&admin, &short, now()),
        Err(StoreError::Password(_))
    ));
}

#[test]
fn search_by_number_iin_child_iin_and_cyrillic_name_prefix() {
    let dir = tempfile::tempdir().unwrap();
    let mut st = new_store(dir.path(), OfficeKind::StateCorporation);
    let rec = st
        .commit_intake(
            &clerk(),
            &sample_intake(),
            IntakeOutcome::Open,
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

    assert_eq!(
        st.search(&rec.summary.number.to_string(), 0, 20)
            .unwrap()
            .rows
            .len(),
        1
    );
    assert_eq!(
        st.search(&rec.summary.number.digits(), 0, 20)
            .unwrap()
            .rows
            .len(),
        1
    );
    assert_eq!(
        st.find_by_iin(&Iin::parse("850115300001").unwrap())
            .unwrap()
            .len(),
        1
    );
    // A child's IIN finds the case too.
    assert_eq!(
        st.search("110302500017", 0, 20).unwrap().rows[0].number,
        rec.summary.number
    );
    for q in ["сейт", "СЕЙТҚАЛИ", "Сейтқали ерж", "  сейтқали   ержан "]
    {
        let rows = st.search(q, 0, 20).unwrap().rows;
        assert_eq!(rows.len(), 1, "{q}");
        assert_eq!(rows[0].number, rec.summary.number);
    }
    assert_eq!(
        st.search("ӘБД", 0, 20).unwrap().rows[0].full_name,
        "Әбдіров Ержан Бақытжанұлы"
    );
    assert!(
        st.search("сейтк", 0, 20).unwrap().rows.is_empty(),
        "Қ is not К"
    );
    let page = st.search("", 0, 1).unwrap();
    assert_eq!((page.rows.len(), page.more), (1, true));
}

#[test]
fn an_administrator_adds_the_2020_rules_without_code() {
    let dir = tempfile::tempdir().unwrap();
    let mut st = new_store(dir.path(), OfficeKind::StateCorporation);
    let before = st
        .commit_intake(
            &clerk(),
            &sample_intake(),
            IntakeOutcome::Accept,
            d(2026, 11, 25),
            now(),
        )
        .unwrap();
    assert_eq!(before.profile_id, "standard-254");
    let json = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/docs/examples/profile-2020.json"
    ))
    .unwrap();
    assert!(matches!(
        st.import_rules(&clerk(), RuleKind::Profile, &json, now()),
        Err(StoreError::Forbidden(_))
    ));
    st.import_rules(&Actor::cli(), RuleKind::Profile, &json, now())
        .unwrap();
    drop(st);
    let mut st = Store::open_dir(dir.path(), None).unwrap();
    let after = st
        .commit_intake(
            &clerk(),
            &sample_intake(),
            IntakeOutcome::Accept,
            d(2026, 11, 25),
            now(),
        )
        .unwrap();
    assert_eq!(after.profile_id, "rules-259-2020");
    assert_eq!(after.state.come_back_on, Some(d(2026, 12, 24)));
    // The earlier case keeps the rules it was accepted under.
    let again = st
        .view_case(&clerk(), &before.summary.number, d(2026, 11, 25), now())
        .unwrap();
    assert_eq!(again.profile_id, "standard-254");
    assert_eq!(again.deadlines[0].due, d(2026, 12, 17));
    // A broken profile is refused with the reason.
    assert!(matches!(
        st.import_rules(&Actor::cli(), RuleKind::Profile, "{\"id\": 1}", now()),
        Err(StoreError::Rules(_))
    ));
}

#[test]
fn the_checklist_is_kept_as_accepted_and_counted_while_open() {
    let dir = tempfile::tempdir().unwrap();
    let mut st = new_store(dir.path(), OfficeKind::StateCorporation);
    let rec = st
        .commit_intake(
            &clerk(),
            &sample_intake(),
            IntakeOutcome::Accept,
            d(2026, 11, 25),
            now(),
        )
        .unwrap();
    let from_is = rec
        .checklist
        .items
        .iter()
        .filter(|i| i.status == ItemStatus::InformationSystem)
        .count() as i64;
    assert!(from_is >= 5);
    let stored = count(
        &st,
        "SELECT COUNT(*) FROM case_events e, json_each(e.payload, '$.checklist.items') j
         WHERE json_extract(j.value, '$.status') = 'information_system'",
    );
    assert_eq!(stored, from_is);
    let mut incomplete = sample_intake();
    incomplete.fee = None;
    incomplete.documents.clear();
    st.commit_intake(
        &clerk(),
        &incomplete,
        IntakeOutcome::Open,
        d(2026, 11, 25),
        now(),
    )
    .unwrap();
    assert_eq!(count(&st, "SELECT MAX(missing_count) FROM cases"), 3);
}

#[test]
fn workstation_settings_persist() {
    let dir = tempfile::tempdir().unwrap();
    let mut st = new_store(dir.path(), OfficeKind::StateCorporation);
    assert_eq!(st.setting("ui_lang").unwrap(), None);
    st.set_setting("ui_lang", "kk").unwrap();
    st.set_setting("ui_lang", "ru").unwrap();
    drop(st);
    let st = Store::open_dir(dir.path(), None).unwrap();
    assert_eq!(st.setting("ui_lang").unwrap().as_deref(), Some("ru"));
}

#[test]
fn roles_decide_who_records_what() {
    // At a State Corporation department nobody records the review: it is
    // the migration police office's.
    let sc_dir = tempfile::tempdir().unwrap();
    let mut sc = new_store(sc_dir.path(), OfficeKind::StateCorporation);
    let at_sc = sc
        .commit_intake(
            &clerk(),
            &sample_intake(),
            IntakeOutcome::Accept,
            d(2026, 11, 25),
            now(),
        )
        .unwrap();
    for role in [Role::Officer, Role::Supervisor, Role::Administrator] {
        let who = Actor {
            name: "someone".into(),
            user_id: None,
            role: Some(role),
        };
        let err = sc
            .append_event(
                &who,
                &at_sc.summary.number,
                EventKind::ConclusionRecorded {
                    conclusion: serde_json::from_value(serde_json::json!({
                        "body": "security", "positive": true,
                        "on": "2026-12-10", "reference": "1",
                    }))
                    .unwrap(),
                },
                d(2026, 12, 10),
                now(),
            )
            .unwrap_err();
        assert!(
            matches!(
                err,
                StoreError::NotAtThisOffice(OfficeKind::StateCorporation)
            ),
            "{role:?}: {err:?}"
        );
    }

    let dir = tempfile::tempdir().unwrap();
    let mut st = new_store(dir.path(), OfficeKind::MigrationPolice);
    let rec = st
        .commit_intake(
            &clerk(),
            &emigration_desk::domain::demo::with_papers(sample_intake()),
            IntakeOutcome::Accept,
            d(2026, 11, 25),
            now(),
        )
        .unwrap();
    let approve = EventKind::Approved {
        on: d(2026, 12, 15),
        valid_until: d(2026, 12, 22),
    };
    let err = st
        .append_event(
            &clerk(),
            &rec.summary.number,
            approve.clone(),
            d(2026, 12, 15),
            now(),
        )
        .unwrap_err();
    assert!(matches!(err, StoreError::NotPermitted("clerk")));
    let officer = Actor {
        name: "officer1".into(),
        user_id: None,
        role: Some(Role::Officer),
    };
    heard(&mut st, &officer, &rec.summary.number);
    st.append_event(
        &officer,
        &rec.summary.number,
        approve,
        d(2026, 12, 15),
        now(),
    )
    .unwrap();
    // The clerk records the deregistration papers at the counter.
    st.append_event(
        &clerk(),
        &rec.summary.number,
        EventKind::NotLiableForMilitary {
            on: d(2026, 12, 16),
        },
        d(2026, 12, 16),
        now(),
    )
    .unwrap();
}

#[test]
fn complaints_are_numbered_due_on_working_days_and_answered_once_by_a_supervisor() {
    use emigration_desk::domain::complaint::{About, Addressee, Complainant, NewComplaint};
    let dir = tempfile::tempdir().unwrap();
    let mut st = new_store(dir.path(), OfficeKind::StateCorporation);
    let person = NewComplaint {
        complainant: Complainant::Person {
            full_name: "Сейтқали Ержан".into(),
            iin: "850115300001".into(),
            address: "Астана қ., Тұран 5".into(),
        },
        about: About::StateCorporationEmployee,
        addressee: Addressee::HeadOfStateCorporation,
        text: "Кезекте 40 минут күттім".into(),
        case_number: None,
    };
    // Tuesday 15 December 2026; 16 December (Independence Day) is a holiday:
    // 17, 18, 21, 22, 23 December are the five working days.
    let on = d(2026, 12, 15);
    let a = st
        .register_complaint(&clerk(), "Clerk One", &person, on, now())
        .unwrap();
    assert_eq!(a.number, "0042-2026-00001");
    assert_eq!(a.due_on, d(2026, 12, 23));
    assert_eq!(a.accepted_by, "Clerk One");
    let entity = NewComplaint {
        complainant: Complainant::Entity {
            name: "ЖШС Синтетика".into(),
            bin: "120440001115".into(),
            address: "Алматы қ., Абай 1".into(),
            outgoing_number: "17/204".into(),
            outgoing_date: Some(d(2026, 12, 14)),
        },
        about: About::ProviderOfficial,
        addressee: Addressee::QualityAuthority,
        text: "Жауап берілмеді".into(),
        case_number: None,
    };
    let b = st
        .register_complaint(&clerk(), "Clerk One", &entity, on, now())
        .unwrap();
    assert_eq!(b.number, "0042-2026-00002");
    assert!(
        b.due_on > a.due_on,
        "15 working days at the quality authority"
    );
    // An entity without its outgoing number is refused, nothing stored.
    let mut bad = entity.clone();
    if let Complainant::Entity {
        outgoing_number, ..
    } = &mut bad.complainant
    {
        outgoing_number.clear();
    }
    assert!(st
        .register_complaint(&clerk(), "Clerk One", &bad, on, now())
        .is_err());
    assert_eq!(count(&st, "SELECT COUNT(*) FROM complaints"), 2);

    // A clerk may not answer; a supervisor may, once.
    assert!(matches!(
        st.answer_complaint(&clerk(), a.id, "Answer", "post", d(2026, 12, 18), now()),
        Err(StoreError::Forbidden(_))
    ));
    let boss = Actor {
        name: "boss".into(),
        user_id: None,
        role: Some(Role::Supervisor),
    };
    let answered = st
        .answer_complaint(&boss, a.id, "Жауап берілді", "post", d(2026, 12, 18), now())
        .unwrap();
    assert_eq!(answered.answered_on, Some(d(2026, 12, 18)));
    assert!(!answered.is_overdue(d(2027, 1, 10)));
    assert!(st
        .answer_complaint(&boss, a.id, "again", "post", d(2026, 12, 19), now())
        .is_err());
    // Unanswered first in the register; the second turns overdue after its day.
    let list = st.complaints(10).unwrap();
    assert_eq!(list[0].id, b.id);
    assert!(!list[0].is_overdue(b.due_on));
    assert!(list[0].is_overdue(b.due_on.succ_opt().unwrap()));
    assert_eq!(
        count(
            &st,
            "SELECT COUNT(*) FROM audit_log WHERE action LIKE 'complaint_%'"
        ),
        3
    );
    drop(st);
    let st = Store::open_dir(dir.path(), None).unwrap();
    assert_eq!(st.complaints(10).unwrap().len(), 2);
}

#[test]
fn visit_stats_count_served_visits_within_both_limits_per_day_and_counter() {
    let dir = tempfile::tempdir().unwrap();
    let mut st = new_store(dir.path(), OfficeKind::StateCorporation);
    let at = |day: u32, h: u32, m: u32| d(2026, 11, day).and_hms_opt(h, m, 0).unwrap();
    let serve = |st: &mut Store,
                 day: u32,
                 issued: (u32, u32),
                 called: (u32, u32),
                 ended: (u32, u32),
                 outcome: &str| {
        let v = st
            .issue_ticket(
                &clerk(),
                "A1",
                at(day, issued.0, issued.1),
                at(day, issued.0, issued.1),
            )
            .unwrap();
        st.call_visit(&clerk(), v.id, at(day, called.0, called.1), None)
            .unwrap();
        st.end_visit(&clerk(), v.id, at(day, ended.0, ended.1), outcome, None)
            .unwrap();
    };
    st.set_setting_audited(
        &emigration_desk::store::Actor::cli(),
        "counter",
        "2",
        chrono::Utc::now().naive_utc(),
    )
    .unwrap();
    // Exactly 15 minutes of wait and of service is within the limit.
    serve(&mut st, 24, (9, 0), (9, 15), (9, 30), "served");
    // 16 minutes of wait is not.
    serve(&mut st, 24, (9, 0), (9, 16), (9, 20), "served");
    // A no-show was never served: not counted.
    serve(&mut st, 24, (9, 0), (9, 40), (9, 41), "no_show");
    // The next day, and a day outside the range.
    serve(&mut st, 25, (9, 0), (9, 1), (9, 2), "served");
    serve(&mut st, 10, (9, 0), (9, 1), (9, 2), "served");
    // A visit still being served is left out.
    let open = st
        .issue_ticket(&clerk(), "A9", at(25, 11, 0), at(25, 11, 0))
        .unwrap();
    st.call_visit(&clerk(), open.id, at(25, 11, 1), None)
        .unwrap();
    let stats = st
        .visit_stats(d(2026, 11, 12), d(2026, 11, 25), 15, 15)
        .unwrap();
    let got: Vec<_> = stats
        .iter()
        .map(|s| (s.day, s.counter.as_str(), s.served, s.within, s.percent()))
        .collect();
    assert_eq!(
        got,
        vec![
            (d(2026, 11, 25), "2", 1, 1, 100),
            (d(2026, 11, 24), "2", 2, 1, 50),
        ]
    );
}

#[test]
fn a_home_visit_closes_once_on_the_requesters_case_only() {
    use emigration_desk::domain::home_visit::NewHomeVisit;
    let dir = tempfile::tempdir().unwrap();
    let mut st = new_store(dir.path(), OfficeKind::StateCorporation);
    let today = d(2026, 11, 25);
    let rec = st
        .commit_intake(
            &clerk(),
            &sample_intake(),
            IntakeOutcome::Accept,
            today,
            now(),
        )
        .unwrap();
    let n = rec.summary.number;
    let req = |iin: &str| NewHomeVisit {
        full_name: "Сейтқали Ержан".into(),
        iin: iin.into(),
        phone: "+7 701 000 00 00".into(),
        address: "Астана қ., Тұран 5".into(),
        reason: "I топтағы мүгедектік".into(),
    };
    let mut bad = req("850115300001");
    bad.reason.clear();
    assert!(matches!(
        st.request_home_visit(&clerk(), &bad, today, now()),
        Err(StoreError::Conflict("home-visit-invalid"))
    ));
    let mine = st
        .request_home_visit(&clerk(), &req("850115300001"), today, now())
        .unwrap();
    assert_eq!(mine.number, "0042-2026-H0001");
    // Not done before it is scheduled.
    assert!(matches!(
        st.home_visit_done(&clerk(), mine.id, &n, today, now()),
        Err(StoreError::Conflict("home-visit-unscheduled"))
    ));
    st.schedule_home_visit(&clerk(), mine.id, d(2026, 11, 27), today, now())
        .unwrap();
    // Another person's request cannot close on this case.
    let other_iin = {
        let mut digits: Vec<u8> = b"85011530000".iter().map(|c| c - b'0').collect();
        digits[10] = 2;
        let arr: [u8; 12] = {
            let mut a = [0u8; 12];
            a[..11].copy_from_slice(&digits);
            a[11] = emigration_desk::domain::ids::check_digit(&a).unwrap();
            a
        };
        arr.iter().map(|d| char::from(b'0' + d)).collect::<String>()
    };
    let other = st
        .request_home_visit(&clerk(), &req(&other_iin), today, now())
        .unwrap();
    st.schedule_home_visit(&clerk(), other.id, d(2026, 11, 27), today, now())
        .unwrap();
    assert!(matches!(
        st.home_visit_done(&clerk(), other.id, &n, d(2026, 11, 27), now()),
        Err(StoreError::Conflict("home-visit-other-person"))
    ));
    let done = st
        .home_visit_done(&clerk(), mine.id, &n, d(2026, 11, 27), now())
        .unwrap();
    assert_eq!(done.done_on, Some(d(2026, 11, 27)));
    assert_eq!(done.case, Some(n));
    // Twice is refused, and the case carries exactly one flag.
    assert!(st
        .home_visit_done(&clerk(), mine.id, &n, d(2026, 11, 27), now())
        .is_err());
    let case = st.view_case(&clerk(), &n, d(2026, 11, 27), now()).unwrap();
    assert_eq!(
        case.state.taken_at_home,
        Some((d(2026, 11, 27), "0042-2026-H0001".to_string()))
    );
    assert_eq!(
        count(
            &st,
            "SELECT COUNT(*) FROM case_events WHERE type = 'taken_at_home'"
        ),
        1
    );
}

/// Many programs opening a new or older store at once: each waits for the
/// write lock and finds the migrations done, none fails with "table
/// already exists".
#[test]
fn concurrent_first_opens_migrate_once() {
    for round in 0..5 {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("emigration-desk.sqlite3");
        let start = std::sync::Arc::new(std::sync::Barrier::new(8));
        let handles: Vec<_> = (0..8)
            .map(|_| {
                let (path, start) = (path.clone(), start.clone());
                std::thread::spawn(move || {
                    start.wait();
                    Store::open(&path).map(|st| st.schema_version().unwrap())
                })
            })
            .collect();
        for h in handles {
            let v = h.join().unwrap();
            assert_eq!(
                v.as_ref().ok().copied(),
                Some(emigration_desk::store::schema::MIGRATIONS.len() as i64),
                "round {round}: {v:?}"
            );
        }
    }
}

/// The contact centre's queue (issue 31): a case is due once it is
/// submitted (an open intake has no record), once per change however many
/// events; a row goes only if the case did not change since it was read;
/// the record opens with the number and IIN and says what the case page
/// says.
#[test]
fn the_status_queue_follows_the_event_log_and_drops_only_what_was_published() {
    use emigration_desk::domain::public_status::{self, Sealer, Stage};
    let dir = tempfile::tempdir().unwrap();
    let mut st = new_store(dir.path(), OfficeKind::StateCorporation);
    let secret = public_status::parse_secret("00112233445566778899aabbccddeeff").unwrap();
    let intake = sample_intake();
    let open = st
        .commit_intake(
            &clerk(),
            &intake,
            IntakeOutcome::Open,
            d(2026, 11, 25),
            now(),
        )
        .unwrap()
        .summary
        .number;
    // Queued by its event, but no record while the intake is open.
    let batch = st.status_batch(&secret, 10).unwrap();
    assert_eq!(batch.len(), 1);
    assert!(batch[0].record.is_none() && batch[0].key.is_none());
    let done: Vec<_> = batch
        .iter()
        .map(|b| (b.case_key, b.gen, b.key.clone()))
        .collect();
    st.status_published(&done).unwrap();
    assert_eq!(st.status_due().unwrap(), 0);

    let n = st
        .commit_intake(
            &clerk(),
            &intake,
            IntakeOutcome::Accept,
            d(2026, 11, 25),
            now(),
        )
        .unwrap()
        .summary
        .number;
    assert_ne!(n, open);
    let batch = st.status_batch(&secret, 10).unwrap();
    assert_eq!(batch.len(), 1, "one row per case, however many events");
    let item = &batch[0];
    let record = item.record.clone().unwrap();
    assert_eq!(record.stage, Stage::UnderReview);
    assert_eq!(record.case, n.to_string());
    assert_eq!(
        item.key.as_deref(),
        Some(public_status::key_for(&secret, &n, &intake.applicant.iin).as_str())
    );
    let sealer = Sealer::for_pair(&secret, &n, &intake.applicant.iin);
    assert_eq!(item.sealer.as_ref(), Some(&sealer));
    let sealed = sealer.seal(&record).unwrap();
    assert_eq!(sealer.open(&sealed), Some(record.clone()));
    // The case changes before the published row is dropped: it stays due.
    let first = st.case_event_ids(&n).unwrap()[0].clone();
    st.append_event(
        &common::actor("boss", Role::Supervisor),
        &n,
        EventKind::Corrected {
            refers_to: first.parse().unwrap(),
            note: "the date of birth was typed wrong".into(),
        },
        d(2026, 11, 26),
        now(),
    )
    .unwrap();
    assert_ne!(st.status_batch(&secret, 10).unwrap()[0].gen, item.gen);
    st.status_published(&[(item.case_key, item.gen, item.key.clone())])
        .unwrap();
    assert_eq!(st.status_due().unwrap(), 1, "the newer change is still due");
    let now_due = st.status_batch(&secret, 10).unwrap();
    assert_eq!(
        now_due[0].record.as_ref().unwrap().events,
        record.events + 1
    );
    let done: Vec<_> = now_due
        .iter()
        .map(|b| (b.case_key, b.gen, b.key.clone()))
        .collect();
    st.status_published(&done).unwrap();
    assert_eq!(st.status_due().unwrap(), 0);
}
