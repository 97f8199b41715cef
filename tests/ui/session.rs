//! Signing in and out, the idle lock, the first start, the About page.

use super::*;

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
        matches!(&app.screen, Screen::Login(s) if matches!(s.problem(), Some(login::Problem::Locked { .. })))
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
        wizard(&app).intake().applicant.surname,
        "Сейтқали",
        "the work is kept"
    );
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
        (setup::Field::Repeat, common::ADMIN_PASSWORD),
    ];
    app.settle(Message::Setup(setup::Msg::Kind(
        OfficeKind::StateCorporation,
    )));
    for (f, v) in edits {
        app.settle(Message::Setup(setup::Msg::Edit(f, v.into())));
    }
    // The password typed twice: a second that differs makes nothing, and
    // says why under the field.
    app.settle(Message::Setup(setup::Msg::Edit(
        setup::Field::Repeat,
        "correct hors".into(),
    )));
    app.settle(Message::Setup(setup::Msg::Entered(setup::Field::Repeat)));
    assert!(
        matches!(&app.screen, Screen::Setup(s) if s.problem(setup::Field::Repeat).is_some()),
        "the passwords differ"
    );
    app.settle(Message::Setup(setup::Msg::Edit(
        setup::Field::Repeat,
        common::ADMIN_PASSWORD.into(),
    )));
    // Enter in the last field makes the store.
    app.settle(Message::Setup(setup::Msg::Entered(setup::Field::Repeat)));
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
        Screen::Main { users, .. } => users.recovery().expect("shown").to_string(),
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
    assert_eq!(wizard(&app).intake().applicant.surname, "Сейтқали");
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
        Screen::Main { queue, .. } => queue.waiting().len(),
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
