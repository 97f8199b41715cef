//! The application layer on a real store: forms print only where they
//! exist, an intake is accepted exactly once, a failed receipt leaves the
//! case accepted and printable, a late draft save never brings back an
//! accepted draft, and papers stay with their person when a row goes.

mod common;

use common::d;
#[path = "common/pair.rs"]
mod pair;

use chrono::{NaiveDate, NaiveDateTime};
use emigration_desk::desk::{self, DeskError, Now, Step, Who};
use emigration_desk::domain::access::Role;
use emigration_desk::domain::case::{CaseNumber, Recipient, RefusalGround, Status};
use emigration_desk::domain::checklist::{Requirement, Subject, Via};
use emigration_desk::domain::demo::sample_intake;
use emigration_desk::domain::forms::Annex;
use emigration_desk::domain::intake::{Intake, Presented};
use emigration_desk::domain::{DocLang, OfficeKind};
use emigration_desk::store::{Actor, DraftSaved, IntakeOutcome, NewUser, Store, StoreError};
use std::path::Path;

fn on(day: NaiveDate) -> Now {
    let utc: NaiveDateTime = day.and_hms_opt(5, 0, 0).unwrap();
    emigration_desk::clock::Clock {
        offset: emigration_desk::clock::parse_zone("+05:00").unwrap(),
        fixed_today: Some(day),
    }
    .at(utc)
}

fn store(dir: &Path) -> Store {
    store_of(dir, OfficeKind::StateCorporation)
}

/// A store of office 42 of `kind`, with a clerk and an officer.
fn store_of(dir: &Path, kind: OfficeKind) -> Store {
    let mut st = Store::open_dir(dir, None).unwrap();
    st.init(
        &common::office(kind),
        &common::admin(),
        on(d(2026, 11, 25)).utc,
    )
    .unwrap();
    for (login, name, role) in [
        ("clerk", "Клерк Бірінші", Role::Clerk),
        ("officer", "Офицер Екінші", Role::Officer),
    ] {
        st.create_user(
            &Actor::cli(),
            &NewUser {
                login: login.into(),
                full_name: name.into(),
                role,
                password: "long enough".into(),
            },
            on(d(2026, 11, 25)).utc,
        )
        .unwrap();
    }
    st
}

/// Stage 1: every body the office asks gives a positive conclusion.
fn hear_every_body(st: &mut Store, officer: &Who, n: &CaseNumber, day: NaiveDate) {
    for body in emigration_desk::domain::rulebook::DEFAULT_BODIES {
        desk::record(
            st,
            officer,
            on(day),
            n,
            Step::Conclusion {
                body: body.into(),
                verdict: emigration_desk::domain::case::Verdict::Positive,
                reference: format!("{body}-1"),
            },
        )
        .unwrap();
    }
}

fn who(st: &Store, login: &str) -> Who {
    let u = st
        .users()
        .unwrap()
        .into_iter()
        .find(|u| u.login == login)
        .unwrap();
    Who::user(&u)
}

fn issued(st: &Store, n: &CaseNumber) -> usize {
    st.issued_forms(n).unwrap().len()
}

/// A new case from `intake`, as the clerk commits it (no draft identity).
fn new_case(
    st: &mut Store,
    clerk: &Who,
    now: Now,
    intake: &Intake,
    outcome: IntakeOutcome,
) -> CaseNumber {
    // These fixtures make several cases for one synthetic applicant.
    desk::commit_intake(st, clerk, now, None, intake, outcome, true, None)
        .unwrap()
        .view
        .record
        .summary
        .number
}

/// Whether `annex` prints for the case now; a refusal must be the typed
/// form refusal, with no file and no record.
fn prints(st: &mut Store, dir: &Path, n: &CaseNumber, annex: Annex, day: NaiveDate) -> bool {
    let clerk = who(st, "clerk");
    let out = dir.join(format!("probe-{}.pdf", annex.code()));
    let before = issued(st, n);
    match desk::print_form(st, &clerk, on(day), n, annex, DocLang::Kk, Some(&out)) {
        Ok(p) => {
            assert!(std::fs::read(&p.path).unwrap().starts_with(b"%PDF"));
            assert_eq!(issued(st, n), before + 1, "recorded once");
            std::fs::remove_file(&out).unwrap();
            true
        }
        Err(DeskError::Form(refused)) => {
            assert_eq!(refused.annex, annex);
            assert!(!out.exists(), "nothing written for a refused form");
            assert_eq!(issued(st, n), before, "nothing recorded");
            false
        }
        Err(e) => panic!("{annex:?}: {e}"),
    }
}

/// The standard's table: which annexes exist in which state at an office
/// of `kind` (Annex 5 is the State Corporation's only, para 10; Annex 3
/// only where someone's registration is unknown, which the sample's is not).
fn expected(status: Status, kind: OfficeKind) -> Vec<Annex> {
    use Annex::*;
    match status {
        Status::IntakeOpen => vec![A2],
        Status::RefusedAtIntake if kind == OfficeKind::MigrationPolice => vec![A2],
        Status::RefusedAtIntake => vec![A2, A5],
        Status::UnderReview => vec![A2, A4],
        Status::Approved => vec![A2, A4, A4_1],
        Status::Refused => vec![A1_1, A2, A4],
        Status::DecisionIssued | Status::TransferredToProvider | Status::HandedOver => {
            vec![A1, A2, A4, A4_1]
        }
    }
}

fn check_state(st: &mut Store, dir: &Path, n: &CaseNumber, day: NaiveDate, status: Status) {
    let clerk = who(st, "clerk");
    let kind = st.self_office().unwrap().kind;
    let view = desk::open_case(st, &clerk, on(day), n).unwrap();
    assert_eq!(view.record.summary.status, status);
    let mut want = expected(status, kind);
    want.sort_by_key(|a| a.code());
    let mut offered = view.forms.clone();
    offered.sort_by_key(|a| a.code());
    assert_eq!(
        offered, want,
        "the case page offers exactly these in {status:?}"
    );
    for annex in Annex::ALL {
        assert_eq!(
            prints(st, dir, n, annex, day),
            want.contains(&annex),
            "annex {} in {status:?}",
            annex.code()
        );
    }
}

/// The clerk and the officer of a store.
fn staff(st: &mut Store) {
    for (login, name, role) in [
        ("clerk", "Клерк Бірінші", Role::Clerk),
        ("officer", "Офицер Екінші", Role::Officer),
    ] {
        st.create_user(
            &Actor::cli(),
            &NewUser {
                login: login.into(),
                full_name: name.into(),
                role,
                password: "long enough".into(),
            },
            on(d(2026, 11, 25)).utc,
        )
        .unwrap();
    }
}

#[test]
fn every_state_prints_exactly_its_forms() {
    // The department (42) accepts, records the papers and hands over; the
    // police office (7) reviews; each prints what exists at its kind of
    // office, the case carried between them as sync carries it.
    let dir = tempfile::tempdir().unwrap();
    let t = on(d(2026, 11, 25)).utc;
    let mut st = store(&dir.path().join("sc"));
    st.set_route(&Actor::cli(), 42, Some(pair::POLICE), t)
        .unwrap();
    let mut police = pair::office_store(&dir.path().join("police"), pair::POLICE, t);
    staff(&mut police);
    let clerk = who(&st, "clerk");
    let officer = who(&police, "officer");
    let sync = |st: &mut Store, police: &mut Store, day: NaiveDate| {
        pair::relay(st, police, pair::POLICE, on(day).utc);
        pair::relay(police, st, 42, on(day).utc);
    };
    let day0 = d(2026, 11, 25);

    // An intake kept open, and one refused as incomplete.
    let open = new_case(
        &mut st,
        &clerk,
        on(day0),
        &sample_intake(),
        IntakeOutcome::Open,
    );
    check_state(&mut st, dir.path(), &open, day0, Status::IntakeOpen);
    let mut incomplete = sample_intake();
    incomplete.fee = None;
    let refused = new_case(
        &mut st,
        &clerk,
        on(day0),
        &incomplete,
        IntakeOutcome::RefuseIncomplete,
    );
    check_state(&mut st, dir.path(), &refused, day0, Status::RefusedAtIntake);
    // Refused at intake at the police office: recorded, no Annex 5.
    let police_clerk = who(&police, "clerk");
    let at_police = new_case(
        &mut police,
        &police_clerk,
        on(day0),
        &incomplete,
        IntakeOutcome::RefuseIncomplete,
    );
    check_state(
        &mut police,
        dir.path(),
        &at_police,
        day0,
        Status::RefusedAtIntake,
    );

    // One case through its whole life.
    let n = new_case(
        &mut st,
        &clerk,
        on(day0),
        &sample_intake(),
        IntakeOutcome::Accept,
    );
    check_state(&mut st, dir.path(), &n, day0, Status::UnderReview);
    sync(&mut st, &mut police, day0);
    check_state(&mut police, dir.path(), &n, day0, Status::UnderReview);
    let day = d(2026, 12, 10);
    hear_every_body(&mut police, &officer, &n, day);
    desk::record(&mut police, &officer, on(day), &n, Step::Approve).unwrap();
    sync(&mut st, &mut police, day);
    check_state(&mut st, dir.path(), &n, day, Status::Approved);
    check_state(&mut police, dir.path(), &n, day, Status::Approved);
    let day = d(2026, 12, 14);
    desk::record(&mut st, &clerk, on(day), &n, Step::NotLiable).unwrap();
    desk::record(&mut st, &clerk, on(day), &n, Step::Deregistered).unwrap();
    sync(&mut st, &mut police, day);
    desk::record(&mut police, &officer, on(day), &n, Step::Decide).unwrap();
    sync(&mut st, &mut police, day);
    check_state(&mut st, dir.path(), &n, day, Status::DecisionIssued);
    desk::record(
        &mut st,
        &clerk,
        on(day),
        &n,
        Step::HandOver(Recipient::Applicant),
    )
    .unwrap();
    check_state(&mut st, dir.path(), &n, day, Status::HandedOver);

    // Another refused at review.
    let r = new_case(
        &mut st,
        &clerk,
        on(day0),
        &sample_intake(),
        IntakeOutcome::Accept,
    );
    sync(&mut st, &mut police, day0);
    desk::record(
        &mut police,
        &officer,
        on(d(2026, 12, 1)),
        &r,
        Step::Refuse {
            grounds: vec![RefusalGround {
                ground: 8,
                until: String::new(),
            }],
        },
    )
    .unwrap();
    sync(&mut st, &mut police, d(2026, 12, 1));
    check_state(&mut st, dir.path(), &r, d(2026, 12, 1), Status::Refused);
    check_state(&mut police, dir.path(), &r, d(2026, 12, 1), Status::Refused);
}

#[test]
fn a_decision_cannot_be_printed_for_a_case_under_review() {
    let dir = tempfile::tempdir().unwrap();
    let mut st = store(dir.path());
    let clerk = who(&st, "clerk");
    let n = new_case(
        &mut st,
        &clerk,
        on(d(2026, 11, 25)),
        &sample_intake(),
        IntakeOutcome::Accept,
    );
    let out = dir.path().join("decision.pdf");
    let e = desk::print_form(
        &mut st,
        &clerk,
        on(d(2026, 11, 26)),
        &n,
        Annex::A1,
        DocLang::Kk,
        Some(&out),
    )
    .unwrap_err();
    assert!(matches!(
        e,
        DeskError::Form(f) if f.why == emigration_desk::domain::forms::FormRefusal::NotInState(Status::UnderReview)
    ));
    assert!(!out.exists());
}

#[test]
fn accepting_the_same_draft_twice_is_refused_with_the_existing_number() {
    let dir = tempfile::tempdir().unwrap();
    let mut st = store(dir.path());
    let clerk = who(&st, "clerk");
    let now = on(d(2026, 11, 25));
    let first = desk::commit_intake(
        &mut st,
        &clerk,
        now,
        Some("draft-1"),
        &sample_intake(),
        IntakeOutcome::Accept,
        false,
        None,
    )
    .unwrap();
    let number = first.view.record.summary.number;
    assert!(first.receipt.unwrap().is_ok());
    let again = desk::commit_intake(
        &mut st,
        &clerk,
        now,
        Some("draft-1"),
        &sample_intake(),
        IntakeOutcome::Accept,
        false,
        None,
    )
    .unwrap_err();
    match again {
        DeskError::Store(StoreError::AlreadyCommitted(n)) => assert_eq!(n, number.to_string()),
        other => panic!("{other:?}"),
    }
    assert_eq!(st.case_count().unwrap(), 1);
    // Another draft of the same applicant: refused while the first case
    // is open, naming it; a second case when the clerk confirms it.
    let open = desk::commit_intake(
        &mut st,
        &clerk,
        now,
        Some("draft-2"),
        &sample_intake(),
        IntakeOutcome::Accept,
        false,
        None,
    )
    .unwrap_err();
    assert!(
        matches!(&open, DeskError::Store(StoreError::OpenCaseExists(n)) if *n == number.to_string()),
        "{open:?}"
    );
    desk::commit_intake(
        &mut st,
        &clerk,
        now,
        Some("draft-2"),
        &sample_intake(),
        IntakeOutcome::Accept,
        true,
        None,
    )
    .unwrap();
    assert_eq!(st.case_count().unwrap(), 2);
}

#[test]
fn a_failed_receipt_leaves_the_case_accepted_and_printable() {
    let dir = tempfile::tempdir().unwrap();
    let mut st = store(dir.path());
    let clerk = who(&st, "clerk");
    let now = on(d(2026, 11, 25));
    // The forms directory cannot be made: a file stands in its place.
    std::fs::write(dir.path().join("forms"), b"not a directory").unwrap();
    let done = desk::commit_intake(
        &mut st,
        &clerk,
        now,
        Some("d"),
        &sample_intake(),
        IntakeOutcome::Accept,
        false,
        None,
    )
    .unwrap();
    let number = done.view.record.summary.number;
    assert_eq!(done.view.record.summary.status, Status::UnderReview);
    assert!(matches!(done.receipt, Some(Err(DeskError::FormsDir(_)))));
    assert_eq!(
        issued(&st, &number),
        0,
        "nothing recorded for an unwritten receipt"
    );
    // The case page offers the receipt; once the directory is usable it prints.
    let view = desk::open_case(&mut st, &clerk, now, &number).unwrap();
    assert!(view.forms.contains(&Annex::A4));
    std::fs::remove_file(dir.path().join("forms")).unwrap();
    let p = desk::print_form(&mut st, &clerk, now, &number, Annex::A4, DocLang::Kk, None).unwrap();
    assert!(p.path.exists());
    assert_eq!(issued(&st, &number), 1);
    // Accepting the draft again does not make a second case.
    assert!(desk::commit_intake(
        &mut st,
        &clerk,
        now,
        Some("d"),
        &sample_intake(),
        IntakeOutcome::Accept,
        false,
        None,
    )
    .is_err());
    assert_eq!(st.case_count().unwrap(), 1);
}

#[test]
fn a_late_draft_save_never_brings_back_an_accepted_draft() {
    let dir = tempfile::tempdir().unwrap();
    let mut st = store(dir.path());
    let clerk = who(&st, "clerk");
    let now = on(d(2026, 11, 25));
    let json = serde_json::to_string(&sample_intake()).unwrap();
    assert_eq!(
        st.save_draft("clerk", "d1", 5, &json, "{}", now.utc)
            .unwrap(),
        DraftSaved::Saved
    );
    // An older save of the same draft that arrives late is dropped.
    assert_eq!(
        st.save_draft("clerk", "d1", 3, "{}", "{}", now.utc)
            .unwrap(),
        DraftSaved::Stale
    );
    assert_eq!(st.load_draft("clerk").unwrap().unwrap().generation, 5);
    desk::commit_intake(
        &mut st,
        &clerk,
        now,
        Some("d1"),
        &sample_intake(),
        IntakeOutcome::Accept,
        false,
        None,
    )
    .unwrap();
    assert!(
        st.load_draft("clerk").unwrap().is_none(),
        "the commit removes the draft"
    );
    // A save still in flight when the accept committed lands after it.
    assert_eq!(
        st.save_draft("clerk", "d1", 6, &json, "{}", now.utc)
            .unwrap(),
        DraftSaved::Committed
    );
    assert!(st.load_draft("clerk").unwrap().is_none());
}

#[test]
fn removing_a_child_keeps_the_papers_with_their_child() {
    let mut intake = sample_intake();
    assert!(intake.children.len() >= 2, "the sample has two children");
    intake
        .documents
        .retain(|p| !matches!(p.subject, Subject::Child(_) | Subject::OtherParentOf(_)));
    // Papers marked for the second child only.
    intake.documents.push(Presented {
        requirement: Requirement::BirthCertificate,
        subject: Subject::Child(1),
        via: Via::Paper,
    });
    let second = intake.children[1].full_name();
    intake.remove_child(0);
    assert_eq!(intake.children[0].full_name(), second);
    let marked: Vec<_> = intake
        .documents
        .iter()
        .filter(|p| p.requirement == Requirement::BirthCertificate)
        .map(|p| p.subject)
        .collect();
    assert_eq!(
        marked,
        vec![Subject::Child(0)],
        "still the same child's paper"
    );
    // Removing that child takes its paper with it.
    intake.remove_child(0);
    assert!(intake
        .documents
        .iter()
        .all(|p| !matches!(p.subject, Subject::Child(_))));
}

/// A moment at the office (UTC+5) given in UTC.
fn at_utc(y: i32, m: u32, day: u32, h: u32, min: u32) -> Now {
    emigration_desk::clock::Clock {
        offset: emigration_desk::clock::parse_zone("+05:00").unwrap(),
        fixed_today: None,
    }
    .at(d(y, m, day).and_hms_opt(h, min, 0).unwrap())
}

#[test]
fn tickets_are_numbered_per_office_day_not_per_utc_day() {
    use emigration_desk::desk::counter::{self, Move};
    let dir = tempfile::tempdir().unwrap();
    let mut st = store(dir.path());
    let clerk = who(&st, "clerk");
    // 23:30 and 23:40 on 1 December in Astana: 18:30 and 18:40 UTC.
    let q = counter::step(
        &mut st,
        &clerk,
        None,
        Move::Issue,
        at_utc(2026, 12, 1, 18, 30),
    )
    .unwrap();
    assert_eq!(q.waiting.last().unwrap().ticket, "001");
    let q = counter::step(
        &mut st,
        &clerk,
        None,
        Move::Issue,
        at_utc(2026, 12, 1, 18, 40),
    )
    .unwrap();
    assert_eq!(q.waiting.last().unwrap().ticket, "002");
    // 00:30 on 2 December in Astana, still 1 December in UTC: a new day.
    let q = counter::step(
        &mut st,
        &clerk,
        None,
        Move::Issue,
        at_utc(2026, 12, 1, 19, 30),
    )
    .unwrap();
    assert_eq!(q.waiting.last().unwrap().ticket, "001");
}

#[test]
fn settings_and_the_first_start_are_checked_once_for_every_front_end() {
    use emigration_desk::desk::admin::{self, Setting};
    let dir = tempfile::tempdir().unwrap();
    let mut st = store(dir.path());
    let admin_who = who(&st, "admin");
    let now = on(d(2026, 12, 1));
    for bad in [
        Setting::IdleMinutes(0),
        Setting::IdleMinutes(241),
        Setting::Counter("   ".into()),
        Setting::Counter("x".repeat(21)),
        Setting::Counter("1\n2".into()),
        Setting::Bodies(vec![" ".into()]),
    ] {
        let e = admin::set(&mut st, &admin_who, bad.clone(), now).unwrap_err();
        assert!(matches!(e, DeskError::Invalid(_)), "{bad:?}: {e:?}");
    }
    assert_eq!(admin::settings(&st).idle_minutes, admin::IDLE_MINUTES);
    let s = admin::set(&mut st, &admin_who, Setting::Counter(" 3 ".into()), now).unwrap();
    assert_eq!(s.counter, "3");
    // A clerk may not change the workstation's settings.
    let clerk = who(&st, "clerk");
    assert!(admin::set(&mut st, &clerk, Setting::IdleMinutes(5), now).is_err());
    assert_eq!(admin::settings(&st).idle_minutes, admin::IDLE_MINUTES);
    // The first start: a second one is refused as such; a bad phone is
    // refused before anything is written.
    let again = admin::init_office(
        &mut st,
        common::office(OfficeKind::StateCorporation),
        common::admin(),
        now,
    )
    .unwrap_err();
    assert!(matches!(
        again,
        DeskError::Store(StoreError::AlreadyInitialised)
    ));
    let fresh = tempfile::tempdir().unwrap();
    let mut st2 = Store::open_dir(fresh.path(), None).unwrap();
    let mut office = common::office(OfficeKind::StateCorporation);
    office.phone = "phone".into();
    let e = admin::init_office(&mut st2, office, common::admin(), now).unwrap_err();
    assert!(
        matches!(e, DeskError::Invalid("desk-invalid-office-phone")),
        "{e:?}"
    );
    assert!(st2.self_office().is_err());
}

#[test]
fn a_breached_visit_ends_only_with_its_reason() {
    use emigration_desk::desk::counter::{self, Move};
    let dir = tempfile::tempdir().unwrap();
    let mut st = store(dir.path());
    let clerk_user = st
        .users()
        .unwrap()
        .into_iter()
        .find(|u| u.login == "clerk")
        .unwrap();
    let clerk = Who::user(&clerk_user);
    let now = on(d(2026, 11, 25));
    // A ticket called 20 minutes ago: the 15 minutes of service have passed.
    let t = now.utc - chrono::Duration::minutes(25);
    let v = st.issue_ticket(&clerk.actor, "001", t, t).unwrap();
    st.call_visit(
        &clerk.actor,
        v.id,
        now.utc - chrono::Duration::minutes(20),
        None,
    )
    .unwrap();
    assert!(counter::needs_reason(&mut st, &clerk_user, now).unwrap());
    // End service without the reason: refused, the visit still open.
    let r = counter::step(&mut st, &clerk, Some(&clerk_user), Move::End(v.id), now);
    assert!(
        matches!(r, Err(DeskError::Incomplete("breach-reason"))),
        "{r:?}"
    );
    assert!(st.open_visit_of(Some(clerk_user.id)).unwrap().is_some());
    // The intake ends it with the reason: recorded, then the visit ends
    // linked to the case.
    let n = st
        .commit_intake(
            &clerk.actor,
            &sample_intake(),
            IntakeOutcome::Accept,
            now.today,
            now.utc,
        )
        .unwrap()
        .summary
        .number;
    let ended = counter::end_with_case(
        &mut st,
        &clerk,
        &clerk_user,
        &n,
        true,
        Some("large family, many documents"),
        now,
    )
    .unwrap()
    .expect("the visit");
    assert_eq!(
        ended.service_breach_reason.as_deref(),
        Some("large family, many documents")
    );
    assert_eq!(ended.case, Some(n));
    assert_eq!(st.visits_of_case(&n).unwrap().len(), 1);
}
