//! The real iced program, driven headless with iced_test's Simulator: the
//! widgets are found by text or id, clicked and typed into; the messages
//! they produce go through `App::update`, and the store work they cause runs
//! synchronously (`App::settle`). Time is a `Tick` message: nothing waits.

use chrono::{Duration, NaiveDate, NaiveDateTime};
use emigration_desk::domain::access::Role;
use emigration_desk::domain::demo::sample_intake;
use emigration_desk::domain::OfficeKind;
use emigration_desk::store::{Actor, IntakeOutcome, NewUser, Office, Store};
use emigration_desk::ui::{login, App, Message, Screen};
use iced::keyboard::key::Named;
use iced_test::{selector, simulator, Simulator};

fn t0() -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 11, 25)
        .unwrap()
        .and_hms_opt(9, 0, 0)
        .unwrap()
}

fn store(dir: &std::path::Path, kind: OfficeKind) -> Store {
    let mut st = Store::open_dir(dir).unwrap();
    let office = Office {
        id: "o".into(),
        code: 42,
        kind,
        name: "Astana".into(),
        number: "3".into(),
        address: "Astana, Turan 1".into(),
        phone: "+7 7172 550000".into(),
    };
    let admin = NewUser {
        login: "admin".into(),
        full_name: "Admin".into(),
        role: Role::Administrator,
        password: "correct horse".into(),
    };
    st.init(&office, &admin, t0()).unwrap();
    let clerk = NewUser {
        login: "clerk".into(),
        full_name: "Clerk One".into(),
        role: Role::Clerk,
        password: "clerk password".into(),
    };
    st.create_user(&Actor::cli(), &clerk, t0()).unwrap();
    st
}

/// Lets `f` act on the current view, then applies what it produced.
fn act(app: &mut App, f: impl FnOnce(&mut Simulator<'_, Message>)) {
    let messages: Vec<Message> = {
        let mut ui = simulator(app.view());
        f(&mut ui);
        ui.into_messages().collect()
    };
    for m in messages {
        app.settle(m);
    }
}

/// Whether the current view shows `text` somewhere.
fn shows(app: &App, text: &str) -> bool {
    let mut ui = simulator(app.view());
    ui.find(text).is_ok()
}

fn log_in(app: &mut App, login: &str, password: &str) {
    act(app, |ui| {
        ui.click(selector::id("login")).unwrap();
        ui.typewrite(login);
        ui.click(selector::id("password")).unwrap();
        ui.typewrite(password);
        ui.tap_key(Named::Enter);
    });
}

#[test]
fn three_failed_logins_lock_the_account() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = App::with_store(store(dir.path(), OfficeKind::StateCorporation), t0());
    log_in(&mut app, "admin", "wrong one");
    assert!(shows(
        &app,
        "Wrong login or password. Attempts left before the account locks: 2."
    ));
    // The login stays typed; only the password is asked again.
    for _ in 0..2 {
        act(&mut app, |ui| {
            ui.click(selector::id("password")).unwrap();
            ui.typewrite("wrong again");
            ui.tap_key(Named::Enter);
        });
    }
    assert!(
        shows(
            &app,
            "The account is locked after three failed attempts, until 09:15."
        ),
        "locked"
    );
    // The right password does not open a locked account …
    act(&mut app, |ui| {
        ui.click(selector::id("password")).unwrap();
        ui.typewrite("correct horse");
        ui.tap_key(Named::Enter);
    });
    assert!(
        matches!(&app.screen, Screen::Login(s) if matches!(s.problem, Some(login::Problem::Locked { .. })))
    );
    // … until fifteen minutes have passed.
    app.settle(Message::Tick(t0() + Duration::minutes(15)));
    act(&mut app, |ui| {
        ui.click(selector::id("password")).unwrap();
        ui.typewrite("correct horse");
        ui.tap_key(Named::Enter);
    });
    assert!(matches!(&app.screen, Screen::Main { user, .. } if user.login == "admin"));
}

#[test]
fn the_service_timer_turns_amber_then_red_and_the_breach_is_recorded() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = App::with_store(store(dir.path(), OfficeKind::StateCorporation), t0());
    log_in(&mut app, "clerk", "clerk password");
    assert!(matches!(&app.screen, Screen::Main { .. }));
    act(&mut app, |ui| {
        ui.click("Issue a ticket").unwrap();
    });
    assert!(shows(&app, "Waiting: 1"));
    assert!(
        app.subscription_running(),
        "a waiting ticket needs the clock"
    );
    act(&mut app, |ui| {
        ui.click("Call next").unwrap();
    });
    assert!(shows(&app, "Serving ticket 001"));
    // 11:59 into the service: still green (15 minutes at a State Corporation counter).
    app.settle(Message::Tick(t0() + Duration::seconds(11 * 60 + 59)));
    assert!(shows(&app, "Service: 11:59 / 15:00 — within the limit"));
    // 80 %: amber.
    app.settle(Message::Tick(t0() + Duration::minutes(12)));
    assert!(shows(&app, "Service: 12:00 / 15:00 — 80 % of the limit"));
    // The limit: red, and a reason is asked for.
    app.settle(Message::Tick(t0() + Duration::minutes(15)));
    assert!(shows(&app, "Service: 15:00 / 15:00 — limit exceeded"));
    act(&mut app, |ui| {
        ui.click("Reason the limit was exceeded").unwrap();
        ui.typewrite("printer jam");
        ui.click("Record").unwrap();
    });
    assert!(shows(&app, "Breach recorded: printer jam"));
    let st = Store::open_dir(dir.path()).unwrap();
    let reason: String = st
        .raw()
        .query_row("SELECT service_breach_reason FROM visits", [], |r| r.get(0))
        .unwrap();
    assert_eq!(reason, "printer jam");
    act(&mut app, |ui| {
        ui.click("End service").unwrap();
    });
    assert!(!app.subscription_running(), "no timer, no clock");
}

#[test]
fn a_police_office_counts_thirty_minutes() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = App::with_store(store(dir.path(), OfficeKind::MigrationPolice), t0());
    log_in(&mut app, "clerk", "clerk password");
    act(&mut app, |ui| {
        ui.click("Issue a ticket").unwrap();
    });
    app.settle(Message::Tick(t0() + Duration::minutes(20)));
    act(&mut app, |ui| {
        ui.click("Call next").unwrap();
    });
    // Waited 20 of 30 minutes: amber at 24; the wait stopped at the call.
    assert!(shows(&app, "Wait: 20:00 / 30:00 — within the limit"));
    app.settle(Message::Tick(t0() + Duration::minutes(20 + 24)));
    assert!(shows(&app, "Service: 24:00 / 30:00 — 80 % of the limit"));
}

#[test]
fn find_a_case_open_it_and_print_its_receipt() {
    let dir = tempfile::tempdir().unwrap();
    let mut st = store(dir.path(), OfficeKind::StateCorporation);
    let rec = st
        .commit_intake(
            &Actor::cli(),
            &sample_intake(),
            IntakeOutcome::Accept,
            t0().date(),
            t0(),
        )
        .unwrap();
    let mut app = App::with_store(st, t0());
    log_in(&mut app, "admin", "correct horse");
    act(&mut app, |ui| {
        ui.click(selector::id("case-search")).unwrap();
        ui.typewrite("СЕЙТ");
        ui.tap_key(Named::Enter);
    });
    let line = format!(
        "{}   850115300001   Сейтқали Ержан Бақытжанұлы   under review",
        rec.summary.number
    );
    assert!(shows(&app, &line), "the case is listed");
    act(&mut app, |ui| {
        ui.click(line.as_str()).unwrap();
    });
    assert!(shows(&app, "Accepted: 25.11.2026; come back on 18.12.2026"));
    act(&mut app, |ui| {
        ui.click("4 kk").unwrap();
    });
    let pdf = dir
        .path()
        .join("forms")
        .join(format!("{}-annex-4-kk.pdf", rec.summary.number.digits()));
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF"));
    let st = Store::open_dir(dir.path()).unwrap();
    assert_eq!(st.issued_forms(&rec.summary.number).unwrap().len(), 1);
}
