//! The window driven by the keyboard alone (see `common/keyboard.rs`): the
//! focus stays from key to key and moves as in the window.

use chrono::{NaiveDate, NaiveDateTime};
use emigration_desk::domain::access::Role;
use emigration_desk::domain::demo::sample_intake;
use emigration_desk::domain::OfficeKind;
use emigration_desk::store::{Actor, IntakeOutcome, NewUser, Store};
use emigration_desk::ui::{intake, App, Screen, Tab};
use iced::keyboard::key::Named;

mod common;
#[path = "common/keyboard.rs"]
#[allow(dead_code)]
mod keyboard;
#[path = "common/reference.rs"]
mod reference;
use keyboard::Desk;

fn t0() -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 11, 25)
        .unwrap()
        .and_hms_opt(9, 0, 0)
        .unwrap()
}

fn store(dir: &std::path::Path) -> Store {
    let now = emigration_desk::desk::Clock::default().at(t0());
    let (mut st, _) = emigration_desk::desk::admin::create_store(
        dir,
        common::office(OfficeKind::StateCorporation),
        common::admin(),
        now,
    )
    .unwrap();
    let u = NewUser {
        login: "clerk".into(),
        full_name: "Clerk One".into(),
        role: Role::Clerk,
        password: "clerk password".into(),
    };
    st.create_user(&Actor::cli(), &u, t0()).unwrap();
    let key = st.key().cloned().unwrap();
    emigration_desk::store::keys::set_user(&st.keys_path(), &key, "clerk", "clerk password", t0())
        .unwrap();
    st.set_setting_audited(
        &emigration_desk::store::Actor::cli(),
        "idle_minutes",
        "120",
        chrono::Utc::now().naive_utc(),
    )
    .unwrap();
    st
}

/// The store with the synthetic sample accepted on `t0`, and its number.
fn store_with_case(dir: &std::path::Path) -> (Store, emigration_desk::domain::case::CaseNumber) {
    let mut st = store(dir);
    let n = st
        .commit_intake(
            &Actor::cli(),
            &sample_intake(),
            IntakeOutcome::Accept,
            t0().date(),
            t0(),
        )
        .unwrap()
        .summary
        .number;
    (st, n)
}

/// Signed in as the clerk with keys only: the window puts the keyboard in
/// the login field, as at its start.
fn signed_in(st: Store, w: f32, h: f32) -> Desk {
    let mut d = Desk::new(App::with_store(st, t0()), w, h);
    d.focus_id("login");
    d.type_text("clerk");
    d.key(Named::Tab);
    d.type_text("clerk password");
    d.key(Named::Enter);
    assert!(matches!(d.app.screen, Screen::Main { .. }), "signed in");
    d
}

fn intake(d: &Desk) -> &intake::IntakeState {
    match &d.app.screen {
        Screen::Main { intake, .. } => intake,
        _ => panic!("not signed in"),
    }
}

fn tab(d: &Desk) -> Tab {
    match &d.app.screen {
        Screen::Main { tab, .. } => *tab,
        _ => panic!("not signed in"),
    }
}

fn ctrl(d: &mut Desk, c: &str) {
    d.ctrl(c);
}

#[test]
fn the_intake_opens_from_the_keyboard_in_the_iin_field() {
    let dir = tempfile::tempdir().unwrap();
    let mut d = signed_in(store(dir.path()), 1280.0, 720.0);
    ctrl(&mut d, "2");
    assert_eq!(tab(&d), Tab::Intake);
    assert_eq!(
        d.focused(),
        Some(iced::advanced::widget::Id::from(
            "applicant.iin".to_string()
        ))
    );
    // Typed where the keyboard is: the IIN gives the date of birth.
    d.type_text("900515300127");
    assert_eq!(intake(&d).intake().applicant.iin, "900515300127");
    assert_eq!(
        intake(&d).intake().applicant.birth_date,
        NaiveDate::from_ymd_opt(1990, 5, 15)
    );
}

#[test]
fn space_toggles_a_checkbox_and_the_arrows_move_in_a_choice() {
    let dir = tempfile::tempdir().unwrap();
    let mut d = signed_in(store(dir.path()), 1280.0, 720.0);
    ctrl(&mut d, "2");
    // Destination: the language choice, then the country (where the step
    // opens) and the address.
    d.keys(Named::PageDown, 2);
    let before = intake(&d).intake().lang;
    d.shift(Named::Tab);
    d.key(Named::ArrowRight);
    assert_ne!(
        intake(&d).intake().lang,
        before,
        "→ picks the next language"
    );
    d.key(Named::ArrowLeft);
    assert_eq!(intake(&d).intake().lang, before, "← goes back");
    // Family: the last step opens in the fee's date (nothing else waits
    // there); then its amount, and the checkboxes: the gateway, the
    // warning, the consent. Space ticks a box and moves on; Shift+Tab goes
    // back, and Space clears it.
    d.keys(Named::PageDown, 4);
    assert_eq!(
        d.focused(),
        Some(iced::advanced::widget::Id::from("fee.paid_on".to_string()))
    );
    let gateway = |d: &Desk| {
        intake(d).intake().fee.as_ref().is_some_and(|f| {
            f.channel == emigration_desk::domain::intake::PaymentChannel::PaymentGateway
        })
    };
    d.type_text("25.11.2026");
    d.key(Named::Tab);
    d.type_text("4325");
    d.key(Named::Tab);
    d.key(Named::Space);
    assert!(gateway(&d), "ticked by Space");
    d.key(Named::Space);
    assert!(
        intake(&d).intake().false_data_warning_on.is_some(),
        "the keyboard moved on to the warning"
    );
    d.shift(Named::Tab);
    d.shift(Named::Tab);
    d.key(Named::Space);
    assert!(!gateway(&d), "cleared by Space");
}

#[test]
fn a_known_iin_offers_the_earlier_case_and_enter_fills_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut st = store(dir.path());
    let sample = sample_intake();
    st.commit_intake(
        &Actor::cli(),
        &sample,
        IntakeOutcome::Accept,
        t0().date(),
        t0(),
    )
    .unwrap();
    let mut d = signed_in(st, 1280.0, 720.0);
    ctrl(&mut d, "2");
    d.type_text(&sample.applicant.iin);
    assert!(intake(&d).offering_known(), "the earlier case is offered");
    assert_eq!(
        d.focused(),
        Some(iced::advanced::widget::Id::new(intake::KNOWN_FILL)),
        "the keyboard on Fill in"
    );
    d.key(Named::Enter);
    let a = &intake(&d).intake().applicant;
    assert_eq!(a.surname, sample.applicant.surname);
    assert_eq!(a.given_name, sample.applicant.given_name);
    assert_eq!(a.passport.number, sample.applicant.passport.number);
    assert_eq!(a.birth_place, sample.applicant.birth_place);
    // The keyboard goes on to the first field still empty.
    assert!(d.focused().is_some());
    // The lookup is audited.
    let entries = common::open_store(dir.path())
        .audit_entries(None, 50)
        .unwrap();
    assert!(entries.iter().any(|e| e.action == "person_lookup"));
}

#[test]
fn esc_declines_the_known_facts() {
    let dir = tempfile::tempdir().unwrap();
    let mut st = store(dir.path());
    let sample = sample_intake();
    st.commit_intake(
        &Actor::cli(),
        &sample,
        IntakeOutcome::Accept,
        t0().date(),
        t0(),
    )
    .unwrap();
    let mut d = signed_in(st, 1280.0, 720.0);
    ctrl(&mut d, "2");
    d.type_text(&sample.applicant.iin);
    d.key(Named::Escape);
    assert!(!intake(&d).offering_known());
    assert!(
        intake(&d).intake().applicant.surname.is_empty(),
        "nothing filled"
    );
}

#[test]
fn a_row_added_below_the_fold_is_scrolled_into_view() {
    let dir = tempfile::tempdir().unwrap();
    let mut d = signed_in(store(dir.path()), 1280.0, 720.0);
    ctrl(&mut d, "2");
    // Children: the step opens with a row ready, the keyboard in its IIN;
    // Ctrl+N adds the next.
    d.keys(Named::PageDown, 3);
    for n in 0..3 {
        if n > 0 {
            d.ctrl("n");
        }
        assert_eq!(
            d.focused(),
            Some(iced::advanced::widget::Id::from(format!(
                "children[{n}].iin"
            ))),
            "child {n}: the keyboard in its IIN"
        );
    }
    assert_eq!(intake(&d).intake().children.len(), 3);
    // The third card lies below a 720-pixel window: the form scrolled.
    assert!(
        d.scrolled().iter().any(|y| *y > 0.0),
        "scrolled to the new row: {:?}",
        d.scrolled()
    );
}

#[test]
fn the_reference_intake_is_done_with_the_keyboard_alone() {
    let dir = tempfile::tempdir().unwrap();
    let mut d = signed_in(store(dir.path()), 1280.0, 720.0);
    d.keys = keyboard::Keys::default();
    let filled = reference::run(&mut d);
    let done = intake(&d).done().cloned();
    let Some(emigration_desk::ui::intake::Done {
        number,
        status,
        receipt,
        come_back,
        ..
    }) = done
    else {
        panic!(
            "not committed: {:?} / {:?}",
            intake(&d).error(),
            intake(&d).intake().validate(t0().date()).errors
        );
    };
    assert_eq!(
        status,
        emigration_desk::domain::case::Status::UnderReview,
        "{number}"
    );
    assert!(matches!(receipt, Some(Ok(_))), "the Annex 4 receipt");
    assert!(come_back.is_some());
    let k = d.keys;
    println!(
        "reference intake: {} keys = {} characters of content + {} other keys; {} fields filled ({} typed, {} chosen or ticked): one key each, and {} keys that fill no field",
        k.content + k.other,
        k.content,
        k.other,
        filled.fields(),
        filled.typed,
        filled.chosen,
        filled.nav,
    );
    // Every field filled costs exactly one key besides its content …
    assert_eq!(k.other, filled.fields() + filled.nav, "one key per field");
    // … and the keys that fill nothing are the intake's opening, the three
    // steps with lists, passing the two fields left empty, Accept and its
    // confirmation; the two sons' surnames the program offered, each shown
    // once (Enter takes it); the two further children's "leaves with one
    // parent" boxes, already ticked, passed with Enter.
    assert!(filled.nav <= 12, "{} keys that fill no field", filled.nav);
}

#[test]
fn an_unknown_login_and_a_real_one_get_the_same_answer() {
    let dir = tempfile::tempdir().unwrap();
    let st = store(dir.path());
    let mut d = Desk::new(App::with_store(st, t0()), 1280.0, 720.0);
    let answer = |d: &mut Desk, login: &str| {
        d.focus_id("login");
        // Clear what the field holds, then type.
        for _ in 0..20 {
            d.key(Named::Backspace);
        }
        d.type_text(login);
        d.key(Named::Tab);
        d.type_text("not the password");
        d.key(Named::Enter);
        match &d.app.screen {
            Screen::Login(s) => format!("{:?}", s.problem()),
            _ => panic!("signed in with a wrong password"),
        }
    };
    let real = answer(&mut d, "clerk");
    let made_up = answer(&mut d, "nosuchuser");
    assert_eq!(real, made_up, "the answer tells which logins exist");
}

#[test]
fn the_window_grows_with_the_screen_and_never_shrinks_below_1280_by_720() {
    let at = |w: f32, h: f32, now: f32| App::scale_for(iced::Size::new(w, h), now);
    assert_eq!(at(1280.0, 720.0, 1.0), 1.0);
    assert_eq!(at(1280.0, 800.0, 1.0), 1.0);
    assert_eq!(at(1920.0, 1080.0, 1.0), 1.5);
    // At 1.5 the window reports its logical size: the scale holds.
    assert_eq!(at(1280.0, 720.0, 1.5), 1.5);
    assert_eq!(at(1024.0, 600.0, 1.0), 1.0);
}

#[test]
fn accept_stays_in_view_at_1280_by_720_in_every_language() {
    use emigration_desk::i18n::UiLang;
    let dir = tempfile::tempdir().unwrap();
    let mut d = signed_in(store(dir.path()), 1280.0, 720.0);
    d.keys = keyboard::Keys::default();
    for lang in UiLang::ALL {
        d.app.settle(emigration_desk::ui::Message::Language(lang));
        d.app
            .settle(emigration_desk::ui::Message::Intake(intake::Msg::New));
        d.app.settle(emigration_desk::ui::Message::Tab(
            emigration_desk::ui::Tab::Intake,
        ));
        // A long checklist: three children, one leaving with one parent.
        for n in 0..3 {
            if n > 0 {
                d.app
                    .settle(emigration_desk::ui::Message::Intake(intake::Msg::Add(
                        intake::List::Children,
                    )));
            }
            d.app
                .settle(emigration_desk::ui::Message::Intake(intake::Msg::Set(
                    intake::F::ChildIin(n),
                    reference::iin("140901", 6),
                )));
            d.app.settle(emigration_desk::ui::Message::Intake(
                intake::Msg::OneParent(n, true),
            ));
        }
        let mut ui = iced_test::Simulator::with_size(
            iced::Settings::default(),
            (1280.0, 720.0),
            d.app.view(),
        );
        let accept = ui
            .find(iced_test::selector::id("intake-accept"))
            .unwrap_or_else(|_| panic!("{lang:?}: no Accept"));
        let visible = iced_test::selector::Bounded::visible_bounds(&accept);
        assert!(
            visible.is_some_and(|b| b.y + b.height <= 720.0),
            "{lang:?}: Accept out of view: {visible:?}"
        );
    }
}

#[test]
fn a_form_scanned_into_a_field_opens_its_case_and_leaves_the_field_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let (st, n) = store_with_case(dir.path());
    let mut d = signed_in(st, 1280.0, 720.0);
    ctrl(&mut d, "2");
    d.key(Named::Enter); // past the IIN: the keyboard in the surname
    d.type_text("Сейт");
    // The scanner types the QR code's digits (case number + annex) and Enter.
    let code: String = n.to_string().chars().filter(char::is_ascii_digit).collect();
    d.type_text(&format!("{code}04"));
    d.key(Named::Enter);
    assert_eq!(tab(&d), Tab::Cases, "the case opened");
    assert_eq!(
        intake(&d).intake().applicant.surname,
        "Сейт",
        "the field as it was"
    );
}

#[test]
fn f4_a_case_number_and_enter_open_the_case() {
    let dir = tempfile::tempdir().unwrap();
    let (st, n) = store_with_case(dir.path());
    let mut d = signed_in(st, 1280.0, 720.0);
    d.key(Named::F4);
    assert_eq!(tab(&d), Tab::Cases);
    d.type_text(&n.to_string());
    d.key(Named::Enter);
    let open = match &d.app.screen {
        Screen::Main { cases, .. } => cases.case().map(|c| c.record.summary.number),
        _ => None,
    };
    assert_eq!(open, Some(n), "the case opened");
    // F4 again: back to the search, from the open case.
    d.key(Named::F4);
    let open = match &d.app.screen {
        Screen::Main { cases, .. } => cases.case().is_some(),
        _ => true,
    };
    assert!(!open, "back to the list");
}

#[test]
fn a_supervisor_makes_the_months_report_and_saves_it_as_xlsx() {
    let dir = tempfile::tempdir().unwrap();
    let mut st = store(dir.path());
    st.commit_intake(
        &Actor::cli(),
        &sample_intake(),
        IntakeOutcome::Accept,
        t0().date(),
        t0(),
    )
    .unwrap();
    let u = NewUser {
        login: "head".into(),
        full_name: "Head".into(),
        role: Role::Supervisor,
        password: "head password".into(),
    };
    st.create_user(&Actor::cli(), &u, t0()).unwrap();
    let key = st.key().cloned().unwrap();
    emigration_desk::store::keys::set_user(&st.keys_path(), &key, "head", "head password", t0())
        .unwrap();
    let mut d = Desk::new(App::with_store(st, t0()), 1280.0, 720.0);
    d.focus_id("login");
    d.type_text("head");
    d.key(Named::Tab);
    d.type_text("head password");
    d.key(Named::Enter);
    // Queue, Cases, Complaints, Home visits, Reports: a supervisor takes
    // no intake (the permission table), so has no Intake tab.
    ctrl(&mut d, "5");
    assert_eq!(tab(&d), Tab::Reports);
    let reports = |d: &Desk| match &d.app.screen {
        Screen::Main { reports, .. } => (
            reports.period().0.to_string(),
            reports.period().1.to_string(),
            reports.report().cloned(),
        ),
        _ => panic!(),
    };
    // This month so far, by default.
    assert_eq!(reports(&d).0, "01.11.2026");
    assert_eq!(reports(&d).1, "25.11.2026");
    d.app.settle(emigration_desk::ui::Message::Reports(
        emigration_desk::ui::reports::Msg::Make,
    ));
    let r = reports(&d).2.expect("the report");
    assert_eq!(r.intake.accepted_state_corporation, 1);
    assert_eq!(r.review.still_under_review, 1);
    // This office by default; every office the store holds when asked.
    assert_eq!(r.offices, vec![42]);
    match &d.app.screen {
        Screen::Main { reports, .. } => assert_eq!(reports.offices(), &[42][..]),
        _ => panic!(),
    }
    for (choice, want) in [(None, vec![]), (Some(42), vec![42])] {
        d.app.settle(emigration_desk::ui::Message::Reports(
            emigration_desk::ui::reports::Msg::Office(choice),
        ));
        d.app.settle(emigration_desk::ui::Message::Reports(
            emigration_desk::ui::reports::Msg::Make,
        ));
        assert_eq!(reports(&d).2.expect("report").offices, want);
    }
    // The figures and a chart on the screen.
    let mut ui =
        iced_test::Simulator::with_size(iced::Settings::default(), (1280.0, 2000.0), d.app.view());
    assert!(ui.find("Accepted at the State Corporation").is_ok());
    assert!(ui.find("Stages finished in time, %").is_ok());
    drop(ui);
    d.app.settle(emigration_desk::ui::Message::Reports(
        emigration_desk::ui::reports::Msg::Export(emigration_desk::desk::report::Format::Xlsx),
    ));
    let saved = match &d.app.screen {
        Screen::Main { reports, .. } => reports.saved().map(std::path::Path::to_path_buf),
        _ => None,
    }
    .expect("saved");
    assert!(
        std::fs::read(&saved).unwrap().starts_with(b"PK"),
        "an XLSX (zip)"
    );
    let st = common::open_store(dir.path());
    let audit = st.audit_entries(None, 50).unwrap();
    assert!(audit.iter().any(|e| e.action == "report"));
    assert!(audit.iter().any(|e| e.action == "report_export"));
    let _ = std::fs::remove_file(saved);
}
