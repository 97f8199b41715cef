//! The office: users and settings, complaints, home visits, sync.

use super::*;

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
        Screen::Main { users, .. } => users.users().to_vec(),
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
