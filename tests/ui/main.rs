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

#[path = "../common/mod.rs"]
mod common;
#[path = "../common/pair.rs"]
mod pair;

mod cases;
mod counter;
mod intake;
mod office;
mod session;

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
    assert_eq!(
        wizard(app).intake().registered_address,
        "Астана қ., Тұран 5"
    );
}

fn wizard(app: &App) -> &emigration_desk::ui::intake::IntakeState {
    match &app.screen {
        Screen::Main { intake, .. } => intake,
        _ => panic!("not on the main screen"),
    }
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
