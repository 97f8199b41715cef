//! The counter and the case page tried as their users would (issue 29):
//! the real iced program driven by the keyboard alone (see
//! `common/keyboard.rs`), every key counted.

use chrono::{NaiveDate, NaiveDateTime};
use emigration_desk::domain::access::Role;
use emigration_desk::domain::case::CaseNumber;
use emigration_desk::domain::demo::sample_intake;
use emigration_desk::domain::OfficeKind;
use emigration_desk::store::{Actor, IntakeOutcome, NewUser, Store};
use emigration_desk::ui::{actions, App, Screen};
use iced::keyboard::key::Named;

mod common;
#[path = "common/keyboard.rs"]
#[allow(dead_code)]
mod keyboard;
#[path = "common/reference.rs"]
#[allow(dead_code)]
mod reference;
use emigration_desk::domain::field::Field as F;
use emigration_desk::ui::intake::{self, Msg as I};
use emigration_desk::ui::Message;
use keyboard::Desk;
use reference::iin;

fn t0() -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 11, 25)
        .unwrap()
        .and_hms_opt(9, 0, 0)
        .unwrap()
}

fn add_user(st: &mut Store, login: &str, role: Role, password: &str) {
    let u = NewUser {
        login: login.into(),
        full_name: format!("{login} One"),
        role,
        password: password.into(),
    };
    st.create_user(&Actor::cli(), &u, t0()).unwrap();
    let key = st.key().cloned().unwrap();
    emigration_desk::store::keys::set_user(&st.keys_path(), &key, login, password, t0()).unwrap();
}

/// A store of office 42 of `kind`, with a clerk and an officer, the idle
/// lock far away.
fn store(dir: &std::path::Path, kind: OfficeKind) -> Store {
    let now = emigration_desk::desk::Clock::default().at(t0());
    let (mut st, _) =
        emigration_desk::desk::admin::create_store(dir, common::office(kind), common::admin(), now)
            .unwrap();
    add_user(&mut st, "clerk", Role::Clerk, "clerk password");
    add_user(&mut st, "officer", Role::Officer, "officer password");
    st.set_setting_audited(&Actor::cli(), "idle_minutes", "100000", t0())
        .unwrap();
    st
}

/// A migration police office holding the synthetic sample under review.
fn case_under_review(dir: &std::path::Path) -> (Store, CaseNumber) {
    let mut st = store(dir, OfficeKind::MigrationPolice);
    let n = st
        .commit_intake(
            &Actor::cli(),
            // At the police office the papers are on paper.
            &emigration_desk::domain::demo::with_papers(sample_intake()),
            IntakeOutcome::Accept,
            t0().date(),
            t0(),
        )
        .unwrap()
        .summary
        .number;
    (st, n)
}

/// Signed in with the keyboard, as at the window's start.
fn signed_in(st: Store, login: &str, password: &str) -> Desk {
    let mut d = Desk::new(App::with_store(st, t0()), 1280.0, 720.0);
    d.focus_id("login");
    d.type_text(login);
    d.key(Named::Tab);
    d.type_text(password);
    d.key(Named::Enter);
    assert!(matches!(d.app.screen, Screen::Main { .. }), "signed in");
    d
}

/// The case open on the page: its conclusions (body, positive, not asked)
/// and whether approval is offered.
fn conclusions(d: &Desk) -> (Vec<(String, bool, bool)>, bool) {
    let Screen::Main { cases, .. } = &d.app.screen else {
        panic!("not signed in")
    };
    let c = cases.case().expect("a case open");
    (
        c.record
            .state
            .conclusions
            .iter()
            .map(|c| (c.body.clone(), c.positive, c.not_asked.is_some()))
            .collect(),
        c.actions.iter().any(|a| a.name() == "approve"),
    )
}

fn asking(d: &Desk) -> Option<String> {
    match &d.app.screen {
        Screen::Main { cases, .. } => cases.confirm_text(),
        _ => None,
    }
}

fn open(d: &mut Desk, n: CaseNumber) {
    d.key(Named::F4);
    d.type_text(&n.to_string());
    d.key(Named::Enter);
    assert!(
        matches!(&d.app.screen, Screen::Main { cases, .. } if cases.case().is_some()),
        "the case opened"
    );
}

#[test]
fn conclusions_are_positive_unless_said_a_negative_one_is_confirmed_and_a_later_one_corrects_it() {
    emigration_desk::i18n::set_language(emigration_desk::i18n::UiLang::En);
    let dir = tempfile::tempdir().unwrap();
    let (st, n) = case_under_review(dir.path());
    let mut d = signed_in(st, "officer", "officer password");
    open(&mut d, n);
    // The first body still awaited is offered; the keyboard goes to its
    // reference (a screen's own move: not counted).
    d.focus_field(actions::REFERENCE_ID);
    let before = d.keys;
    // The reference and Enter: a positive conclusion — nothing else typed.
    d.type_text("12/345");
    d.key(Named::Enter);
    assert_eq!(
        conclusions(&d).0,
        vec![("security".to_string(), true, false)],
        "Enter records a positive conclusion"
    );
    // The keyboard stays with the conclusions, on the next body.
    d.type_text("M-1");
    d.key(Named::Enter);
    assert_eq!(conclusions(&d).0[1], ("military".to_string(), true, false));
    assert_eq!(
        d.keys.other - before.other,
        2,
        "one Enter a body, no Tab back to it"
    );

    // A negative one is said explicitly (the digit 2 on what the body
    // said) and asked like a refusal.
    d.shift(Named::Tab);
    d.type_text("2");
    d.type_text("T-9");
    d.key(Named::Enter);
    assert!(
        asking(&d).is_some_and(|q| q.contains("NEGATIVE")),
        "{:?}",
        asking(&d)
    );
    assert_eq!(
        conclusions(&d).0.len(),
        2,
        "nothing recorded before the answer"
    );
    // Esc: nothing recorded; back on what the body said.
    d.key(Named::Escape);
    assert!(asking(&d).is_none());
    assert_eq!(conclusions(&d).0.len(), 2);
    d.type_text("2");
    d.key(Named::Enter);
    assert!(asking(&d).is_some(), "asked again");
    d.key(Named::Enter);
    assert_eq!(conclusions(&d).0[2], ("tax".to_string(), false, false));

    // The other bodies, positive; approval is not offered while the tax
    // body's negative conclusion stands.
    for r in ["C-1", "P-1"] {
        d.type_text(r);
        d.key(Named::Enter);
    }
    let (list, approve) = conclusions(&d);
    assert_eq!(list.len(), 5);
    assert!(!approve, "no approval over a negative conclusion");

    // The correction: the tax body again (digit 3 among the bodies), now
    // positive (the default), with its reference.
    d.focus_field(actions::BODY_ID);
    d.type_text("3");
    d.type_text("1");
    d.type_text("T-10");
    d.key(Named::Enter);
    let (list, approve) = conclusions(&d);
    assert_eq!(list.len(), 6, "the log keeps both");
    assert_eq!(list[5], ("tax".to_string(), true, false));
    assert!(approve, "the correction makes approval possible");
    let page = d.texts();
    assert!(
        page.iter()
            .any(|t| t.contains("corrects the conclusion of 25.11.2026")),
        "the correction is named"
    );
    assert!(page.iter().any(|t| t.contains("corrected later")));
}

#[test]
fn enter_in_the_login_moves_to_the_password_and_no_password_is_not_an_attempt() {
    emigration_desk::i18n::set_language(emigration_desk::i18n::UiLang::En);
    let dir = tempfile::tempdir().unwrap();
    let st = store(dir.path(), OfficeKind::StateCorporation);
    let mut d = Desk::new(App::with_store(st, t0()), 1280.0, 720.0);
    d.focus_id("login");
    d.type_text("clerk");
    // Enter after the login: the keyboard is in the password. Enter there
    // with nothing typed, three times, counts nothing.
    for _ in 0..4 {
        d.key(Named::Enter);
    }
    assert!(
        matches!(&d.app.screen, Screen::Login(s)
            if s.problem() == Some(&emigration_desk::ui::login::Problem::NoPassword)),
        "told to type the password"
    );
    assert!(d.texts().iter().any(|t| t == "Type the password."));
    d.type_text("clerk password");
    d.key(Named::Enter);
    assert!(
        matches!(d.app.screen, Screen::Main { .. }),
        "not locked out: signed in"
    );
    // The audit log has no failed sign-in.
    drop(d);
    let st = common::open_store(dir.path());
    let failed = st
        .audit_entries(None, 1000)
        .unwrap()
        .into_iter()
        .filter(|a| a.action == "login_failed")
        .count();
    assert_eq!(failed, 0);
}

fn wizard(d: &Desk) -> &intake::IntakeState {
    match &d.app.screen {
        Screen::Main { intake, .. } => intake,
        _ => panic!("not signed in"),
    }
}

fn focused_on(d: &mut Desk, f: F) -> bool {
    d.focused() == Some(iced::advanced::widget::Id::from(f.path()))
}

/// A clerk's intake open on the Children step, for a mother Серікова
/// (her IIN says she is a woman).
fn children_step() -> (tempfile::TempDir, Desk) {
    emigration_desk::i18n::set_language(emigration_desk::i18n::UiLang::En);
    let dir = tempfile::tempdir().unwrap();
    let st = store(dir.path(), OfficeKind::StateCorporation);
    let mut d = signed_in(st, "clerk", "clerk password");
    d.ctrl("2");
    for (f, v) in [
        (F::Iin, iin("880214", 4)),
        (F::Surname, "Серікова".to_string()),
        (F::Given, "Айгүл".to_string()),
    ] {
        d.app.settle(Message::Intake(I::Set(f, v)));
    }
    d.app
        .settle(Message::Intake(I::Step(intake::Step::Children)));
    d.run_focus_moves();
    assert!(focused_on(&mut d, F::ChildIin(0)), "{:?}", d.focused());
    (dir, d)
}

#[test]
fn a_childs_surname_follows_the_childs_sex_and_the_box_is_a_stop_of_the_enter_order() {
    let (_dir, mut d) = children_step();
    // A son: his mother's surname in the male form, shown once.
    d.type_text(&iin("150310", 5));
    d.key(Named::Enter);
    assert_eq!(wizard(&d).intake().children[0].surname, "Серіков");
    assert!(focused_on(&mut d, F::ChildSurname(0)), "the offer is seen");
    d.key(Named::Enter);
    assert!(focused_on(&mut d, F::ChildGiven(0)));
    for text in ["Арман", "Ержанұлы"] {
        d.type_text(text);
        d.key(Named::Enter);
    }
    d.type_text("N11111111");
    d.key(Named::Enter);
    // Enter after the passport: the box, not a new row.
    assert!(
        focused_on(&mut d, F::ChildLeavesWith(0)),
        "{:?}",
        d.focused()
    );
    assert_eq!(wizard(&d).intake().children.len(), 1);
    d.key(Named::Space);
    assert!(focused_on(&mut d, F::OtherParent(0)));
    d.type_text("Сейтқали Ержан Бақытжанұлы");
    d.key(Named::Enter);
    // The row done: the next child, leaving with the same other parent.
    assert!(focused_on(&mut d, F::ChildIin(1)));
    d.type_text(&iin("170502", 6));
    d.key(Named::Enter);
    let i = wizard(&d).intake();
    assert_eq!(
        i.children[1].surname, "Серікова",
        "a daughter: her mother's form"
    );
    assert_eq!(
        i.children[1]
            .other_parent
            .as_ref()
            .map(|o| o.full_name.as_str()),
        Some("Сейтқали Ержан Бақытжанұлы")
    );
    let fathers = i
        .relatives
        .iter()
        .filter(|r| r.full_name == "Сейтқали Ержан Бақытжанұлы")
        .count();
    assert_eq!(fathers, 1, "one person, one row");
}

#[test]
fn the_same_other_parent_typed_for_a_further_child_is_one_relative_and_offered_when_ticked() {
    let (_dir, mut d) = children_step();
    let set = |d: &mut Desk, f: F, v: &str| d.app.settle(Message::Intake(I::Set(f, v.into())));
    set(&mut d, F::ChildIin(0), &iin("150310", 5));
    set(&mut d, F::ChildGiven(0), "Арман");
    d.app
        .settle(Message::Intake(I::Add(intake::List::Children)));
    set(&mut d, F::ChildIin(1), &iin("170502", 6));
    set(&mut d, F::ChildGiven(1), "Дана");
    d.app
        .settle(Message::Intake(I::Add(intake::List::Children)));
    set(&mut d, F::ChildIin(2), &iin("190101", 5));
    set(&mut d, F::ChildGiven(2), "Нұр");
    // The third child's box ticked first: nothing to offer yet.
    d.app.settle(Message::Intake(I::OneParent(2, true)));
    // The first child's box ticked after the rows were added, its other
    // parent typed letter by letter.
    d.app.settle(Message::Intake(I::OneParent(0, true)));
    let name = "Сейтқали Ержан";
    for k in 1..=name.chars().count() {
        set(
            &mut d,
            F::OtherParent(0),
            &name.chars().take(k).collect::<String>(),
        );
    }
    // The second child's box: the same other parent is offered.
    d.app.settle(Message::Intake(I::OneParent(1, true)));
    assert_eq!(
        wizard(&d).intake().children[1]
            .other_parent
            .as_ref()
            .map(|o| o.full_name.as_str()),
        Some(name)
    );
    // The third: the clerk types the same person again, letter by letter.
    for k in 1..=name.chars().count() {
        set(
            &mut d,
            F::OtherParent(2),
            &name.chars().take(k).collect::<String>(),
        );
    }
    let i = wizard(&d).intake();
    let rows: Vec<&str> = i.relatives.iter().map(|r| r.full_name.as_str()).collect();
    assert_eq!(
        rows.iter().filter(|r| **r == name).count(),
        1,
        "one person, one row: {rows:?}"
    );
    assert!(
        !rows.iter().any(|r| name.starts_with(*r) && *r != name),
        "no half-typed row left: {rows:?}"
    );
}

/// The sample's package as the clerk's draft, brought back into the
/// intake.
fn load_sample(d: &mut Desk) {
    d.app.settle(Message::Intake(I::Loaded(Ok((
        std::sync::Arc::new(emigration_desk::domain::rules::Rules::shipped()),
        Some(emigration_desk::desk::types::Draft {
            draft_id: None,
            generation: 1,
            intake: serde_json::to_string(&sample_intake()).unwrap(),
            raw: "{}".into(),
            updated_at: t0(),
        }),
    )))));
}

fn tab_of(d: &Desk) -> emigration_desk::ui::Tab {
    match &d.app.screen {
        Screen::Main { tab, .. } => *tab,
        _ => panic!("not signed in"),
    }
}

#[test]
fn f2_after_an_intake_calls_the_next_customer_into_a_fresh_intake_with_the_keyboard_in_the_iin() {
    emigration_desk::i18n::set_language(emigration_desk::i18n::UiLang::En);
    let dir = tempfile::tempdir().unwrap();
    let st = store(dir.path(), OfficeKind::StateCorporation);
    let mut d = signed_in(st, "clerk", "clerk password");
    // Two tickets; the first called with F2.
    d.key(Named::F3);
    d.key(Named::F3);
    d.key(Named::F2);
    assert_eq!(tab_of(&d), emigration_desk::ui::Tab::Intake);
    load_sample(&mut d);
    d.key(Named::F9);
    d.key(Named::Enter);
    assert!(
        wizard(&d).done().is_some(),
        "accepted: {:?}",
        wizard(&d).error()
    );
    // The result waits with the keyboard on "New intake".
    assert_eq!(
        d.focused(),
        Some(iced::advanced::widget::Id::new(intake::NEW_INTAKE))
    );
    // F2: the next customer, a fresh intake, the keyboard in the IIN — the
    // first digit typed lands there.
    d.key(Named::F2);
    assert!(wizard(&d).done().is_none(), "the last result put away");
    assert!(matches!(&d.app.screen, Screen::Main { queue, .. } if queue.current().is_some()));
    d.type_text("8");
    assert_eq!(wizard(&d).intake().applicant.iin, "8");

    // Ctrl+2 on a result starts the next intake as well (another
    // applicant: the sample under another IIN of the same birth date).
    load_sample(&mut d);
    d.app
        .settle(Message::Intake(I::Set(F::Iin, iin("850115", 3))));
    d.key(Named::F9);
    d.key(Named::Enter);
    assert!(wizard(&d).done().is_some(), "{:?}", wizard(&d).error());
    d.ctrl("2");
    assert!(wizard(&d).done().is_none());
    assert!(focused_on(&mut d, F::Iin));
}

#[test]
fn f4_opens_the_search_from_every_screen_with_the_keyboard_in_it() {
    emigration_desk::i18n::set_language(emigration_desk::i18n::UiLang::En);
    let dir = tempfile::tempdir().unwrap();
    let (st, n) = case_under_review(dir.path());
    let mut d = signed_in(st, "officer", "officer password");
    // The deadline board, then F4 and the number typed: the case opens.
    d.app.settle(Message::Tab(emigration_desk::ui::Tab::Cases));
    d.app
        .settle(Message::Cases(emigration_desk::ui::cases::Msg::Mode(
            emigration_desk::ui::cases::ListMode::Board,
        )));
    d.key(Named::F4);
    assert!(matches!(&d.app.screen, Screen::Main { cases, .. }
        if cases.mode() == emigration_desk::ui::cases::ListMode::Search));
    d.type_text(&n.to_string());
    d.key(Named::Enter);
    assert!(matches!(&d.app.screen, Screen::Main { cases, .. }
        if cases.case().map(|c| c.record.summary.number) == Some(n)));
    // From the Intake tab too.
    d.app.settle(Message::Tab(emigration_desk::ui::Tab::Intake));
    d.key(Named::F4);
    assert_eq!(tab_of(&d), emigration_desk::ui::Tab::Cases);
    assert_eq!(
        d.focused(),
        Some(iced::advanced::widget::Id::new("case-search"))
    );
}

#[test]
fn f10_always_answers_and_a_refusal_needs_only_who_is_refused() {
    emigration_desk::i18n::set_language(emigration_desk::i18n::UiLang::En);
    let dir = tempfile::tempdir().unwrap();
    let st = store(dir.path(), OfficeKind::StateCorporation);
    let mut d = signed_in(st, "clerk", "clerk password");
    d.ctrl("2");
    // Nothing typed: F10 says what a refusal needs; F9 what accepting does.
    d.key(Named::F10);
    assert!(wizard(&d).confirming().is_none());
    assert!(d
        .texts()
        .iter()
        .any(|t| t.contains("needs only who is refused")));
    d.key(Named::F9);
    assert!(d.texts().iter().any(|t| t.contains("fields marked ⚠")));
    // Who the applicant is, nothing else: F10 asks to confirm, Enter
    // refuses, and the Annex 5 receipt names the missing papers.
    d.type_text(&iin("880214", 4));
    d.key(Named::Enter);
    d.type_text("Серікова");
    d.key(Named::Enter);
    d.type_text("Айгүл");
    d.key(Named::F10);
    assert_eq!(wizard(&d).confirming(), Some(false), "asked to refuse");
    d.key(Named::Enter);
    let done = wizard(&d).done().cloned().expect("refused");
    assert_eq!(
        done.status,
        emigration_desk::domain::case::Status::RefusedAtIntake
    );
    assert!(matches!(done.receipt, Some(Ok(_))), "the Annex 5 receipt");
}

#[test]
fn a_new_recovery_code_is_shown_above_the_page_with_print_under_the_keyboard() {
    emigration_desk::i18n::set_language(emigration_desk::i18n::UiLang::En);
    let dir = tempfile::tempdir().unwrap();
    let st = store(dir.path(), OfficeKind::StateCorporation);
    let mut d = signed_in(st, "admin", common::ADMIN_PASSWORD);
    d.app.settle(Message::Tab(emigration_desk::ui::Tab::Users));
    // The page scrolled to its end, where the encryption is.
    d.app.settle(Message::Users(
        emigration_desk::ui::users::Msg::MakeRecovery,
    ));
    d.run_focus_moves();
    let code = match &d.app.screen {
        Screen::Main { users, .. } => users.recovery().expect("shown").to_string(),
        _ => panic!(),
    };
    let texts = d.texts();
    assert!(texts.contains(&code), "the code is in view");
    assert!(texts.iter().any(|t| t == "Print (A4)"));
    assert_eq!(
        d.focused(),
        Some(iced::advanced::widget::Id::new(
            emigration_desk::ui::users::RECOVERY_PRINT
        ))
    );
    // "I have written it down": gone from the screen.
    d.app.settle(Message::Users(
        emigration_desk::ui::users::Msg::HideRecovery,
    ));
    assert!(!d.texts().contains(&code));
}

#[test]
fn a_user_is_added_with_enter_and_digits_and_the_keyboard_returns_for_the_next() {
    emigration_desk::i18n::set_language(emigration_desk::i18n::UiLang::En);
    let dir = tempfile::tempdir().unwrap();
    let st = store(dir.path(), OfficeKind::StateCorporation);
    let mut d = signed_in(st, "admin", common::ADMIN_PASSWORD);
    d.app.settle(Message::Tab(emigration_desk::ui::Tab::Users));
    d.focus_id("user-login");
    d.type_text("clerk2");
    d.key(Named::Enter);
    d.type_text("Clerk Two");
    d.key(Named::Enter);
    d.type_text("1"); // the first role: clerk, and on to the password
    d.type_text("a long password");
    d.key(Named::Enter);
    let users: Vec<String> = match &d.app.screen {
        Screen::Main { users, .. } => users.users().iter().map(|u| u.login.clone()).collect(),
        _ => panic!(),
    };
    assert!(users.contains(&"clerk2".to_string()), "{users:?}");
    assert_eq!(
        d.focused(),
        Some(iced::advanced::widget::Id::new("user-login")),
        "ready for the next user"
    );
}

#[test]
fn a_corrected_iin_brings_its_own_birth_date_unless_the_clerk_typed_one() {
    let (_dir, mut d) = children_step();
    let set = |d: &mut Desk, f: F, v: &str| d.app.settle(Message::Intake(I::Set(f, v.into())));
    let born = |d: &Desk| {
        wizard(d)
            .intake()
            .applicant
            .birth_date
            .map(|b| b.to_string())
    };
    // children_step typed the mother's IIN of 14.02.1988; one digit was
    // wrong: 15.02.1988.
    assert_eq!(born(&d).as_deref(), Some("1988-02-14"));
    set(&mut d, F::Iin, &iin("880215", 4));
    assert_eq!(born(&d).as_deref(), Some("1988-02-15"));
    // The child's too.
    set(&mut d, F::ChildIin(0), &iin("150310", 5));
    set(&mut d, F::ChildIin(0), &iin("150311", 5));
    assert_eq!(
        wizard(&d).intake().children[0]
            .birth_date
            .map(|b| b.to_string())
            .as_deref(),
        Some("2015-03-11")
    );
    // A date the clerk typed stays (the IIN's is then only a warning).
    set(&mut d, F::BirthDate, "16.02.1988");
    set(&mut d, F::Iin, &iin("880214", 4));
    assert_eq!(born(&d).as_deref(), Some("1988-02-16"));
}

#[test]
fn the_steps_marked_and_the_message_agree_and_a_country_being_typed_is_not_yet_wrong() {
    emigration_desk::i18n::set_language(emigration_desk::i18n::UiLang::En);
    let dir = tempfile::tempdir().unwrap();
    let st = store(dir.path(), OfficeKind::StateCorporation);
    let mut d = signed_in(st, "clerk", "clerk password");
    d.ctrl("2");
    d.type_text("8802"); // an IIN begun: the applicant's step is wrong
    let said: Vec<String> = d
        .texts()
        .into_iter()
        .filter(|t| t.starts_with("Some fields still need correcting"))
        .collect();
    assert_eq!(
        said,
        vec!["Some fields still need correcting, on the steps: Applicant (marked ⚠).".to_string()],
        "only the step the tabs mark"
    );
    // The destination, typed letter by letter: while the list offers
    // matches, nothing says "choose from the list".
    d.app
        .settle(Message::Intake(I::Step(intake::Step::Destination)));
    d.focus_field(&F::Country.path());
    d.type_text("Герм");
    assert!(!d
        .texts()
        .iter()
        .any(|t| t == "Choose the country from the list."));
    d.type_text("xx");
    assert!(d
        .texts()
        .iter()
        .any(|t| t == "Choose the country from the list."));
}

#[test]
fn after_the_screen_lock_the_keyboard_is_back_in_the_intake() {
    emigration_desk::i18n::set_language(emigration_desk::i18n::UiLang::En);
    let dir = tempfile::tempdir().unwrap();
    let st = store(dir.path(), OfficeKind::StateCorporation);
    let mut d = signed_in(st, "clerk", "clerk password");
    d.ctrl("2");
    d.type_text("88");
    d.app.idle_minutes = 1;
    d.app
        .settle(Message::Tick(t0() + chrono::Duration::minutes(5)));
    d.run_focus_moves();
    assert!(d.app.lock.is_some(), "locked");
    d.type_text("clerk password");
    d.key(Named::Enter);
    assert!(d.app.lock.is_none(), "unlocked");
    d.type_text("02");
    assert_eq!(wizard(&d).intake().applicant.iin, "8802");
}

#[test]
fn a_ctrl_shortcut_types_nothing_into_the_field_in_use() {
    emigration_desk::i18n::set_language(emigration_desk::i18n::UiLang::En);
    let dir = tempfile::tempdir().unwrap();
    let st = store(dir.path(), OfficeKind::StateCorporation);
    let mut d = signed_in(st, "clerk", "clerk password");
    // As X11 sends it: Ctrl+2 carries the text "2".
    d.ctrl_with_text("2");
    assert_eq!(tab_of(&d), emigration_desk::ui::Tab::Intake);
    d.type_text("88");
    d.ctrl_with_text("n");
    assert_eq!(wizard(&d).intake().applicant.iin, "88", "no 'n' typed");
    // On the lock screen: Ctrl+1 puts nothing into the password.
    d.app.idle_minutes = 1;
    d.app
        .settle(Message::Tick(t0() + chrono::Duration::minutes(5)));
    d.run_focus_moves();
    d.ctrl_with_text("1");
    d.type_text("clerk password");
    d.key(Named::Enter);
    assert!(d.app.lock.is_none(), "the password as typed unlocks");
}

/// The second reference intake: the walkthrough's family, typed with the
/// keyboard alone. A mother leaves with her son (10) and daughter (8);
/// their father stays in Kazakhstan; both her parents are relatives; one
/// job; the fee and five papers. The clerk types what the window asks
/// for, where it asks: the test walks the Enter order and answers each
/// field from the family's data (Enter alone where there is nothing to
/// say) — no Shift+Tab, no Backspace, no key spent on a correction.
#[test]
fn the_second_reference_intake_costs_at_most_one_key_a_field_besides_its_content() {
    use emigration_desk::domain::checklist::{ItemStatus, Requirement};
    emigration_desk::i18n::set_language(emigration_desk::i18n::UiLang::En);
    let dir = tempfile::tempdir().unwrap();
    let st = store(dir.path(), OfficeKind::StateCorporation);
    let mut d = signed_in(st, "clerk", "clerk password");
    d.keys = keyboard::Keys::default();
    let today = t0().date();
    let son = iin("160310", 5);
    let daughter = iin("180522", 6);
    let text_of = |f: F| -> Option<String> {
        Some(
            match f {
                F::Iin => iin("880214", 4),
                F::Surname => "Серікова".into(),
                F::Given => "Айгүл".into(),
                F::Patronymic => "Маратқызы".into(),
                F::BirthPlace => "Қарағанды қ.".into(),
                F::Nationality => "қазақ".into(),
                F::Residence => "Астана қ., Сарыарқа даңғылы, 7-15".into(),
                F::PostalCode => "010000".into(),
                F::PhoneMobile => "+77015550011".into(),
                F::PassportNo => "N55500011".into(),
                F::PassportDate => "10.03.2021".into(),
                F::IdNo => "055500011".into(),
                F::IdDate => "12.01.2020".into(),
                F::Country => "Герман".into(),
                F::ChildIin(0) => son.clone(),
                F::ChildGiven(0) => "Арман".into(),
                F::ChildPatronymic(0) => "Ержанұлы".into(),
                F::ChildPassport(0) => "N55500012".into(),
                F::ChildIin(1) => daughter.clone(),
                F::ChildGiven(1) => "Дана".into(),
                F::ChildPatronymic(1) => "Ержанқызы".into(),
                F::ChildPassport(1) => "N55500013".into(),
                F::OtherParent(0) => "Сейтқали Ержан Бақытжанұлы".into(),
                F::JobFrom(0) => "2012".into(),
                F::JobPosition(0) => "мұғалім".into(),
                F::JobOrg(0) => "№ 45 мектеп-гимназия".into(),
                F::JobAddress(0) => "Астана қ.".into(),
                F::FeeDate => emigration_desk::i18n::date(today),
                _ => return None,
            }
            .to_string(),
        )
    };
    // Her parents: the rows Enter opens after the children's and their
    // father's.
    let parents = [
        (
            "Сериков Марат Әбілұлы",
            "1",
            "1960",
            "Қарағанды қ.",
            "пенсионер",
        ),
        (
            "Серикова Гүлнар Қасымқызы",
            "2",
            "1963",
            "Қарағанды қ.",
            "пенсионер",
        ),
    ];
    let mut typed = 0u32; // fields typed
    let mut chosen = 0u32; // choices and boxes
    let mut passed = 0u32; // Enter on a field left as it is
    d.ctrl("2");
    let focused = |d: &mut Desk| -> Option<F> {
        let id = d.focused()?;
        let s = format!("{id:?}");
        // `Id(Custom("children[0].iin"))`
        let inner = s.split('"').nth(1)?.to_string();
        inner.parse().ok()
    };
    for _ in 0..400 {
        let step = wizard(&d).step();
        let Some(f) = focused(&mut d) else {
            // Off the fields: a list's next empty row is not needed —
            // the next step (PageDown), or the checklist on the last.
            if step == intake::Step::Family {
                break;
            }
            d.key(Named::PageDown);
            continue;
        };
        let i = wizard(&d).intake().clone();
        let filled_now = !wizard(&d).raw_text(f).unwrap_or_default().is_empty()
            || match f {
                F::ChildSurname(n) => !i.children[n].surname.is_empty(),
                _ => false,
            };
        match f {
            F::ChildLeavesWith(n) => {
                if i.children[n].leaves_with
                    != emigration_desk::domain::intake::LeavesWith::OneParent
                {
                    d.key(Named::Space);
                    chosen += 1;
                } else {
                    d.key(Named::Enter);
                    passed += 1;
                }
            }
            // A row beyond the family's children or jobs: the next step.
            F::ChildIin(n) if n >= 2 => d.key(Named::PageDown),
            F::JobFrom(n) if n >= 1 => d.key(Named::PageDown),
            // The relatives' rows after the children's and their father's:
            // her parents, then the next step.
            F::RelName(n) if n >= 3 => match parents.get(n - 3) {
                Some(p) => {
                    d.type_text(p.0);
                    d.key(Named::Enter);
                    typed += 1;
                }
                None => d.key(Named::PageDown),
            },
            F::RelRelationship(n) => {
                let digit = if n >= 3 {
                    parents[n - 3].1
                } else if i.relatives[n].full_name.contains("Ержан") {
                    "4"
                } else {
                    "5"
                };
                d.type_text(digit);
                d.keys.content -= 1;
                d.keys.other += 1;
                chosen += 1;
            }
            F::RelYear(n) if n >= 3 => {
                d.type_text(parents[n - 3].2);
                d.key(Named::Enter);
                typed += 1;
            }
            F::RelPlace(n) if n >= 3 => {
                d.type_text(parents[n - 3].3);
                d.key(Named::Enter);
                typed += 1;
            }
            F::RelCountry(n) if n >= 3 => {
                d.type_text("Қазақстан");
                d.key(Named::Enter);
                typed += 1;
            }
            F::RelAddress(n) if n >= 3 => {
                d.type_text("Қарағанды қ., Бұқар жырау даңғылы, 1");
                d.key(Named::Enter);
                typed += 1;
            }
            F::RelWork(n) if n >= 3 => {
                d.type_text(parents[n - 3].4);
                d.key(Named::Enter);
                typed += 1;
            }
            F::FeeAmount => {
                let due = wizard(&d)
                    .checklist(d.app.office.as_ref(), today)
                    .and_then(|c| c.fee_tenge)
                    .expect("the fee due");
                d.type_text(&due.to_string());
                d.key(Named::Enter);
                typed += 1;
                // Through the gateway, warned, consent: three boxes.
                for _ in 0..3 {
                    d.key(Named::Space);
                    chosen += 1;
                }
                break;
            }
            f => match text_of(f) {
                Some(v) if !filled_now => {
                    d.type_text(&v);
                    d.key(Named::Enter);
                    typed += 1;
                }
                _ => {
                    d.key(Named::Enter);
                    passed += 1;
                }
            },
        }
    }
    // The papers: Space ticks each still missing, then Accept and Enter.
    let list = wizard(&d)
        .checklist(d.app.office.as_ref(), today)
        .expect("checklist");
    let missing = list
        .items
        .iter()
        .filter(|i| i.requirement != Requirement::Questionnaire && i.status == ItemStatus::Missing)
        .count();
    for _ in 0..missing {
        d.key(Named::Space);
        chosen += 1;
    }
    d.key(Named::Enter);
    d.key(Named::Enter);
    let done = wizard(&d).done().cloned();
    assert!(
        done.is_some(),
        "accepted: {:?} {:?}",
        wizard(&d).error(),
        wizard(&d).intake().validate(today).errors
    );
    let i = wizard(&d).intake().clone();
    assert_eq!(i.children.len(), 2);
    assert_eq!(i.children[0].surname, "Серіков", "the son's form, offered");
    assert_eq!(i.children[1].surname, "Серікова");
    let fathers = i
        .relatives
        .iter()
        .filter(|r| r.full_name == "Сейтқали Ержан Бақытжанұлы")
        .count();
    assert_eq!(fathers, 1, "the children's father once");
    assert_eq!(i.relatives.len(), 5, "{:?}", i.relatives);
    // Every answer the questionnaire holds, typed, chosen or filled by
    // the window from what was typed.
    fn answers(v: &serde_json::Value) -> u32 {
        match v {
            serde_json::Value::Null | serde_json::Value::Bool(false) => 0,
            serde_json::Value::String(s) if s.trim().is_empty() => 0,
            serde_json::Value::Array(a) => a.iter().map(answers).sum(),
            serde_json::Value::Object(o) => o.values().map(answers).sum(),
            _ => 1,
        }
    }
    let held = answers(&serde_json::to_value(&i).unwrap());
    let k = d.keys;
    println!(
        "second reference intake: {} keys = {} characters of content + {} other keys; {} fields typed, {} chosen or ticked, {} passed with Enter; {} answers in the questionnaire: {:.2} non-content keys per answer, {:.2} per field the clerk filled",
        k.content + k.other,
        k.content,
        k.other,
        typed,
        chosen,
        passed,
        held,
        k.other as f64 / held as f64,
        k.other as f64 / (typed + chosen) as f64,
    );
    assert!(
        k.other <= held,
        "{} non-content keys for {held} answers",
        k.other
    );
}
