//! The Cases tab: the search, the board, the case page and its steps and forms.

use super::*;

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
        ui.click("1 National Security Committee").unwrap();
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
        ui.click("2 State revenue body").unwrap();
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
        "State revenue body — not asked: no taxable income in Kazakhstan (25.11.2026)"
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
    // Each asked first, as every step that cannot be undone.
    act(&mut app, |ui| {
        ui.click("Not liable for military service").unwrap();
    });
    assert!(shows(&app, "Record that the applicant is not liable for military service (no military certificate is needed)? This cannot be undone."));
    confirm(&mut app);
    act(&mut app, |ui| {
        ui.click("Deregistered from the place of residence")
            .unwrap();
    });
    confirm(&mut app);
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
            Screen::Main { users, .. } => users.bodies().to_string(),
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
        ui.click("2 Regional migration service").unwrap();
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
            assert_eq!(cases.mode(), ListMode::Review);
        }
        _ => panic!("signed in"),
    }
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
            .rows()
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
