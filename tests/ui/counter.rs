//! The counter: the queue, the timers of a visit, and the visit an intake ends.

use super::*;

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
    assert!(matches!(&app.screen, Screen::Main { queue, .. } if queue.current().is_some()));
    app.settle(Message::Logout);
    refuse_without_fee(&mut app);
    let number = wizard(&app).done().cloned().expect("refused").number;
    assert!(
        matches!(&app.screen, Screen::Main { queue, .. } if queue.current().is_none()),
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
