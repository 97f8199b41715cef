//! The real iced program, driven headless with iced_test's Simulator: the
//! widgets are found by text or id, clicked and typed into; the messages
//! they produce go through `App::update`, and the store work they cause runs
//! synchronously (`App::settle`). Time is a `Tick` message: nothing waits.

use chrono::{Duration, NaiveDate, NaiveDateTime};
use emigration_desk::domain::access::Role;
use emigration_desk::domain::demo::sample_intake;
use emigration_desk::domain::OfficeKind;
use emigration_desk::store::{Actor, IntakeOutcome, NewUser, Store};
use emigration_desk::ui::{login, App, Message, Screen};
use iced::keyboard::key::Named;
use iced_test::{selector, Simulator};

mod common;
#[path = "common/pair.rs"]
mod pair;

fn t0() -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 11, 25)
        .unwrap()
        .and_hms_opt(9, 0, 0)
        .unwrap()
}

/// A workstation set up as the first start does: an encrypted store whose
/// key is sealed for the administrator (and for each user added).
fn store(dir: &std::path::Path, kind: OfficeKind) -> Store {
    let now = emigration_desk::desk::Clock::default().at(t0());
    let (mut st, _) =
        emigration_desk::desk::admin::create_store(dir, common::office(kind), common::admin(), now)
            .unwrap();
    add_user(&mut st, "clerk", "Clerk One", Role::Clerk, "clerk password");
    st
}

fn add_user(st: &mut Store, login: &str, name: &str, role: Role, password: &str) {
    let u = NewUser {
        login: login.into(),
        full_name: name.into(),
        role,
        password: password.into(),
    };
    st.create_user(&Actor::cli(), &u, t0()).unwrap();
    if let Some(key) = st.key().cloned() {
        emigration_desk::store::keys::set_user(&st.keys_path(), &key, login, password, t0())
            .unwrap();
    }
}

/// The migration police office (7) that reviews this department's cases,
/// with its own store (kept in the returned directory); the department's
/// route to it set, so cases accepted after this go to it for review.
fn police_for(st: &mut Store) -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let police = pair::office_store(dir.path(), pair::POLICE, t0());
    st.set_route(&Actor::cli(), 42, Some(pair::POLICE), t0())
        .unwrap();
    (dir, police)
}

/// What each office holds for the other, carried both ways (as sync does).
fn carry(st: &mut Store, police: &mut Store, now: NaiveDateTime) {
    pair::relay(st, police, pair::POLICE, now);
    pair::relay(police, st, 42, now);
}

/// The sample with every paper on the counter where the office is a
/// police office (nothing comes from the information system there).
fn sample_for(st: &Store) -> emigration_desk::domain::intake::Intake {
    if st.self_office().unwrap().kind == OfficeKind::MigrationPolice {
        emigration_desk::domain::demo::with_papers(sample_intake())
    } else {
        sample_intake()
    }
}

/// The synthetic sample accepted on `t0`: its case number.
fn accept_sample(st: &mut Store) -> emigration_desk::domain::case::CaseNumber {
    let intake = sample_for(st);
    st.commit_intake(
        &Actor::cli(),
        &intake,
        IntakeOutcome::Accept,
        t0().date(),
        t0(),
    )
    .unwrap()
    .summary
    .number
}

/// Opens a case on the Cases tab.
fn open_case(app: &mut App, n: emigration_desk::domain::case::CaseNumber) {
    // The tab first: the Cases tab pressed on an open case goes back to
    // the list.
    if !matches!(
        &app.screen,
        Screen::Main {
            tab: emigration_desk::ui::Tab::Cases,
            ..
        }
    ) {
        act(app, |ui| {
            ui.click("Cases").unwrap();
        });
    }
    app.settle(Message::Cases(emigration_desk::ui::cases::Msg::Open(n)));
}

/// A window as tall as the longest step of the wizard (the app's real
/// window scrolls).
fn window(app: &App) -> Simulator<'_, Message> {
    Simulator::with_size(iced::Settings::default(), (1280.0, 2600.0), app.view())
}

/// Lets `f` act on the current view, then applies what it produced.
fn act(app: &mut App, f: impl FnOnce(&mut Simulator<'_, Message>)) {
    let messages: Vec<Message> = {
        let mut ui = window(app);
        f(&mut ui);
        ui.into_messages().collect()
    };
    for m in messages {
        app.settle(m);
    }
}

/// Whether the current view shows `text` somewhere.
fn shows(app: &App, text: &str) -> bool {
    let mut ui = window(app);
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
    let mut st = store(dir.path(), OfficeKind::StateCorporation);
    st.set_setting_audited(
        &emigration_desk::store::Actor::cli(),
        "idle_minutes",
        "120",
        chrono::Utc::now().naive_utc(),
    )
    .unwrap();
    let mut app = App::with_store(st, t0());
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
    // Time jumps here without input: keep the idle lock out of the way.
    let mut st = store(dir.path(), OfficeKind::StateCorporation);
    st.set_setting_audited(
        &emigration_desk::store::Actor::cli(),
        "idle_minutes",
        "120",
        chrono::Utc::now().naive_utc(),
    )
    .unwrap();
    let mut app = App::with_store(st, t0());
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
    let st = common::open_store(dir.path());
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
    let mut st = store(dir.path(), OfficeKind::MigrationPolice);
    st.set_setting_audited(
        &emigration_desk::store::Actor::cli(),
        "idle_minutes",
        "120",
        chrono::Utc::now().naive_utc(),
    )
    .unwrap();
    let mut app = App::with_store(st, t0());
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
    let number = rec.summary.number.to_string();
    assert!(shows(&app, &number), "the case is listed");
    assert!(shows(&app, "Сейтқали Ержан Бақытжанұлы"));
    act(&mut app, |ui| {
        ui.click(number.as_str()).unwrap();
    });
    assert!(shows(&app, "Accepted: 25.11.2026; come back on 17.12.2026"));
    // The questionnaire in brief, beside the checklist.
    assert!(shows(
        &app,
        "Destination: Germany; deregistration from: Астана қ., Есіл ауданы, Тұран даңғылы 5, 12-пәтер"
    ));
    act(&mut app, |ui| {
        ui.click(annex("4").as_str()).unwrap();
    });
    let pdf = dir
        .path()
        .join("forms")
        .join(format!("{}-annex-4-kk.pdf", rec.summary.number.digits()));
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF"));
    let st = common::open_store(dir.path());
    assert_eq!(st.issued_forms(&rec.summary.number).unwrap().len(), 1);
}

/// Types into a field of the intake wizard found by its questionnaire path.
/// Confirms the act asked for (the confirmation's button).
fn confirm(app: &mut App) {
    act(app, |ui| {
        ui.click("Confirm (Enter)").unwrap();
    });
}

fn fill(ui: &mut Simulator<'_, Message>, path: &str, value: &str) {
    ui.click(selector::id(path.to_string()))
        .unwrap_or_else(|e| panic!("{path}: {e:?}"));
    ui.typewrite(value);
}

fn open_intake(app: &mut App) {
    log_in(app, "clerk", "clerk password");
    act(app, |ui| {
        ui.click("Intake").unwrap();
    });
}

fn fill_applicant(app: &mut App) {
    act(app, |ui| {
        fill(ui, "applicant.surname", "Сейтқали");
        fill(ui, "applicant.given_name", "Ержан");
        fill(ui, "applicant.iin", "850115300001");
        fill(ui, "applicant.birth_place", "Теміртау");
        fill(ui, "applicant.residence", "Астана қ., Тұран 5");
        fill(ui, "applicant.phones.mobile", "+7 701 555 12 34");
    });
    act(app, |ui| {
        ui.click("Documents").unwrap();
    });
    act(app, |ui| {
        fill(ui, "applicant.passport.number", "N12345678");
        fill(ui, "applicant.passport.issued_on", "14.02.2020");
        fill(ui, "applicant.id_card.number", "041234567");
        fill(ui, "applicant.id_card.issued_on", "01.08.2019");
    });
    act(app, |ui| {
        ui.click("Destination").unwrap();
    });
    act(app, |ui| {
        fill(ui, "destination_country", "Германия");
    });
    // The registered address followed the residence: not typed again.
    assert_eq!(wizard(app).intake.registered_address, "Астана қ., Тұран 5");
}

fn wizard(app: &App) -> &emigration_desk::ui::intake::IntakeState {
    match &app.screen {
        Screen::Main { intake, .. } => intake,
        _ => panic!("not on the main screen"),
    }
}

#[test]
fn a_whole_intake_ends_in_the_annex_4_receipt() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = App::with_store(store(dir.path(), OfficeKind::StateCorporation), t0());
    open_intake(&mut app);
    fill_applicant(&mut app);
    // The date of birth came from the IIN.
    assert_eq!(
        wizard(&app).intake.applicant.birth_date,
        NaiveDate::from_ymd_opt(1985, 1, 15)
    );
    // A bad value gets its message at the field, in the interface language.
    act(&mut app, |ui| {
        ui.click("Applicant").unwrap();
    });
    act(&mut app, |ui| {
        fill(ui, "applicant.phones.home", "+7 916 000 00 00")
    });
    assert!(shows(
        &app,
        "Numbers starting with 9 after +7 are Russian, not Kazakhstan numbers."
    ));
    // Accept is not possible yet: the fee and the signatures are missing.
    act(&mut app, |ui| {
        let _ = ui.click("Accept (Annex 4)");
    });
    assert!(wizard(&app).done().is_none());
    act(&mut app, |ui| {
        ui.click(selector::id("applicant.phones.home".to_string()))
            .unwrap();
        for _ in 0..20 {
            ui.tap_key(Named::Backspace);
        }
    });
    act(&mut app, |ui| {
        ui.click("Family, fee, consents").unwrap();
    });
    act(&mut app, |ui| {
        fill(ui, "fee.paid_on", "20.11.2026");
        fill(ui, "fee.amount_tenge", "4325");
    });
    act(&mut app, |ui| {
        ui.click("Paid through the e-gov payment gateway").unwrap();
        ui.click("Warned of liability for knowingly false data (signed)")
            .unwrap();
        ui.click("Consents to the use of legally protected secrets (signed)")
            .unwrap();
    });
    assert!(shows(&app, "Fee due today: 4325 tenge"));
    act(&mut app, |ui| {
        ui.click("Accept (Annex 4)").unwrap();
    });
    // What it will do, in words; Enter confirms.
    assert!(
        wizard(&app).done().is_none(),
        "nothing before the confirmation"
    );
    assert!(shows(&app, "Accept the questionnaire? The case gets its number, the service ends, and the Annex 4 receipt with the date to come back prints. This cannot be undone."));
    press(&mut app, iced::keyboard::Key::Named(Named::Enter), false);
    let emigration_desk::ui::intake::Done {
        number,
        status,
        receipt: pdf,
        come_back,
        ..
    } = wizard(&app).done().cloned().expect("accepted");
    let pdf = pdf.expect("a receipt").expect("the receipt is written");
    assert_eq!(status, emigration_desk::domain::case::Status::UnderReview);
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF"));
    assert!(pdf.to_string_lossy().contains("annex-4-kk"));
    let st = common::open_store(dir.path());
    assert_eq!(st.issued_forms(&number).unwrap().len(), 1);
    assert!(
        st.load_draft("clerk").unwrap().is_none(),
        "the draft is gone once the case is stored"
    );
    drop(st);
    // The result says when to come back, and opens the case's page.
    let come_back = come_back.expect("an accepted case has its date");
    assert!(shows(
        &app,
        &format!(
            "Come back for the result on {}.",
            come_back.format("%d.%m.%Y")
        )
    ));
    act(&mut app, |ui| {
        ui.click("Open the case").unwrap();
    });
    assert!(matches!(
        &app.screen,
        Screen::Main { tab: emigration_desk::ui::Tab::Cases, cases, .. }
            if cases.case.as_ref().map(|c| c.record.summary.number) == Some(number)
    ));
}

/// A clerk fills the applicant and the consents but no fee: the package is
/// incomplete, only refusal is offered, and the clerk refuses (Annex 5).
fn refuse_without_fee(app: &mut App) {
    open_intake(app);
    fill_applicant(app);
    act(app, |ui| {
        ui.click("Family, fee, consents").unwrap();
    });
    act(app, |ui| {
        ui.click("Warned of liability for knowingly false data (signed)")
            .unwrap();
        ui.click("Consents to the use of legally protected secrets (signed)")
            .unwrap();
    });
    act(app, |ui| {
        ui.click("Refuse to accept (Annex 5)").unwrap();
    });
    confirm(app);
}

#[test]
fn an_incomplete_intake_ends_in_the_annex_5_receipt_naming_what_is_missing() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = App::with_store(store(dir.path(), OfficeKind::StateCorporation), t0());
    refuse_without_fee(&mut app);
    let emigration_desk::ui::intake::Done {
        number,
        status,
        receipt: pdf,
        ..
    } = wizard(&app).done().cloned().expect("refused");
    let pdf = pdf.expect("a receipt").expect("the receipt is written");
    assert_eq!(
        status,
        emigration_desk::domain::case::Status::RefusedAtIntake
    );
    assert!(pdf.to_string_lossy().contains("annex-5-kk"));
    let st = common::open_store(dir.path());
    let mut st = st;
    let rec = st
        .view_case(&Actor::cli(), &number, t0().date(), t0())
        .unwrap();
    let missing: Vec<_> = rec
        .state
        .missing_at_intake
        .iter()
        .map(|i| i.requirement)
        .collect();
    assert_eq!(
        missing,
        vec![emigration_desk::domain::checklist::Requirement::FeeReceipt]
    );
}

/// At a migration police office the refusal at intake is recorded and its
/// missing documents are shown on the intake's result; there is no Annex 5
/// there (para 10: the receipt is the State Corporation's).
#[test]
fn a_police_office_refuses_at_intake_without_annex_5_and_shows_what_is_missing() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = App::with_store(store(dir.path(), OfficeKind::MigrationPolice), t0());
    refuse_without_fee(&mut app);
    let done = wizard(&app).done().cloned().expect("refused");
    assert_eq!(
        done.status,
        emigration_desk::domain::case::Status::RefusedAtIntake
    );
    assert!(done.receipt.is_none(), "no Annex 5: {:?}", done.receipt);
    assert!(!done.missing.is_empty());
    assert!(shows(&app, "Missing documents:"));
    for (i, m) in done.missing.iter().enumerate() {
        let line = format!("{}) {m}", i + 1);
        assert!(shows(&app, &line), "{line} on screen");
    }
    let forms = common::open_store(dir.path())
        .issued_forms(&done.number)
        .unwrap();
    assert!(forms.is_empty(), "nothing printed: {forms:?}");
}

#[test]
fn the_draft_comes_back_after_the_window_is_closed() {
    let dir = tempfile::tempdir().unwrap();
    {
        let mut app = App::with_store(store(dir.path(), OfficeKind::StateCorporation), t0());
        open_intake(&mut app);
        fill_applicant(&mut app);
        act(&mut app, |ui| {
            ui.click("Documents").unwrap();
        });
        // Half a date: kept as typed, flagged at the field.
        act(&mut app, |ui| fill(ui, "applicant.passport.issued_on", "x"));
        assert!(shows(&app, "A date is written DD.MM.YYYY."));
        // The window closes here, without saving anything by hand, within
        // the second the save waits for quiet: the close saves it.
        assert!(wizard(&app).dirty());
        app.settle(Message::CloseRequested);
    }
    let mut app = App::with_store(common::open_store(dir.path()), t0());
    open_intake(&mut app);
    let w = wizard(&app);
    assert_eq!(w.intake.applicant.surname, "Сейтқали");
    assert_eq!(w.intake.destination_country, "DE");
    assert_eq!(
        w.raw
            .get("applicant.passport.issued_on")
            .map(String::as_str),
        Some("14.02.2020x")
    );
}

fn press(app: &mut App, key: iced::keyboard::Key, shift: bool) {
    use iced::keyboard::{key::Physical, Event, Location, Modifiers};
    let modifiers = if shift {
        Modifiers::SHIFT
    } else {
        Modifiers::empty()
    };
    app.settle(Message::Key(Event::KeyPressed {
        key: key.clone(),
        modified_key: key,
        physical_key: Physical::Unidentified(iced::keyboard::key::NativeCode::Unidentified),
        location: Location::Standard,
        modifiers,
        text: None,
        repeat: false,
    }));
}

fn type_keys(app: &mut App, s: &str) {
    for c in s.chars() {
        press(
            app,
            iced::keyboard::Key::Character(c.to_string().into()),
            false,
        );
    }
}

#[test]
fn keyboard_first_scanner_tab_and_shortcuts() {
    use iced::keyboard::{key::Named, Key};
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
    log_in(&mut app, "clerk", "clerk password");
    // A scanner reads the receipt's QR code: 15 digits of the case, 2 of the form, Enter.
    type_keys(
        &mut app,
        &emigration_desk::print::qr_payload(&rec.summary.number, emigration_desk::print::Annex::A4),
    );
    press(&mut app, Key::Named(Named::Enter), false);
    assert!(
        shows(&app, "Accepted: 25.11.2026; come back on 17.12.2026"),
        "the scanned case is open"
    );
    // A misread number (wrong check digit) opens nothing.
    act(&mut app, |ui| {
        ui.click("Back to the list").unwrap();
    });
    type_keys(&mut app, "004220260000014");
    press(&mut app, Key::Named(Named::Enter), false);
    assert!(matches!(&app.screen, Screen::Main { cases, .. } if cases.case.is_none()));
    // Tab and Shift+Tab move the focus.
    press(&mut app, Key::Named(Named::Tab), false);
    press(&mut app, Key::Named(Named::Tab), true);
    assert_eq!(
        app.ui_ops,
        vec![
            emigration_desk::ui::UiOp::FocusNext,
            emigration_desk::ui::UiOp::FocusPrevious
        ]
    );
    // F3 issues a ticket, F2 calls it.
    press(&mut app, Key::Named(Named::F3), false);
    press(&mut app, Key::Named(Named::F2), false);
    act(&mut app, |ui| {
        ui.click("Queue").unwrap();
    });
    assert!(shows(&app, "Serving ticket 001"));
}

#[test]
fn the_screen_locks_when_idle_and_keeps_the_work() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = App::with_store(store(dir.path(), OfficeKind::StateCorporation), t0());
    open_intake(&mut app);
    act(&mut app, |ui| fill(ui, "applicant.surname", "Сейтқали"));
    app.settle(Message::Tick(t0() + Duration::minutes(9)));
    assert!(app.lock.is_none());
    app.settle(Message::Tick(t0() + Duration::minutes(10)));
    assert!(shows(
        &app,
        "The screen is locked (Clerk One). Enter the password to go on; the work is kept."
    ));
    // Nothing behind the lock can be reached.
    assert!(!shows(&app, "Applicant"));
    act(&mut app, |ui| {
        ui.click(selector::id("unlock-password")).unwrap();
        ui.typewrite("not the password");
        ui.tap_key(Named::Enter);
    });
    // The lock screen has no login field: it speaks of the password only.
    assert!(shows(
        &app,
        "Wrong password. Attempts left before the account locks: 2."
    ));
    act(&mut app, |ui| {
        ui.click(selector::id("unlock-password")).unwrap();
        ui.typewrite("clerk password");
        ui.tap_key(Named::Enter);
    });
    assert!(app.lock.is_none());
    assert_eq!(
        wizard(&app).intake.applicant.surname,
        "Сейтқали",
        "the work is kept"
    );
}

#[test]
fn an_administrator_adds_a_user_who_can_then_log_in_and_disables_them() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = App::with_store(store(dir.path(), OfficeKind::StateCorporation), t0());
    log_in(&mut app, "admin", "correct horse");
    act(&mut app, |ui| {
        ui.click("Users").unwrap();
    });
    assert!(shows(&app, "New user"));
    act(&mut app, |ui| {
        ui.click(selector::id("user-login")).unwrap();
        ui.typewrite("officer1");
        ui.click(selector::id("user-name")).unwrap();
        ui.typewrite("Нұрланов Бауыржан");
        ui.click("officer").unwrap();
        ui.click(selector::id("user-password")).unwrap();
        ui.typewrite("short");
    });
    assert!(shows(&app, "The password must have at least 8 characters."));
    act(&mut app, |ui| {
        ui.click(selector::id("user-password")).unwrap();
        ui.typewrite(" enough");
    });
    act(&mut app, |ui| {
        ui.click("Add the user").unwrap();
    });
    assert!(shows(&app, "Saved."));
    act(&mut app, |ui| {
        ui.click("Log out").unwrap();
    });
    log_in(&mut app, "officer1", "short enough");
    assert!(matches!(&app.screen, Screen::Main { user, .. } if user.role == Role::Officer));
    // An officer sees no Users tab.
    assert!(!shows(&app, "Users"));
    act(&mut app, |ui| {
        ui.click("Log out").unwrap();
    });
    log_in(&mut app, "admin", "correct horse");
    act(&mut app, |ui| {
        ui.click("Users").unwrap();
    });
    // Disable the officer: each row has its own Disable button; the message
    // it sends names the login.
    assert!(shows(&app, "Disable"));
    app.settle(Message::Users(emigration_desk::ui::users::Msg::Active(
        "officer1".into(),
        false,
    )));
    act(&mut app, |ui| {
        ui.click("Log out").unwrap();
    });
    log_in(&mut app, "officer1", "short enough");
    assert!(shows(&app, "This account is disabled."));
    let st = common::open_store(dir.path());
    let audit: Vec<String> = st
        .audit_entries(None, 50)
        .unwrap()
        .into_iter()
        .map(|a| a.action)
        .collect();
    assert!(
        audit.contains(&"user_create".to_string()) && audit.contains(&"user_disable".to_string())
    );
}

#[test]
fn out_of_order_needs_a_reason_and_a_no_show_can_be_called_again() {
    let dir = tempfile::tempdir().unwrap();
    let mut st = store(dir.path(), OfficeKind::StateCorporation);
    st.set_setting_audited(
        &emigration_desk::store::Actor::cli(),
        "idle_minutes",
        "120",
        chrono::Utc::now().naive_utc(),
    )
    .unwrap();
    let mut app = App::with_store(st, t0());
    log_in(&mut app, "clerk", "clerk password");
    // A ticket from a separate queue system, issued at 08:50.
    act(&mut app, |ui| {
        ui.click(selector::id("manual-ticket")).unwrap();
        ui.typewrite("A-017");
        ui.click(selector::id("manual-time")).unwrap();
        ui.typewrite("08:50");
        ui.tap_key(Named::Enter);
    });
    act(&mut app, |ui| {
        ui.click("Issue a ticket").unwrap();
    });
    assert!(
        shows(&app, "Ticket A-017 — waiting 10:00"),
        "the wait counts from the ticket's own time"
    );
    // Calling the second ticket first needs a reason.
    act(&mut app, |ui| {
        ui.click("Call out of order").unwrap();
    });
    assert!(shows(
        &app,
        "The standard allows no fast track: give the reason for calling this ticket out of order."
    ));
    act(&mut app, |ui| {
        ui.click(selector::id("out-reason")).unwrap();
        ui.typewrite("disabled applicant");
    });
    act(&mut app, |ui| {
        ui.click("Call out of order").unwrap();
    });
    assert!(shows(&app, "Serving ticket 002"));
    // The applicant does not come: no-show, then called again.
    act(&mut app, |ui| {
        ui.click("Did not come").unwrap();
    });
    confirm(&mut app);
    assert!(shows(&app, "Did not come when called"));
    act(&mut app, |ui| {
        ui.click("Call again").unwrap();
    });
    assert!(shows(&app, "Serving ticket 002"));
    let st = common::open_store(dir.path());
    let calls: Vec<String> = st
        .audit_entries(None, 50)
        .unwrap()
        .into_iter()
        .filter(|a| a.action == "visit_call")
        .map(|a| a.details)
        .collect();
    assert!(
        calls
            .iter()
            .any(|d| d.contains("out of order: disabled applicant")),
        "{calls:?}"
    );
}

#[test]
fn the_administrator_sets_the_idle_period_and_f8_prints_the_cases_form() {
    use iced::keyboard::{key::Named as N, Key};
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
        ui.click("Users").unwrap();
    });
    act(&mut app, |ui| {
        ui.click(selector::id("idle-minutes")).unwrap();
        for _ in 0..3 {
            ui.tap_key(Named::Backspace);
        }
        ui.typewrite("5");
        ui.tap_key(Named::Enter);
    });
    assert_eq!(app.idle_minutes, 5);
    // The workstation's counter, recorded on the visits called here.
    act(&mut app, |ui| {
        ui.click(selector::id("counter")).unwrap();
        ui.typewrite("Window 3");
    });
    act(&mut app, |ui| {
        ui.click("Save counter").unwrap();
    });
    {
        let st = common::open_store(dir.path());
        assert_eq!(st.setting("counter").unwrap().as_deref(), Some("Window 3"));
        let audited: i64 = st
            .raw()
            .query_row(
                "SELECT COUNT(*) FROM audit_log WHERE action = 'setting' AND details = 'counter=Window 3'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(audited, 1);
    }
    // F8 on an open case prints the form its state stands for (Annex 4 here).
    act(&mut app, |ui| {
        ui.click("Cases").unwrap();
    });
    app.settle(Message::Cases(emigration_desk::ui::cases::Msg::Open(
        rec.summary.number,
    )));
    press(&mut app, Key::Named(N::F8), false);
    let pdf = dir
        .path()
        .join("forms")
        .join(format!("{}-annex-4-kk.pdf", rec.summary.number.digits()));
    assert!(
        pdf.exists(),
        "F8 printed Annex 4 in the applicant's language"
    );
    act(&mut app, |ui| {
        ui.click("Log out").unwrap();
    });
    log_in(&mut app, "clerk", "clerk password");
    app.settle(Message::Tick(t0() + Duration::minutes(4)));
    assert!(app.lock.is_none());
    app.settle(Message::Tick(t0() + Duration::minutes(5)));
    assert!(
        app.lock.is_some(),
        "locked after the administrator's five minutes"
    );
}

#[test]
fn an_officer_takes_a_case_from_review_to_handover() {
    let dir = tempfile::tempdir().unwrap();
    let mut st = store(dir.path(), OfficeKind::MigrationPolice);
    add_user(
        &mut st,
        "officer",
        "Officer One",
        Role::Officer,
        "officer password",
    );
    // Days pass in this test without input: keep the idle lock away.
    st.set_setting_audited(
        &emigration_desk::store::Actor::cli(),
        "idle_minutes",
        "100000000",
        chrono::Utc::now().naive_utc(),
    )
    .unwrap();
    // This office asks two bodies.
    st.set_setting_audited(
        &emigration_desk::store::Actor::cli(),
        "approving_bodies",
        "security\ntax",
        chrono::Utc::now().naive_utc(),
    )
    .unwrap();
    let n = accept_sample(&mut st);
    let mut app = App::with_store(st, t0());
    // A clerk sees no review actions.
    log_in(&mut app, "clerk", "clerk password");
    open_case(&mut app, n);
    assert!(!shows(&app, "Approve (Annex 4-1)"));
    act(&mut app, |ui| {
        ui.click("Log out").unwrap();
    });
    log_in(&mut app, "officer", "officer password");
    app.settle(Message::Cases(emigration_desk::ui::cases::Msg::Open(n)));
    // A conclusion, then approval on 15 December.
    act(&mut app, |ui| {
        ui.click("National Security Committee").unwrap();
        ui.click("positive").unwrap();
    });
    act(&mut app, |ui| {
        ui.click(selector::id("conclusion-reference")).unwrap();
        ui.typewrite("№ 12/345");
    });
    act(&mut app, |ui| {
        ui.click("Record the conclusion").unwrap();
    });
    assert!(shows(
        &app,
        "National Security Committee — positive (25.11.2026, № 12/345)"
    ));
    // The second body is still awaited: no approval yet, and the page
    // says which.
    assert!(shows(
        &app,
        "Approval waits for the conclusions of: State revenue body"
    ));
    assert!(!shows(&app, "Approve (Annex 4-1)"));
    // This applicant's tax body was not asked, with the reason.
    act(&mut app, |ui| {
        ui.click("State revenue body").unwrap();
        ui.click("Not asked").unwrap();
    });
    act(&mut app, |ui| {
        ui.click(selector::id("not-asked-reason")).unwrap();
        ui.typewrite("no taxable income in Kazakhstan");
    });
    act(&mut app, |ui| {
        ui.click("Record the conclusion").unwrap();
    });
    assert!(shows(
        &app,
        "State revenue body — not asked: no taxable income in Kazakhstan (25.11.2026, )"
    ));
    app.settle(Message::Tick(
        NaiveDate::from_ymd_opt(2026, 12, 15)
            .unwrap()
            .and_hms_opt(10, 0, 0)
            .unwrap(),
    ));
    act(&mut app, |ui| {
        ui.click("Approve (Annex 4-1)").unwrap();
    });
    assert!(shows(&app, "Approve? The Annex 4-1 direction for deregistration is issued, valid for the days the rules give. This cannot be undone."));
    confirm(&mut app);
    assert!(shows(
        &app,
        "Case 0042-2026-000001-3 — approved, direction issued (Annex 4-1)"
    ));
    // Seven days later without the certificate: the refusal is offered.
    app.settle(Message::Tick(
        NaiveDate::from_ymd_opt(2026, 12, 23)
            .unwrap()
            .and_hms_opt(10, 0, 0)
            .unwrap(),
    ));
    assert!(shows(&app, "The direction was valid until 22.12.2026 and no military deregistration certificate came: refuse on the grounds of paragraph 10."));
    act(&mut app, |ui| {
        ui.click("Not liable for military service").unwrap();
    });
    act(&mut app, |ui| {
        ui.click("Deregistered from the place of residence")
            .unwrap();
    });
    act(&mut app, |ui| {
        ui.click("Make out the decision (Annex 1)").unwrap();
    });
    press(&mut app, iced::keyboard::Key::Named(Named::Enter), false);
    assert!(shows(
        &app,
        "Case 0042-2026-000001-3 — decision ready (Annex 1)"
    ));
    // Deregistered on 23 December: Annex 1's ten days run to 2 January.
    assert!(shows(
        &app,
        "Must leave Kazakhstan by 02.01.2027 (10 days after the residence deregistration, Annex 1)."
    ));
    // Handed over to a representative with a notarised power of attorney.
    act(&mut app, |ui| {
        ui.click("To a representative with a notarised power of attorney")
            .unwrap();
    });
    act(&mut app, |ui| {
        fill(ui, "rep-name", "Әлімов Бек");
        fill(ui, "poa", "№ 2-1234");
        fill(ui, "notary", "Нотариус Н. Н.");
        // A date after the handover is refused at its field.
        fill(ui, "poa-date", "25.06.2030");
    });
    assert!(shows(
        &app,
        &format!(
            "The power of attorney is notarised after the handover day ({}): it must be notarised on that day at the latest.",
            app.now.date().format("%d.%m.%Y")
        )
    ));
    act(&mut app, |ui| {
        ui.click("Hand over").unwrap();
    });
    assert!(!shows(
        &app,
        "Case 0042-2026-000001-3 — decision handed over"
    ));
    act(&mut app, |ui| {
        ui.click(selector::id("poa-date")).unwrap();
        for _ in 0..10 {
            ui.tap_key(iced::keyboard::Key::Named(Named::Backspace));
        }
        ui.typewrite("20.12.2026");
    });
    act(&mut app, |ui| {
        ui.click("Hand over").unwrap();
    });
    confirm(&mut app);
    assert!(shows(
        &app,
        "Case 0042-2026-000001-3 — decision handed over"
    ));
    let mut st = common::open_store(dir.path());
    let rec = st.view_case(&Actor::cli(), &n, t0().date(), t0()).unwrap();
    assert!(
        matches!(&rec.state.handed_to, Some(emigration_desk::domain::case::Recipient::Representative { power_of_attorney, .. }) if power_of_attorney == "№ 2-1234")
    );
    assert_eq!(
        rec.state.direction_valid_until,
        NaiveDate::from_ymd_opt(2026, 12, 22)
    );
}

#[test]
fn the_review_queue_and_the_deadline_board_show_days_left() {
    let dir = tempfile::tempdir().unwrap();
    let mut st = store(dir.path(), OfficeKind::StateCorporation);
    st.set_setting_audited(
        &emigration_desk::store::Actor::cli(),
        "idle_minutes",
        "100000000",
        chrono::Utc::now().naive_utc(),
    )
    .unwrap();
    let rec = st
        .commit_intake(
            &Actor::cli(),
            &sample_intake(),
            IntakeOutcome::Accept,
            t0().date(),
            t0(),
        )
        .unwrap();
    // An open intake has no deadline yet: it is not on the board.
    st.commit_intake(
        &Actor::cli(),
        &sample_intake(),
        IntakeOutcome::Open,
        t0().date(),
        t0(),
    )
    .unwrap();
    let mut app = App::with_store(st, t0());
    log_in(&mut app, "admin", "correct horse");
    act(&mut app, |ui| {
        ui.click("Under review").unwrap();
    });
    // A table with its headers, the case's values in their columns.
    for cell in [
        "Case number".to_string(),
        "Next due".to_string(),
        rec.summary.number.to_string(),
        "850115300001".into(),
        "Сейтқали Ержан Бақытжанұлы".into(),
        "under review".into(),
        "Review with the approving bodies: 17.12.2026 (22 days)".into(),
    ] {
        assert!(shows(&app, &cell), "the review queue shows {cell}");
    }
    // Past the due date the line counts negative days (and turns red).
    app.settle(Message::Tick(
        NaiveDate::from_ymd_opt(2026, 12, 19)
            .unwrap()
            .and_hms_opt(9, 0, 0)
            .unwrap(),
    ));
    act(&mut app, |ui| {
        ui.click("Deadline board").unwrap();
    });
    assert!(shows(
        &app,
        "Review with the approving bodies: 17.12.2026 (-2 days)"
    ));
    let st = common::open_store(dir.path());
    assert_eq!(
        st.cases_by_due(&emigration_desk::store::BoardFilter::default(), 0, 50)
            .unwrap()
            .rows
            .len(),
        1
    );
}

#[test]
fn a_complaint_is_registered_confirmed_and_answered() {
    let dir = tempfile::tempdir().unwrap();
    let mut st = store(dir.path(), OfficeKind::StateCorporation);
    add_user(
        &mut st,
        "boss",
        "Supervisor One",
        Role::Supervisor,
        "supervisor pw",
    );
    let mut app = App::with_store(st, t0());
    log_in(&mut app, "clerk", "clerk password");
    act(&mut app, |ui| {
        ui.click("Complaints").unwrap();
    });
    act(&mut app, |ui| {
        fill(ui, "c-name", "Сейтқали Ержан");
        fill(ui, "c-id", "850115300001");
        fill(ui, "c-address", "Астана қ., Тұран 5");
        fill(ui, "c-text", "Кезекте 40 минут күттім");
    });
    act(&mut app, |ui| {
        ui.click("a State Corporation employee").unwrap();
        ui.click("the head of the State Corporation").unwrap();
        // The person asks for the confirmation in Russian.
        ui.click("по-русски").unwrap();
    });
    act(&mut app, |ui| {
        ui.click("Register").unwrap();
    });
    // Wednesday 25 November 2026 + 5 working days = Wednesday 2 December.
    assert!(shows(&app, "Registered as No. 0042-2026-00001; the answer is due by 02.12.2026. The confirmation is printed."));
    let pdf = dir
        .path()
        .join("forms")
        .join("complaint-0042-2026-00001-ru.pdf");
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF"));
    let out = std::process::Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(&pdf)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is installed");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("Подтверждение о принятии жалобы") && text.contains("0042-2026-00001"),
        "{text}"
    );
    // A clerk cannot answer; a supervisor can.
    act(&mut app, |ui| {
        ui.click("Log out").unwrap();
    });
    log_in(&mut app, "boss", "supervisor pw");
    act(&mut app, |ui| {
        ui.click("Complaints").unwrap();
    });
    act(&mut app, |ui| {
        ui.click("0042-2026-00001  25.11.2026  Сейтқали Ержан  due 02.12.2026")
            .unwrap();
    });
    // Whoever answers sees what the complaint says.
    assert!(shows(&app, "Кезекте 40 минут күттім"));
    act(&mut app, |ui| {
        fill(
            ui,
            "c-answer",
            "Кешірім сұраймыз; кезек тәртібі тексерілді.",
        )
    });
    act(&mut app, |ui| {
        ui.click("Record the answer").unwrap();
    });
    assert!(shows(
        &app,
        "0042-2026-00001  25.11.2026  Сейтқали Ержан  answered 25.11.2026"
    ));
}

#[test]
fn the_board_filters_by_stage_and_officer_and_charts_the_visits() {
    use emigration_desk::domain::case::{Conclusion, EventKind};
    let dir = tempfile::tempdir().unwrap();
    let mut st = store(dir.path(), OfficeKind::StateCorporation);
    st.set_setting_audited(
        &emigration_desk::store::Actor::cli(),
        "idle_minutes",
        "100000000",
        chrono::Utc::now().naive_utc(),
    )
    .unwrap();
    add_user(
        &mut st,
        "officer",
        "Officer One",
        Role::Officer,
        "officer password",
    );
    let officer = Actor {
        name: "officer".into(),
        user_id: None,
        role: Some(Role::Officer),
    };
    // The police office reviews; its officer's work comes back by sync.
    let (_police_dir, mut police) = police_for(&mut st);

    let day = t0().date();
    let mut numbers = vec![];
    for _ in 0..3 {
        let rec = st
            .commit_intake(
                &Actor::cli(),
                &sample_intake(),
                IntakeOutcome::Accept,
                day,
                t0(),
            )
            .unwrap();
        numbers.push(rec.summary.number);
    }
    carry(&mut st, &mut police, t0());
    // The officer works on the first case (a conclusion) and approves the second.
    police
        .append_event(
            &officer,
            &numbers[0],
            EventKind::ConclusionRecorded {
                conclusion: Conclusion {
                    body: "security".into(),
                    positive: true,
                    on: day,
                    reference: "17-4".into(),
                    not_asked: None,
                },
            },
            day,
            t0(),
        )
        .unwrap();
    hear_every_body(&mut police, &officer, &numbers[1], day);
    police
        .append_event(
            &officer,
            &numbers[1],
            EventKind::Approved {
                on: day,
                valid_until: day + chrono::Duration::days(7),
            },
            day,
            t0(),
        )
        .unwrap();
    carry(&mut st, &mut police, t0());
    // Visits at counter "Window 3": two within 15 minutes, one served too
    // long; one at the counter before it was named (the clerk's login).
    let at = |h: u32, m: u32| day.and_hms_opt(h, m, 0).unwrap();
    let clerk = Actor {
        name: "clerk".into(),
        user_id: None,
        role: Some(Role::Clerk),
    };
    let serve =
        |st: &mut Store, issued: NaiveDateTime, called: NaiveDateTime, ended: NaiveDateTime| {
            let v = st.issue_ticket(&clerk, "A001", issued, issued).unwrap();
            st.call_visit(&clerk, v.id, called, None).unwrap();
            st.end_visit(&clerk, v.id, ended, "served", None).unwrap();
        };
    serve(&mut st, at(9, 0), at(9, 5), at(9, 15));
    st.set_setting_audited(
        &emigration_desk::store::Actor::cli(),
        "counter",
        "Window 3",
        chrono::Utc::now().naive_utc(),
    )
    .unwrap();
    serve(&mut st, at(9, 10), at(9, 20), at(9, 30));
    serve(&mut st, at(9, 20), at(9, 31), at(9, 50));
    serve(&mut st, at(10, 0), at(10, 10), at(10, 25));
    let mut app = App::with_store(st, day.and_hms_opt(12, 0, 0).unwrap());
    log_in(&mut app, "admin", "correct horse");
    act(&mut app, |ui| {
        ui.click("Cases").unwrap();
    });
    act(&mut app, |ui| {
        ui.click("Deadline board").unwrap();
    });
    assert!(shows(&app, "25.11.2026  clerk"));
    assert!(shows(&app, "1 of 1 (100 %)"));
    assert!(shows(&app, "25.11.2026  Window 3"));
    assert!(shows(&app, "2 of 3 (66 %)"));
    // By stage: only the approved case.
    act(&mut app, |ui| {
        ui.click("approved, direction issued (Annex 4-1)").unwrap();
    });
    let rows = |app: &App| match &app.screen {
        Screen::Main { cases, .. } => cases
            .rows
            .as_ref()
            .map(|p| p.rows.iter().map(|r| r.number).collect::<Vec<_>>())
            .unwrap_or_default(),
        _ => panic!("not on the main screen"),
    };
    assert_eq!(rows(&app), vec![numbers[1]]);
    act(&mut app, |ui| {
        ui.click("All stages").unwrap();
    });
    assert_eq!(rows(&app).len(), 3);
    // By officer: the two cases the officer worked on.
    act(&mut app, |ui| {
        ui.click("All officers").unwrap();
    });
    act(&mut app, |ui| {
        ui.click("officer").unwrap();
    });
    let mut by_officer = rows(&app);
    by_officer.sort_by_key(|n| n.key());
    assert_eq!(by_officer, vec![numbers[0], numbers[1]]);
    // By office, together with the officer: this office's cases of theirs.
    act(&mut app, |ui| {
        ui.click("Office 0042").unwrap();
    });
    assert_eq!(rows(&app).len(), 2);
    act(&mut app, |ui| {
        ui.click("All officers").unwrap();
    });
    assert_eq!(rows(&app).len(), 3);
}

#[test]
fn a_clerk_prints_the_annex_3_request_and_records_its_answer() {
    use emigration_desk::domain::intake::{Dependant, Presented, Whereabouts};
    let dir = tempfile::tempdir().unwrap();
    let mut st = store(dir.path(), OfficeKind::StateCorporation);
    // A dependant staying behind whose registration is unknown: the
    // Annex 3 request stands in for the alimony agreement (para 9).
    let mut intake = sample_intake();
    intake.dependants.push(Dependant {
        full_name: "Сейтқали Бақытжан Оразұлы".into(),
        relationship: "father".into(),
        whereabouts: Whereabouts::Unknown,
    });
    intake.documents.push(Presented {
        requirement: emigration_desk::domain::checklist::Requirement::RegistrationRequest,
        subject: emigration_desk::domain::checklist::Subject::Dependant(0),
        via: emigration_desk::domain::checklist::Via::Paper,
    });
    let n = st
        .commit_intake(
            &Actor::cli(),
            &intake,
            IntakeOutcome::Accept,
            t0().date(),
            t0(),
        )
        .unwrap()
        .summary
        .number;
    let mut app = App::with_store(st, t0());
    log_in(&mut app, "clerk", "clerk password");
    act(&mut app, |ui| {
        ui.click("Cases").unwrap();
    });
    app.settle(Message::Cases(emigration_desk::ui::cases::Msg::Open(n)));
    act(&mut app, |ui| {
        ui.click(annex("3").as_str()).unwrap();
    });
    let pdf = dir
        .path()
        .join("forms")
        .join(format!("{}-annex-3-kk.pdf", n.digits()));
    assert!(pdf.exists(), "the Annex 3 request is printed: {pdf:?}");
    // The record button waits for the person and the answer's number.
    assert!(shows(&app, "Record the answer"));
    act(&mut app, |ui| {
        fill(ui, "annex3-person", "Сейтқали Бақытжан, father");
        fill(ui, "annex3-details", "Астана қ., Абай 3");
        ui.click("Registered in Kazakhstan").unwrap();
        fill(ui, "annex3-reference", "17/45");
    });
    act(&mut app, |ui| {
        ui.click("Record the answer").unwrap();
    });
    assert!(
        shows(
            &app,
            "Сейтқали Бақытжан, father — registered: Астана қ., Абай 3 (17/45, 25.11.2026)"
        ),
        "the answer shows on the case page"
    );
    assert!(shows(
        &app,
        "25.11.2026 09:00  answer to the Annex 3 request  clerk"
    ));
    let mut st = common::open_store(dir.path());
    let case = st.view_case(&Actor::cli(), &n, t0().date(), t0()).unwrap();
    assert_eq!(case.state.registration_answers.len(), 1);
    assert!(case.state.registration_answers[0].registered);
}

#[test]
fn a_home_visit_is_requested_scheduled_and_flags_the_case_taken_at_home() {
    let dir = tempfile::tempdir().unwrap();
    let mut st = store(dir.path(), OfficeKind::StateCorporation);
    let n = accept_sample(&mut st);
    let mut app = App::with_store(st, t0());
    log_in(&mut app, "clerk", "clerk password");
    act(&mut app, |ui| {
        ui.click("Home visits").unwrap();
    });
    // An incomplete request names what is wrong at the field; nothing typed is lost.
    act(&mut app, |ui| {
        fill(ui, "h-name", "Сейтқали");
        fill(ui, "h-iin", "850115300001");
    });
    act(&mut app, |ui| {
        ui.click("Write down the request").unwrap();
    });
    assert!(shows(&app, "Surname and given name, at least."));
    assert!(shows(&app, "Give the reason for the visit."));
    act(&mut app, |ui| {
        fill(ui, "h-name", " Ержан");
        fill(ui, "h-phone", "+7 701 000 00 00");
        fill(ui, "h-address", "Астана қ., Тұран 5, 12-пәтер");
        fill(ui, "h-reason", "I топтағы мүгедектік");
    });
    act(&mut app, |ui| {
        ui.click("Write down the request").unwrap();
    });
    assert!(shows(&app, "Request 0042-2026-H0001 written down."));
    let line =
        "0042-2026-H0001  25.11.2026  Сейтқали Ержан  Астана қ., Тұран 5, 12-пәтер  not scheduled";
    act(&mut app, |ui| {
        ui.click(line).unwrap();
    });
    // A day in the past is refused with a message; then the next day.
    act(&mut app, |ui| {
        fill(ui, "h-day", "24.11.2026");
    });
    act(&mut app, |ui| {
        ui.click("Schedule").unwrap();
    });
    assert!(shows(&app, "The day of the visit cannot be in the past."));
    act(&mut app, |ui| {
        ui.click(selector::id("h-day")).unwrap();
        ui.tap_key(Named::End);
        for _ in 0..10 {
            ui.tap_key(Named::Backspace);
        }
        ui.typewrite("25.11.2026");
    });
    act(&mut app, |ui| {
        ui.click("Schedule").unwrap();
    });
    assert!(shows(&app, "Request 0042-2026-H0001: visit on 25.11.2026."));
    // At home the intake makes the case; the request closes and flags it.
    act(&mut app, |ui| {
        fill(ui, "h-case", &n.to_string());
    });
    act(&mut app, |ui| {
        ui.click("Intake done at home").unwrap();
    });
    assert!(shows(
        &app,
        &format!("Request 0042-2026-H0001 done; case {n} is flagged as taken at home.")
    ));
    assert!(shows(
        &app,
        &format!("0042-2026-H0001  25.11.2026  Сейтқали Ержан  Астана қ., Тұран 5, 12-пәтер  done 25.11.2026, case {n}")
    ));
    open_case(&mut app, n);
    assert!(shows(
        &app,
        "Documents taken at the applicant's home on 25.11.2026 (request 0042-2026-H0001)."
    ));
}

#[test]
fn the_administrator_sets_the_approving_bodies_the_officer_chooses_from() {
    let dir = tempfile::tempdir().unwrap();
    let mut st = store(dir.path(), OfficeKind::MigrationPolice);
    add_user(
        &mut st,
        "officer",
        "Officer One",
        Role::Officer,
        "officer password",
    );
    let n = accept_sample(&mut st);
    let mut app = App::with_store(st, t0());
    log_in(&mut app, "admin", "correct horse");
    act(&mut app, |ui| {
        ui.click("Users").unwrap();
    });
    // The defaults, by name; the administrator drops three and adds one.
    assert_eq!(
        match &app.screen {
            Screen::Main { users, .. } => users.bodies.clone(),
            _ => panic!(),
        },
        "National Security Committee; Defence affairs department; State revenue body; Courts and enforcement; Prosecutor's office"
    );
    app.settle(Message::Users(emigration_desk::ui::users::Msg::Bodies(
        "National Security Committee; Regional migration service".into(),
    )));
    act(&mut app, |ui| {
        ui.click("Save the bodies").unwrap();
    });
    {
        let st = common::open_store(dir.path());
        assert_eq!(
            st.setting("approving_bodies").unwrap().as_deref(),
            Some("security\nRegional migration service")
        );
    }
    act(&mut app, |ui| {
        ui.click("Log out").unwrap();
    });
    log_in(&mut app, "officer", "officer password");
    open_case(&mut app, n);
    assert!(!shows(&app, "State revenue body"));
    act(&mut app, |ui| {
        ui.click("Regional migration service").unwrap();
    });
    act(&mut app, |ui| {
        fill(ui, "conclusion-reference", "МҚ-12");
        ui.click("positive").unwrap();
    });
    act(&mut app, |ui| {
        ui.click("Record the conclusion").unwrap();
    });
    let mut st = common::open_store(dir.path());
    let rec = st.view_case(&Actor::cli(), &n, t0().date(), t0()).unwrap();
    assert_eq!(rec.state.conclusions.len(), 1);
    assert_eq!(rec.state.conclusions[0].body, "Regional migration service");
    assert!(rec.state.conclusions[0].positive);
}

#[test]
fn an_officer_refuses_on_a_para_10_ground_and_prints_annex_1_1() {
    let dir = tempfile::tempdir().unwrap();
    let mut st = store(dir.path(), OfficeKind::MigrationPolice);
    add_user(
        &mut st,
        "officer",
        "Officer One",
        Role::Officer,
        "officer password",
    );
    let n = accept_sample(&mut st);
    let mut app = App::with_store(st, t0());
    log_in(&mut app, "officer", "officer password");
    open_case(&mut app, n);
    // No ground ticked: the refusal cannot be pressed.
    act(&mut app, |ui| {
        ui.click("Refuse (Annex 1-1)").unwrap();
    });
    assert!(shows(&app, &format!("Case {n} — under review")));
    act(&mut app, |ui| {
        ui.click("3. convicted of a crime").unwrap();
    });
    // The standard's "until" is shown (the notice prints it in the form's
    // language); the clerk types only the case's detail.
    assert!(shows(
        &app,
        "until the sentence is served or the person is released from it; the case's detail (optional):"
    ));
    act(&mut app, |ui| {
        ui.click("Refuse (Annex 1-1)").unwrap();
    });
    confirm(&mut app);
    assert!(shows(&app, &format!("Case {n} — refused (Annex 1-1)")));
    // F8 prints the form of the state: the refusal notice.
    press(
        &mut app,
        iced::keyboard::Key::Named(iced::keyboard::key::Named::F8),
        false,
    );
    // In the applicant's language (Kazakh in the sample).
    let pdf = dir
        .path()
        .join("forms")
        .join(format!("{}-annex-1-1-kk.pdf", n.digits()));
    assert!(pdf.exists(), "Annex 1-1 printed: {pdf:?}");
    let mut st = common::open_store(dir.path());
    let rec = st.view_case(&Actor::cli(), &n, t0().date(), t0()).unwrap();
    assert_eq!(rec.state.grounds.len(), 1);
    assert_eq!(rec.state.grounds[0].ground, 3);
    // Nothing of the interface language went into the case.
    assert_eq!(rec.state.grounds[0].until, "");
}

#[test]
fn a_supervisor_corrects_an_entry_and_the_original_stays() {
    let dir = tempfile::tempdir().unwrap();
    let mut st = store(dir.path(), OfficeKind::StateCorporation);
    add_user(
        &mut st,
        "boss",
        "Supervisor One",
        Role::Supervisor,
        "supervisor pw",
    );
    let n = accept_sample(&mut st);
    let mut app = App::with_store(st, t0());
    // A clerk is not offered corrections.
    log_in(&mut app, "clerk", "clerk password");
    open_case(&mut app, n);
    assert!(!shows(&app, "Record the correction"));
    act(&mut app, |ui| {
        ui.click("Log out").unwrap();
    });
    log_in(&mut app, "boss", "supervisor pw");
    open_case(&mut app, n);
    act(&mut app, |ui| {
        ui.click("#2  25.11.2026 09:00  accepted (Annex 4)")
            .unwrap();
        fill(ui, "correction-note", "Fee receipt No. is 77, not 71");
    });
    act(&mut app, |ui| {
        ui.click("Record the correction").unwrap();
    });
    assert!(shows(
        &app,
        "Entry #2 (accepted (Annex 4)) corrected: Fee receipt No. is 77, not 71"
    ));
    let mut st = common::open_store(dir.path());
    let rec = st.view_case(&Actor::cli(), &n, t0().date(), t0()).unwrap();
    assert_eq!(rec.state.corrections.len(), 1);
    assert!(rec.events.iter().any(|e| matches!(
        e.kind,
        emigration_desk::domain::case::EventKind::Accepted { .. }
    )));
}

/// Stage 1 as the rulebook wants it before an approval: a positive
/// conclusion from every body the office asks (the five defaults).
fn hear_every_body(
    st: &mut Store,
    who: &Actor,
    n: &emigration_desk::domain::case::CaseNumber,
    on: NaiveDate,
) {
    use emigration_desk::domain::case::{Conclusion, EventKind};
    for body in emigration_desk::domain::rulebook::DEFAULT_BODIES {
        st.append_event(
            who,
            n,
            EventKind::ConclusionRecorded {
                conclusion: Conclusion {
                    body: body.into(),
                    positive: true,
                    on,
                    reference: format!("{body}-1"),
                    not_asked: None,
                },
            },
            on,
            on.and_hms_opt(9, 0, 0).unwrap(),
        )
        .unwrap();
    }
}

#[test]
fn an_uncollected_decision_is_flagged_after_a_month_and_passed_to_the_provider() {
    use emigration_desk::domain::case::{Conclusion, EventKind};
    let dir = tempfile::tempdir().unwrap();
    let mut st = store(dir.path(), OfficeKind::StateCorporation);
    // A day passes without input in this test: keep the idle lock away.
    st.set_setting_audited(
        &emigration_desk::store::Actor::cli(),
        "idle_minutes",
        "100000000",
        chrono::Utc::now().naive_utc(),
    )
    .unwrap();
    let day = |m: u32, d: u32, y: i32| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    // Reviewed and decided at the police office; the decision waits at the
    // department.
    let (_police_dir, mut police) = police_for(&mut st);
    let n = accept_sample(&mut st);
    carry(&mut st, &mut police, t0());
    let officer = Actor {
        name: "officer".into(),
        user_id: None,
        role: Some(Role::Officer),
    };
    hear_every_body(&mut police, &officer, &n, day(12, 14, 2026));
    let steps = [
        (
            day(12, 14, 2026),
            EventKind::ConclusionRecorded {
                conclusion: Conclusion {
                    body: "security".into(),
                    positive: true,
                    on: day(12, 14, 2026),
                    reference: "1".into(),
                    not_asked: None,
                },
            },
        ),
        (
            day(12, 15, 2026),
            EventKind::Approved {
                on: day(12, 15, 2026),
                valid_until: day(12, 22, 2026),
            },
        ),
        (
            day(12, 17, 2026),
            EventKind::NotLiableForMilitary {
                on: day(12, 17, 2026),
            },
        ),
        (
            day(12, 17, 2026),
            EventKind::ResidenceDeregistered {
                on: day(12, 17, 2026),
            },
        ),
        (
            day(12, 18, 2026),
            EventKind::DecisionIssued {
                on: day(12, 18, 2026),
            },
        ),
    ];
    for (on, kind) in steps {
        let at = on.and_hms_opt(10, 0, 0).unwrap();
        police.append_event(&officer, &n, kind, on, at).unwrap();
        carry(&mut st, &mut police, at);
    }
    // 18 January: still within the month — no flag.
    let mut app = App::with_store(st, day(1, 18, 2027).and_hms_opt(9, 0, 0).unwrap());
    log_in(&mut app, "clerk", "clerk password");
    open_case(&mut app, n);
    let flag = "Not collected: the month of storage ended on 18.01.2027. Pass the decision to the provider.";
    assert!(!shows(&app, flag));
    app.settle(Message::Tick(
        day(1, 19, 2027).and_hms_opt(9, 0, 0).unwrap(),
    ));
    app.settle(Message::Cases(emigration_desk::ui::cases::Msg::Open(n)));
    assert!(shows(&app, flag));
    act(&mut app, |ui| {
        ui.click("Not collected for a month: pass to the provider")
            .unwrap();
    });
    confirm(&mut app);
    assert!(shows(
        &app,
        &format!("Case {n} — decision passed to the provider")
    ));
    // The board's "passed to the provider" filter lists it, though no
    // deadline runs for it any more.
    let on_board = common::open_store(dir.path())
        .cases_by_due(
            &emigration_desk::store::BoardFilter {
                status: Some(emigration_desk::domain::case::Status::TransferredToProvider),
                ..Default::default()
            },
            0,
            50,
        )
        .unwrap();
    assert!(on_board.rows.iter().any(|r| r.number == n), "{on_board:?}");
}

/// The sync status line as the header shows it.
fn status_line(app: &App) -> String {
    emigration_desk::ui::sync::status_line(
        app.sync_on,
        app.sync_status.as_ref(),
        &app.sync_counts,
        app.now,
    )
    .0
}

/// The administrator sets the sync connection (a bad URL is refused at its
/// field), adds a route; the status line tells that sync is off until then.
#[test]
fn administrator_sets_sync_and_routes_and_the_status_line_shows_it() {
    let dir = tempfile::tempdir().unwrap();
    let st = store(dir.path(), OfficeKind::StateCorporation);
    let mut app = App::with_store(st, t0());
    log_in(&mut app, "admin", "correct horse");
    app.settle(Message::SyncTick);
    assert!(status_line(&app).starts_with("Sync: off"));
    assert!(
        shows(&app, &status_line(&app)),
        "the status line is on screen"
    );
    act(&mut app, |ui| {
        ui.click("Sync").unwrap();
    });
    act(&mut app, |ui| {
        ui.click("Sync with other offices").unwrap();
        fill(ui, "sync.urls", "http://nats.example.kz");
        fill(ui, "sync.user", "office_42");
        fill(ui, "sync.password", "s3cret");
        fill(ui, "sync.workstation", "a");
    });
    act(&mut app, |ui| {
        ui.click("Save and reconnect").unwrap();
    });
    assert!(shows(
        &app,
        "A server URL starts with nats:// or tls:// and has no spaces."
    ));
    {
        let st = app.store.as_ref().unwrap().lock().unwrap();
        assert_eq!(st.sync_config().unwrap(), None, "nothing saved");
    }
    act(&mut app, |ui| {
        ui.click(selector::id("sync.urls")).unwrap();
        ui.tap_key(Named::End);
        for _ in 0..30 {
            ui.tap_key(Named::Backspace);
        }
        ui.typewrite("nats://nats.example.kz:4222");
    });
    act(&mut app, |ui| {
        ui.click("Save and reconnect").unwrap();
    });
    assert!(shows(&app, "Saved. Sync restarts with these settings."));
    act(&mut app, |ui| {
        fill(ui, "sync.route_sc", "42");
        fill(ui, "sync.route_police", "7");
    });
    act(&mut app, |ui| {
        ui.click("Add route").unwrap();
    });
    assert!(shows(&app, "Department 42 → police office 7"));
    app.settle(Message::SyncTick);
    let st = app.store.as_ref().unwrap().lock().unwrap();
    let cfg = st.sync_config().unwrap().unwrap();
    assert!(cfg.enabled);
    assert_eq!(cfg.urls, vec!["nats://nats.example.kz:4222".to_string()]);
    assert_eq!(cfg.workstation, "a");
    assert_eq!(st.routes().unwrap(), vec![(42, 7)]);
    drop(st);
    assert!(app.sync_on);
    assert!(
        status_line(&app).starts_with("Sync: starting"),
        "on, not yet connected"
    );
    assert!(shows(&app, &status_line(&app)));
}

/// Two offices wrote the same entry of a case: the conflict is listed for
/// the supervisor, who settles it with a note; nothing is overwritten.
#[test]
fn a_supervisor_sees_and_settles_a_sync_conflict() {
    use emigration_desk::store::Incoming;
    use emigration_desk::sync::envelope::{self, Message as Wire};
    let dir = tempfile::tempdir().unwrap();
    let mut st = store(dir.path(), OfficeKind::StateCorporation);
    add_user(
        &mut st,
        "super",
        "Super Visor",
        Role::Supervisor,
        "supervisor password",
    );
    // Office 7 reviews this department's cases (only an office that holds
    // or held a case can be in conflict over it).
    st.set_route(&Actor::cli(), 42, Some(7), t0()).unwrap();
    let n = accept_sample(&mut st);
    // The same second entry as written at office 7 with another id.
    let out = st.outbox_batch("a", 10, None).unwrap();
    let mut env = out
        .iter()
        .find_map(
            |o| match serde_json::from_slice::<Wire>(&o.payload).unwrap() {
                Wire::Event(e) if e.event.seq == 2 => Some(e),
                _ => None,
            },
        )
        .expect("the second entry");
    assert_eq!(env.event.seq, 2);
    env.event.id = uuid::Uuid::now_v7();
    env.event.office = 7;
    env.origin_office = 7;
    env.dest_office = 42;
    let subject = envelope::subject(42, 7, &env.event.case_id, "accepted");
    let d = st
        .inbox_store(
            42,
            &[Incoming {
                subject,
                payload: serde_json::to_vec(&Wire::Event(env)).unwrap(),
                stream_seq: 1,
                published: None,
            }],
            t0(),
        )
        .unwrap();
    assert_eq!(d.len(), 1);
    let rep = st.apply_pending(t0()).unwrap();
    assert_eq!(rep.conflicts, 1);
    let before = st.case_event_ids(&n).unwrap();
    let mut app = App::with_store(st, t0());
    log_in(&mut app, "super", "supervisor password");
    app.settle(Message::SyncTick);
    assert!(
        status_line(&app).contains("conflicts 1"),
        "the status line counts it"
    );
    assert!(shows(&app, &status_line(&app)));
    act(&mut app, |ui| {
        ui.click("Sync").unwrap();
    });
    assert!(shows(&app, "Conflicts for a supervisor (1)"));
    act(&mut app, |ui| {
        ui.click("Settle").unwrap();
    });
    assert!(shows(&app, "Write a note: what was decided and why."));
    let id = {
        let st = app.store.as_ref().unwrap().lock().unwrap();
        st.sync_conflicts(5).unwrap()[0].id
    };
    act(&mut app, |ui| {
        fill(ui, &format!("sync.note.{id}"), "Кеңсе 7-мен келісілді");
    });
    act(&mut app, |ui| {
        ui.click("Settle").unwrap();
    });
    assert!(shows(&app, "settled by super: Кеңсе 7-мен келісілді"));
    let st = app.store.as_ref().unwrap().lock().unwrap();
    assert_eq!(st.sync_counts().unwrap().conflicts, 0);
    assert_eq!(
        st.case_event_ids(&n).unwrap(),
        before,
        "the local log is untouched"
    );
}

/// The case page's button that prints annex `code` of a case in Kazakh.
fn annex(code: &str) -> String {
    let name = match code {
        "1" => "decision permitting departure",
        "1-1" => "refusal of departure",
        "2" => "questionnaire",
        "3" => "request to the internal affairs body",
        "4" => "receipt of documents",
        "4-1" => "direction for deregistration",
        _ => "refusal to accept documents",
    };
    format!("Annex {code}: {name} — in Kazakh")
}

/// Whether the case page offers the button that prints annex `annex`.
fn offers(app: &App, annex: &str) -> bool {
    let mut ui = window(app);
    ui.find(self::annex(annex).as_str()).is_ok()
}

const ANNEXES: [&str; 7] = ["1", "1-1", "2", "3", "4", "4-1", "5"];

/// The case page offers exactly `want`; each offered form prints (and is
/// recorded once) when clicked.
fn check_forms(
    app: &mut App,
    dir: &std::path::Path,
    n: emigration_desk::domain::case::CaseNumber,
    want: &[&str],
) {
    open_case(app, n);
    for a in ANNEXES {
        assert_eq!(
            offers(app, a),
            want.contains(&a),
            "Annex {a} for {n}: want {want:?}"
        );
    }
    for a in want {
        let before = common::open_store(dir).issued_forms(&n).unwrap().len();
        act(app, |ui| {
            ui.click(annex(a).as_str()).unwrap();
        });
        let after = common::open_store(dir).issued_forms(&n).unwrap().len();
        assert_eq!(after, before + 1, "Annex {a} printed and recorded once");
    }
}

#[test]
fn the_case_page_offers_exactly_the_forms_that_exist() {
    use emigration_desk::domain::case::{EventKind, Recipient};
    let dir = tempfile::tempdir().unwrap();
    let mut st = store(dir.path(), OfficeKind::StateCorporation);
    add_user(
        &mut st,
        "officer",
        "Officer Two",
        Role::Officer,
        "officer password",
    );
    let officer = Actor {
        name: "officer".into(),
        user_id: None,
        role: Some(Role::Officer),
    };
    let open = st
        .commit_intake(
            &Actor::cli(),
            &sample_intake(),
            IntakeOutcome::Open,
            t0().date(),
            t0(),
        )
        .unwrap()
        .summary
        .number;
    let mut incomplete = sample_intake();
    incomplete.fee = None;
    let refused = st
        .commit_intake(
            &Actor::cli(),
            &incomplete,
            IntakeOutcome::RefuseIncomplete,
            t0().date(),
            t0(),
        )
        .unwrap()
        .summary
        .number;
    // The review is the police office's: the department's cases go there
    // and come back.
    let (_police_dir, mut police) = police_for(&mut st);
    let review = accept_sample(&mut st);
    let approved = accept_sample(&mut st);
    let decided = accept_sample(&mut st);
    let day = NaiveDate::from_ymd_opt(2026, 12, 10).unwrap();
    let at = day.and_hms_opt(9, 0, 0).unwrap();
    carry(&mut st, &mut police, at);
    let approve = EventKind::Approved {
        on: day,
        valid_until: NaiveDate::from_ymd_opt(2026, 12, 17).unwrap(),
    };
    for n in [&approved, &decided] {
        hear_every_body(&mut police, &officer, n, day);
        police
            .append_event(&officer, n, approve.clone(), day, at)
            .unwrap();
    }
    carry(&mut st, &mut police, at);
    for kind in [
        EventKind::NotLiableForMilitary { on: day },
        EventKind::ResidenceDeregistered { on: day },
    ] {
        st.append_event(&officer, &decided, kind, day, at).unwrap();
    }
    carry(&mut st, &mut police, at);
    police
        .append_event(
            &officer,
            &decided,
            EventKind::DecisionIssued { on: day },
            day,
            at,
        )
        .unwrap();
    carry(&mut st, &mut police, at);
    st.append_event(
        &officer,
        &decided,
        EventKind::HandedOver {
            on: day,
            to: Recipient::Applicant,
        },
        day,
        at,
    )
    .unwrap();
    let mut app = App::with_store(st, day.and_hms_opt(9, 0, 0).unwrap());
    log_in(&mut app, "officer", "officer password");
    check_forms(&mut app, dir.path(), open, &["2"]);
    check_forms(&mut app, dir.path(), refused, &["2", "5"]);
    check_forms(&mut app, dir.path(), review, &["2", "4"]);
    check_forms(&mut app, dir.path(), approved, &["2", "4", "4-1"]);
    check_forms(&mut app, dir.path(), decided, &["1", "2", "4", "4-1"]);
    // F8 on a case under review prints its receipt, never a decision.
    open_case(&mut app, review);
    press(&mut app, iced::keyboard::Key::Named(Named::F8), false);
    let forms = common::open_store(dir.path())
        .issued_forms(&review)
        .unwrap();
    assert!(forms.iter().all(|f| f.annex != "1"));
}

#[test]
fn the_gui_and_the_command_line_print_the_same_form() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = App::with_store(store(dir.path(), OfficeKind::StateCorporation), t0());
    // Incomplete (no fee): the Annex 5 receipt, refused by the clerk.
    refuse_without_fee(&mut app);
    let emigration_desk::ui::intake::Done {
        number,
        receipt: gui_pdf,
        ..
    } = wizard(&app).done().cloned().expect("refused");
    let gui_pdf = gui_pdf.expect("a receipt").expect("the receipt is written");
    let gui = common::pdf_words(&gui_pdf);
    assert!(gui.contains("Clerk One"), "the clerk who refused: {gui}");
    // The administrator prints the same form from the command line.
    let cli_pdf = dir.path().join("cli.pdf");
    let o = common::bin(
        dir.path(),
        "2026-11-25",
        &[
            "print",
            "5",
            "--case",
            &number.to_string(),
            "-o",
            cli_pdf.to_str().unwrap(),
        ],
    );
    assert!(o.status.success(), "{}", common::err(&o));
    assert_eq!(
        common::pdf_words(&cli_pdf),
        gui,
        "the same names, dates and words"
    );
    // And the clerk's reprint from the case page is the same again.
    open_case(&mut app, number);
    act(&mut app, |ui| {
        ui.click(annex("5").as_str()).unwrap();
    });
    assert_eq!(common::pdf_words(&gui_pdf), gui);
}

#[test]
fn a_failed_background_task_is_said_and_the_clerk_stays_signed_in() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = App::with_store(store(dir.path(), OfficeKind::StateCorporation), t0());
    log_in(&mut app, "clerk", "clerk password");
    let failed = emigration_desk::t!("ui-task-failed");
    app.settle(Message::TaskFailed(failed.clone()));
    assert!(matches!(app.screen, Screen::Main { .. }), "not logged out");
    assert!(shows(&app, &failed));
    // The next input clears it.
    act(&mut app, |ui| {
        ui.click("Cases").unwrap();
    });
    assert!(!shows(&app, &failed));
}

#[test]
fn a_country_is_chosen_from_a_searchable_list_and_kept_as_its_code() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = App::with_store(store(dir.path(), OfficeKind::StateCorporation), t0());
    open_intake(&mut app);
    act(&mut app, |ui| {
        ui.click("Destination").unwrap();
    });
    // A part of the name, in any language: the matches are offered in the
    // interface language; nothing is stored as a country yet.
    act(&mut app, |ui| {
        fill(ui, "destination_country", "герм");
    });
    assert!(shows(&app, "Germany"));
    assert_ne!(wizard(&app).intake.destination_country, "DE");
    // Enter takes the first match: the code is stored, the name shown.
    act(&mut app, |ui| {
        ui.click(selector::id("destination_country")).unwrap();
        ui.tap_key(Named::Enter);
    });
    assert_eq!(wizard(&app).intake.destination_country, "DE");
    assert_eq!(
        wizard(&app)
            .raw
            .get("destination_country")
            .map(String::as_str),
        Some("Germany")
    );
    // A name that is no country stays what was typed, and is refused.
    act(&mut app, |ui| {
        fill(ui, "destination_country", "x");
    });
    let v = wizard(&app).intake.validate(t0().date());
    assert!(v.errors.iter().any(|e| e.field == "destination_country"));
}

#[test]
fn a_second_open_case_for_one_applicant_is_warned_then_confirmed() {
    let dir = tempfile::tempdir().unwrap();
    let mut st = store(dir.path(), OfficeKind::StateCorporation);
    let first = accept_sample(&mut st);
    let mut app = App::with_store(st, t0());
    log_in(&mut app, "clerk", "clerk password");
    // The same applicant's complete package, as the counter would take it.
    if let Screen::Main { intake, .. } = &mut app.screen {
        intake.intake = sample_intake();
    }
    act(&mut app, |ui| {
        ui.click("Intake").unwrap();
    });
    act(&mut app, |ui| {
        ui.click("Accept (Annex 4)").unwrap();
    });
    confirm(&mut app);
    // Warned, with the open case's number; nothing committed.
    assert!(wizard(&app).done().is_none());
    assert!(
        wizard(&app)
            .error
            .as_deref()
            .is_some_and(|e| e.contains(&first.to_string())),
        "{:?}",
        wizard(&app).error
    );
    // The second press is the clerk's confirmation.
    act(&mut app, |ui| {
        ui.click("Accept (Annex 4)").unwrap();
    });
    confirm(&mut app);
    let second = wizard(&app).done().cloned().expect("a second case").number;
    assert_ne!(second, first);
}

/// The window from its start, as on a new workstation: nothing is opened
/// before the first start's form is sent; the store it creates is
/// encrypted, its key sealed for the administrator. After a sign-out the
/// sign-in opens it again through the key slot; a user added in the window
/// gets a slot of their own; the lock screen wants the password too; the
/// administrator makes a recovery code, shown once.
#[test]
fn the_first_start_creates_an_encrypted_store_that_each_sign_in_opens() {
    use emigration_desk::domain::OfficeKind;
    use emigration_desk::store::{file_kind, keys, keys_path, FileKind, DB_FILE};
    use emigration_desk::ui::{setup, users, Screen};
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let (mut app, _) = App::boot(Some(data.clone()));
    app.now = t0();
    app.settle(Message::Found(App::find(Some(&data))));
    assert!(matches!(app.screen, Screen::Setup(_)));
    assert!(
        app.store.is_none(),
        "nothing is opened before the first start"
    );
    let db = data.join(DB_FILE);
    assert_eq!(file_kind(&db).unwrap(), FileKind::Missing);
    let edits = [
        (setup::Field::Code, "42"),
        (setup::Field::Name, "Astana branch"),
        (setup::Field::NameRu, "Филиал по городу Астана"),
        (setup::Field::Number, "3"),
        (setup::Field::Address, "Astana, Turan 1"),
        (setup::Field::AddressRu, "г. Астана, пр. Туран, 1"),
        (setup::Field::Phone, "+7 7172 000000"),
        (setup::Field::Login, "admin"),
        (setup::Field::FullName, "Admin"),
        (setup::Field::Password, common::ADMIN_PASSWORD),
    ];
    app.settle(Message::Setup(setup::Msg::Kind(
        OfficeKind::StateCorporation,
    )));
    for (f, v) in edits {
        app.settle(Message::Setup(setup::Msg::Edit(f, v.into())));
    }
    app.settle(Message::Setup(setup::Msg::Submit));
    assert!(matches!(app.screen, Screen::Login(_)), "set up: sign in");
    assert_eq!(file_kind(&db).unwrap(), FileKind::Encrypted);
    let slots = keys_path(&db);
    assert!(keys::try_user(&slots, "admin", common::ADMIN_PASSWORD)
        .unwrap()
        .is_some());

    // A wrong password is refused by the key slot; the right one opens.
    log_in(&mut app, "admin", "not the password");
    assert!(
        shows(
            &app,
            "Wrong login or password. Attempts left before the account locks: 2."
        ),
        "the slot's lock-out counts"
    );
    // The login stays typed; the password field was emptied.
    act(&mut app, |ui| {
        ui.click(selector::id("password")).unwrap();
        ui.typewrite(common::ADMIN_PASSWORD);
        ui.tap_key(Named::Enter);
    });
    assert!(matches!(app.screen, Screen::Main { .. }));

    // A user added in the window can open the store with their password.
    app.settle(Message::Users(users::Msg::Login("clerk".into())));
    app.settle(Message::Users(users::Msg::Name("Clerk One".into())));
    app.settle(Message::Users(users::Msg::Role(Role::Clerk)));
    app.settle(Message::Users(users::Msg::Password(
        "clerk password".into(),
    )));
    app.settle(Message::Users(users::Msg::Add));
    assert!(keys::try_user(&slots, "clerk", "clerk password")
        .unwrap()
        .is_some());

    // The recovery code: made on the Users tab, shown once.
    app.settle(Message::Tab(emigration_desk::ui::Tab::Users));
    assert!(shows(
        &app,
        "No recovery code: if every password is forgotten, the data cannot be opened. Make one."
    ));
    act(&mut app, |ui| {
        ui.click("Make a new recovery code").unwrap();
    });
    let code = match &app.screen {
        Screen::Main { users, .. } => users.recovery.clone().expect("shown").0,
        _ => panic!("signed in"),
    };
    assert!(shows(&app, &code));
    assert!(keys::unseal_recovery(&slots, &code).unwrap().is_some());
    act(&mut app, |ui| {
        ui.click("I have written it down").unwrap();
    });
    assert!(!shows(&app, &code), "gone from the screen");
    assert!(shows(
        &app,
        "A recovery code exists (kept on paper in the office's safe)."
    ));

    // Signed out, the clerk signs in to the open store through their slot.
    app.settle(Message::Logout);
    log_in(&mut app, "clerk", "clerk password");
    assert!(matches!(&app.screen, Screen::Main { user, .. } if user.login == "clerk"));
    drop(app);

    // The window started again: the sign-in itself opens the store.
    let (mut app, _) = App::boot(Some(data.clone()));
    app.now = t0();
    app.settle(Message::Found(App::find(Some(&data))));
    assert!(matches!(app.screen, Screen::Login(_)));
    assert!(app.store.is_none());
    log_in(&mut app, "clerk", "clerk password");
    assert!(matches!(&app.screen, Screen::Main { user, .. } if user.login == "clerk"));
    assert!(app.store.is_some());
}

/// Former names are typed as names: spaces inside a name stay, a comma
/// separates two names (each keystroke used to split and trim the text).
#[test]
fn former_names_are_typed_with_their_spaces() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = App::with_store(store(dir.path(), OfficeKind::StateCorporation), t0());
    open_intake(&mut app);
    act(&mut app, |ui| {
        fill(
            ui,
            "applicant.former_names[0]",
            "Петрова Мария Сергеевна, Иванова Мария ",
        );
    });
    assert_eq!(
        wizard(&app).intake.applicant.former_names,
        vec![
            "Петрова Мария Сергеевна".to_string(),
            "Иванова Мария".to_string()
        ]
    );
    // The field keeps what was typed.
    assert_eq!(
        wizard(&app)
            .raw
            .get("applicant.former_names[0]")
            .map(String::as_str),
        Some("Петрова Мария Сергеевна, Иванова Мария ")
    );
}

/// A child's IIN comes first and fills the date of birth; the registered
/// address follows the residence until another is typed.
#[test]
fn a_childs_birth_date_comes_from_its_iin_and_the_address_from_the_residence() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = App::with_store(store(dir.path(), OfficeKind::StateCorporation), t0());
    open_intake(&mut app);
    act(&mut app, |ui| {
        fill(ui, "applicant.residence", "Астана қ., Тұран 5");
    });
    assert_eq!(wizard(&app).intake.registered_address, "Астана қ., Тұран 5");
    act(&mut app, |ui| {
        ui.click("Children").unwrap();
    });
    act(&mut app, |ui| {
        ui.click("Add a child").unwrap();
    });
    act(&mut app, |ui| {
        fill(ui, "children[0].iin", "150610500029");
    });
    let child = &wizard(&app).intake.children[0];
    assert_eq!(child.birth_date, NaiveDate::from_ymd_opt(2015, 6, 10));
    assert_eq!(
        wizard(&app)
            .raw
            .get("children[0].birth_date")
            .map(String::as_str),
        Some("10.06.2015"),
        "shown in its field"
    );
    // Another address typed: the residence no longer changes it.
    act(&mut app, |ui| {
        ui.click("Destination").unwrap();
    });
    act(&mut app, |ui| {
        fill(ui, "registered_address", ", 12");
    });
    act(&mut app, |ui| {
        ui.click("Applicant").unwrap();
    });
    act(&mut app, |ui| {
        fill(ui, "applicant.residence", "-пәтер");
    });
    assert_eq!(
        wizard(&app).intake.registered_address,
        "Астана қ., Тұран 5, 12"
    );
}

/// An officer starts on the review queue, a clerk on the counter's queue.
#[test]
fn an_officer_starts_on_the_review_queue() {
    use emigration_desk::ui::cases::ListMode;
    let dir = tempfile::tempdir().unwrap();
    let mut st = store(dir.path(), OfficeKind::MigrationPolice);
    add_user(
        &mut st,
        "officer",
        "Officer One",
        Role::Officer,
        "officer password",
    );
    let mut app = App::with_store(st, t0());
    log_in(&mut app, "officer", "officer password");
    match &app.screen {
        Screen::Main { tab, cases, .. } => {
            assert_eq!(*tab, emigration_desk::ui::Tab::Cases);
            assert_eq!(cases.mode, ListMode::Review);
        }
        _ => panic!("signed in"),
    }
}

/// F10 next to F9 never refuses at once: it shows what refusing will do;
/// Esc goes back with nothing recorded, and the case page's acts wait for
/// Enter the same way.
#[test]
fn acts_that_cannot_be_undone_wait_for_enter_and_esc_goes_back() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = App::with_store(store(dir.path(), OfficeKind::StateCorporation), t0());
    open_intake(&mut app);
    fill_applicant(&mut app);
    act(&mut app, |ui| {
        ui.click("Intake").unwrap();
    });
    press(&mut app, iced::keyboard::Key::Named(Named::F10), false);
    assert_eq!(wizard(&app).confirming(), Some(false));
    assert!(shows(&app, "Refuse to accept? The Annex 5 receipt prints, naming the missing documents, and the service ends. This cannot be undone."));
    assert!(
        app.ui_ops
            .contains(&emigration_desk::ui::UiOp::Focus("confirming")),
        "no field keeps the keyboard: {:?}",
        app.ui_ops
    );
    press(&mut app, iced::keyboard::Key::Named(Named::Escape), false);
    assert_eq!(wizard(&app).confirming(), None);
    assert!(wizard(&app).done().is_none(), "nothing was refused");
    assert!(
        shows(&app, "Refuse to accept (Annex 5)"),
        "the buttons are back"
    );
    // F10 again, and Enter: refused, with its receipt.
    press(&mut app, iced::keyboard::Key::Named(Named::F10), false);
    press(&mut app, iced::keyboard::Key::Named(Named::Enter), false);
    let status = wizard(&app).done().cloned().expect("refused").status;
    assert_eq!(
        status,
        emigration_desk::domain::case::Status::RefusedAtIntake
    );
}

/// While someone is served, every other tab shows the ticket and both
/// timers: the clerk sees the service time run during the intake.
#[test]
fn the_timers_of_the_visit_show_on_the_intake_tab() {
    let dir = tempfile::tempdir().unwrap();
    let mut st = store(dir.path(), OfficeKind::StateCorporation);
    // The clerk types all along: no idle lock in these 13 minutes.
    st.set_setting_audited(
        &emigration_desk::store::Actor::cli(),
        "idle_minutes",
        "120",
        chrono::Utc::now().naive_utc(),
    )
    .unwrap();
    let mut app = App::with_store(st, t0());
    log_in(&mut app, "clerk", "clerk password");
    press(&mut app, iced::keyboard::Key::Named(Named::F3), false);
    press(&mut app, iced::keyboard::Key::Named(Named::F2), false);
    app.settle(Message::Tick(t0() + Duration::minutes(13)));
    app.settle(Message::Tab(emigration_desk::ui::Tab::Intake));
    let (line, level) = match &app.screen {
        Screen::Main { queue, .. } => queue
            .strip(app.office.as_ref(), app.now)
            .expect("someone is served"),
        _ => panic!("signed in"),
    };
    assert!(line.contains("13:00 / 15:00"), "{line}");
    assert_eq!(level, emigration_desk::domain::visit::Level::Warning);
    assert!(shows(&app, &line), "on the Intake tab: {line}");
}

/// Enter submits the forms as their buttons do: a new user from the
/// password field, a new password from its field.
#[test]
fn enter_adds_a_user_and_sets_a_password() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = App::with_store(store(dir.path(), OfficeKind::StateCorporation), t0());
    log_in(&mut app, "admin", "correct horse");
    app.settle(Message::Tab(emigration_desk::ui::Tab::Users));
    app.settle(Message::Users(emigration_desk::ui::users::Msg::Role(
        Role::Officer,
    )));
    act(&mut app, |ui| {
        fill(ui, "user-login", "officer2");
        fill(ui, "user-name", "Officer Two");
        fill(ui, "user-password", "officer2 password");
    });
    act(&mut app, |ui| {
        ui.click(selector::id("user-password")).unwrap();
        ui.tap_key(Named::Enter);
    });
    let users = |app: &App| match &app.screen {
        Screen::Main { users, .. } => users.users.clone(),
        _ => panic!("signed in"),
    };
    assert!(users(&app).iter().any(|u| u.login == "officer2"));
    app.settle(Message::Users(emigration_desk::ui::users::Msg::Select(
        "officer2".into(),
    )));
    act(&mut app, |ui| {
        fill(ui, "reset-password", "another password 2");
    });
    act(&mut app, |ui| {
        ui.click(selector::id("reset-password")).unwrap();
        ui.tap_key(Named::Enter);
    });
    app.settle(Message::Logout);
    log_in(&mut app, "officer2", "another password 2");
    assert!(matches!(&app.screen, Screen::Main { user, .. } if user.login == "officer2"));
}

/// The postal code and the work phone that Annex 2 prints can be typed,
/// and a postal code that is none is said so at its field.
#[test]
fn the_postal_code_and_the_work_phone_are_fields() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = App::with_store(store(dir.path(), OfficeKind::StateCorporation), t0());
    open_intake(&mut app);
    act(&mut app, |ui| {
        fill(ui, "applicant.postal_code", "Z05H9E8");
        fill(ui, "applicant.phones.work", "+7 7172 55 12 34");
    });
    let a = &wizard(&app).intake.applicant;
    assert_eq!(a.postal_code, "Z05H9E8");
    assert_eq!(a.phones.work, "+7 7172 55 12 34");
    let v = wizard(&app).intake.validate(t0().date());
    assert!(!v.errors.iter().any(|e| e.field == "applicant.postal_code"));
    act(&mut app, |ui| {
        fill(ui, "applicant.postal_code", "!");
    });
    let v = wizard(&app).intake.validate(t0().date());
    assert!(v.errors.iter().any(|e| e.field == "applicant.postal_code"));
}

/// Refusing (or accepting) the intake of the person called ends their
/// visit with it, linked to the case: the service timer stops there.
#[test]
fn the_intake_ends_the_visit_and_links_it_to_the_case() {
    let dir = tempfile::tempdir().unwrap();
    let mut st = store(dir.path(), OfficeKind::StateCorporation);
    st.set_setting_audited(
        &emigration_desk::store::Actor::cli(),
        "idle_minutes",
        "120",
        chrono::Utc::now().naive_utc(),
    )
    .unwrap();
    let mut app = App::with_store(st, t0());
    log_in(&mut app, "clerk", "clerk password");
    press(&mut app, iced::keyboard::Key::Named(Named::F3), false);
    press(&mut app, iced::keyboard::Key::Named(Named::F2), false);
    assert!(matches!(&app.screen, Screen::Main { queue, .. } if queue.current.is_some()));
    app.settle(Message::Logout);
    refuse_without_fee(&mut app);
    let number = wizard(&app).done().cloned().expect("refused").number;
    assert!(
        matches!(&app.screen, Screen::Main { queue, .. } if queue.current.is_none()),
        "no one is served any more"
    );
    let (outcome, key): (String, i64) = common::open_store(dir.path())
        .raw()
        .query_row(
            "SELECT outcome, case_key FROM visits WHERE ended_at IS NOT NULL",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!(outcome, "refused");
    assert_eq!(key, number.key());
}

/// PageDown and PageUp move between the intake's steps, and a step opens
/// with the keyboard in its first field.
#[test]
fn page_keys_move_between_steps_and_the_first_field_takes_the_keyboard() {
    use emigration_desk::ui::intake::Step;
    use emigration_desk::ui::UiOp;
    let dir = tempfile::tempdir().unwrap();
    let mut app = App::with_store(store(dir.path(), OfficeKind::StateCorporation), t0());
    open_intake(&mut app);
    app.ui_ops.clear();
    press(&mut app, iced::keyboard::Key::Named(Named::PageDown), false);
    assert_eq!(wizard(&app).step, Some(Step::Documents));
    assert_eq!(
        app.ui_ops.last(),
        Some(&UiOp::FocusField("applicant.passport.number".into()))
    );
    press(&mut app, iced::keyboard::Key::Named(Named::PageDown), false);
    assert_eq!(wizard(&app).step, Some(Step::Destination));
    assert_eq!(
        app.ui_ops.last(),
        Some(&UiOp::FocusField("destination_country".into()))
    );
    press(&mut app, iced::keyboard::Key::Named(Named::PageUp), false);
    press(&mut app, iced::keyboard::Key::Named(Named::PageUp), false);
    press(&mut app, iced::keyboard::Key::Named(Named::PageUp), false);
    assert_eq!(
        wizard(&app).step,
        Some(Step::Applicant),
        "stops at the first"
    );
    assert_eq!(
        app.ui_ops.last(),
        Some(&UiOp::FocusField("applicant.iin".into())),
        "the IIN comes first"
    );
    // A click on a step's tab does the same.
    act(&mut app, |ui| {
        ui.click("Documents").unwrap();
    });
    assert_eq!(
        app.ui_ops.last(),
        Some(&UiOp::FocusField("applicant.passport.number".into()))
    );
}

/// Accept pressed on an incomplete questionnaire marks the steps that hold
/// wrong fields, and the message names them.
#[test]
fn the_steps_with_wrong_fields_are_marked_and_named() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = App::with_store(store(dir.path(), OfficeKind::StateCorporation), t0());
    open_intake(&mut app);
    act(&mut app, |ui| {
        fill(ui, "applicant.surname", "Сейтқали");
    });
    assert!(shows(&app, "Applicant"), "nothing marked before Accept");
    app.settle(Message::Intake(emigration_desk::ui::intake::Msg::Accept));
    assert!(
        wizard(&app).confirming().is_none(),
        "an invalid intake is not offered"
    );
    assert!(shows(&app, "Applicant ⚠"));
    assert!(shows(&app, "Documents ⚠"));
    let v = wizard(&app).intake.validate(t0().date());
    assert!(!v.is_ok());
    // The message names exactly the marked steps, in their order.
    let marked: Vec<String> = emigration_desk::ui::intake::Step::ALL
        .into_iter()
        .map(|s| s.label())
        .filter(|l| shows(&app, &format!("{l} ⚠")))
        .collect();
    assert!(shows(
        &app,
        &format!(
            "Some fields still need correcting, on the steps: {} (marked ⚠).",
            marked.join(", ")
        )
    ));
}

#[test]
fn about_names_the_build_the_licence_and_the_data_and_keeps_the_keys_from_the_screen() {
    use emigration_desk::build_info::{COMMIT, COMMIT_DATE, VERSION};
    use emigration_desk::ui::Tab;
    let dir = tempfile::tempdir().unwrap();
    let mut st = store(dir.path(), OfficeKind::StateCorporation);
    st.set_setting_audited(
        &emigration_desk::store::Actor::cli(),
        "idle_minutes",
        "120",
        chrono::Utc::now().naive_utc(),
    )
    .unwrap();
    let mut app = App::with_store(st, t0());
    // Before anyone signs in: the header's button.
    act(&mut app, |ui| {
        ui.click("About").unwrap();
    });
    assert!(app.about);
    assert!(shows(
        &app,
        &format!("Version {VERSION}, built from commit {COMMIT} of {COMMIT_DATE}")
    ));
    assert!(shows(&app, "Licence: MIT (the text below)"));
    assert!(shows(
        &app,
        &format!("Data on this workstation: {}", dir.path().display())
    ));
    assert!(shows(&app, "Fonts: DejaVu"));
    // Esc: back to the sign-in as it was.
    press(&mut app, iced::keyboard::Key::Named(Named::Escape), false);
    assert!(!app.about);
    assert!(matches!(app.screen, Screen::Login(_)));
    log_in(&mut app, "clerk", "clerk password");
    let waiting = |app: &App| match &app.screen {
        Screen::Main { queue, .. } => queue.waiting.len(),
        _ => panic!("not signed in"),
    };
    // F1 over the queue: F3 (a new ticket) does nothing behind the page.
    press(&mut app, iced::keyboard::Key::Named(Named::F1), false);
    assert!(app.about);
    press(&mut app, iced::keyboard::Key::Named(Named::F3), false);
    assert_eq!(waiting(&app), 0, "no ticket issued behind the About page");
    // Close: the queue again, and F3 issues its ticket.
    act(&mut app, |ui| {
        ui.click("Close").unwrap();
    });
    assert!(!app.about);
    assert!(matches!(
        app.screen,
        Screen::Main {
            tab: Tab::Queue,
            ..
        }
    ));
    press(&mut app, iced::keyboard::Key::Named(Named::F3), false);
    assert_eq!(waiting(&app), 1);
}

/// The administrator names the office in Kazakh and in Russian on the
/// Users tab (what the forms print); the store keeps both.
#[test]
fn the_administrator_names_the_office_in_both_languages() {
    let dir = tempfile::tempdir().unwrap();
    let st = store(dir.path(), OfficeKind::StateCorporation);
    let mut app = App::with_store(st, t0());
    log_in(&mut app, "admin", "correct horse");
    act(&mut app, |ui| {
        ui.click("Users").unwrap();
    });
    act(&mut app, |ui| {
        fill(ui, "office-AddressRu", ", 2-й этаж");
    });
    act(&mut app, |ui| {
        ui.click("Save the office").unwrap();
    });
    assert!(shows(&app, "Saved."), "saved");
    let office = common::open_store(dir.path()).self_office().unwrap();
    assert_eq!(office.address_ru, "г. Астана, 2-й этаж");
    assert_eq!(office.address, "Astana, Turan 1", "the Kazakh one stays");
}

/// Issue 28: the draft flushed as the clerk signs out is saved under the
/// clerk — not under no one — and is there when they sign in again.
#[test]
fn the_draft_flushed_at_sign_out_is_the_clerks_and_comes_back() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = App::with_store(store(dir.path(), OfficeKind::StateCorporation), t0());
    open_intake(&mut app);
    act(&mut app, |ui| fill(ui, "applicant.surname", "Сейтқали"));
    // Signed out within the second the save waits for quiet.
    assert!(wizard(&app).dirty());
    app.settle(Message::Logout);
    {
        let st = common::open_store(dir.path());
        assert!(
            st.load_draft("").unwrap().is_none(),
            "nothing is saved under no one"
        );
        let draft = st.load_draft("clerk").unwrap().expect("the clerk's draft");
        assert!(draft.intake.contains("Сейтқали"), "{}", draft.intake);
    }
    open_intake(&mut app);
    assert_eq!(wizard(&app).intake.applicant.surname, "Сейтқали");
}

/// Issue 28: opening a case is the rulebook's — a supervisor (who may
/// not, by the permission table) has no intake tab, cannot open one, and
/// the store refuses their intake whatever asks it.
#[test]
fn a_supervisor_cannot_accept_an_intake() {
    let dir = tempfile::tempdir().unwrap();
    let mut st = store(dir.path(), OfficeKind::StateCorporation);
    add_user(
        &mut st,
        "boss",
        "Supervisor One",
        Role::Supervisor,
        "boss password",
    );
    let boss = Actor {
        name: "boss".into(),
        user_id: None,
        role: Some(Role::Supervisor),
    };
    let intake = sample_for(&st);
    let refused = st
        .commit_intake(&boss, &intake, IntakeOutcome::Accept, t0().date(), t0())
        .unwrap_err();
    assert!(
        matches!(refused, emigration_desk::store::StoreError::NotPermitted(_)),
        "{refused:?}"
    );
    assert!(
        st.search(&intake.applicant.iin, 0, 10)
            .unwrap()
            .rows
            .is_empty(),
        "no case"
    );
    let mut app = App::with_store(st, t0());
    log_in(&mut app, "boss", "boss password");
    assert!(!emigration_desk::ui::Tab::for_role(Some(Role::Supervisor))
        .contains(&emigration_desk::ui::Tab::Intake));
    app.settle(Message::Tab(emigration_desk::ui::Tab::Intake));
    assert!(
        !matches!(
            &app.screen,
            Screen::Main {
                tab: emigration_desk::ui::Tab::Intake,
                ..
            }
        ),
        "the intake does not open"
    );
}

/// An IIN pasted whole into an empty questionnaire sets off the lookup of
/// what earlier cases know — and is still part of the draft: closing the
/// window right after keeps it.
#[test]
fn an_iin_pasted_alone_is_kept_when_the_window_closes() {
    use emigration_desk::ui::intake::{Msg as IntakeMsg, F};
    let dir = tempfile::tempdir().unwrap();
    {
        let mut app = App::with_store(store(dir.path(), OfficeKind::StateCorporation), t0());
        open_intake(&mut app);
        app.settle(Message::Intake(IntakeMsg::Set(
            F::Iin,
            "850115300001".into(),
        )));
        assert!(wizard(&app).dirty(), "the pasted IIN waits for its save");
        app.settle(Message::CloseRequested);
    }
    let mut app = App::with_store(common::open_store(dir.path()), t0());
    open_intake(&mut app);
    assert_eq!(wizard(&app).intake.applicant.iin, "850115300001");
}
