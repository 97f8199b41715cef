//! The ministry's national view through the hub as production runs it:
//! three `nats-server` processes with the configuration and users `sync
//! provision` writes; two regions, each with a State Corporation
//! department and the police office that reviews its cases, syncing; and
//! the ministry's workstation, whose hub user reads every office's events
//! and writes none, keeping a read-only replica. Its national report
//! equals the sum of the offices' own reports, per region and per office,
//! says how current it is, and is exported and audited.

use chrono::{NaiveDate, NaiveDateTime};
use emigration_desk::desk::report::{self as rep, Format};
use emigration_desk::desk::{Now, Who};
use emigration_desk::domain::access::Role;
use emigration_desk::domain::case::{CaseNumber, Conclusion, EventKind};
use emigration_desk::domain::demo::{sample_intake, with_papers};
use emigration_desk::domain::report::{Part, Period, Report};
use emigration_desk::domain::{DocLang, OfficeKind};
use emigration_desk::store::{IntakeOutcome, NewUser, Store};
use emigration_desk::sync::{self as esync, SyncConfig, SyncHandle};
use std::path::PathBuf;
use std::time::Duration;

#[path = "common/hub.rs"]
mod hub;
use hub::*;
mod common;

/// The second region's department and police office.
const SC2: u16 = 43;
const POLICE2: u16 = 8;
const MINISTRY: u16 = 100;

const OFFICES: &str = r#"[
    {"code": 42, "name": "Astana department", "workstations": ["a"], "region": "astana"},
    {"code": 7, "name": "Astana police", "workstations": ["a"], "region": "astana"},
    {"code": 43, "name": "Karaganda department", "workstations": ["a"], "region": "karaganda"},
    {"code": 8, "name": "Karaganda police", "workstations": ["a"], "region": "karaganda"},
    {"code": 100, "name": "Ministry", "kind": "ministry", "workstations": ["m1"]}
]"#;

struct Ws {
    path: PathBuf,
    handle: Option<SyncHandle>,
}

impl Ws {
    fn store(&self) -> Store {
        Store::open(&self.path).unwrap()
    }
}

fn config(cl: &Cluster, office: u16, ws: &str) -> SyncConfig {
    let (user, password) = cl.creds.offices[&office].clone();
    SyncConfig {
        enabled: true,
        urls: cl.urls(),
        user,
        password,
        workstation: ws.into(),
        resend_after_secs: 2,
        status_secret: cl.creds.status_secret.clone(),
        ..Default::default()
    }
}

/// An office's workstation of `kind`, routed `route`, syncing.
fn workstation(cl: &Cluster, office: u16, kind: OfficeKind, route: (u16, u16)) -> Ws {
    let path = cl.root.join(format!("ws-{office}")).join("db.sqlite3");
    let mut st = set_up_as(&path, office, kind, Some(route));
    let cfg = config(cl, office, "a");
    st.set_sync_config(&admin_actor(), &cfg, at(d(2026, 11, 25)))
        .unwrap();
    drop(st);
    let _g = cl.rt.enter();
    Ws {
        handle: Some(esync::start(path.clone(), None, office, cfg)),
        path,
    }
}

fn admin_actor() -> emigration_desk::store::Actor {
    actor("admin", Role::Administrator)
}

/// The ministry's workstation as its administrator sets it up: the
/// office of kind ministry, an analyst, the hub's settings and the office
/// directory loaded from the deployment plan; its engine reads.
fn ministry(cl: &Cluster, plan_json: &str) -> Ws {
    let path = cl.root.join("ministry").join("db.sqlite3");
    let mut st = set_up_as(&path, MINISTRY, OfficeKind::Ministry, None);
    let admin = admin_actor();
    // The ministry has analysts, not clerks or supervisors.
    for role in [Role::Clerk, Role::Supervisor, Role::Operator] {
        let r = st.create_user(
            &admin,
            &NewUser {
                login: role.as_str().into(),
                full_name: "Қызметкер".into(),
                role,
                password: "correct horse".into(),
            },
            at(d(2026, 11, 25)),
        );
        assert!(r.is_err(), "{role:?} at the ministry: {r:?}");
    }
    st.create_user(
        &admin,
        &NewUser {
            login: "analyst".into(),
            full_name: "Сарапшы".into(),
            role: Role::Analyst,
            password: "correct horse".into(),
        },
        at(d(2026, 11, 25)),
    )
    .unwrap();
    let cfg = config(cl, MINISTRY, "m1");
    st.set_sync_config(&admin, &cfg, at(d(2026, 11, 25)))
        .unwrap();
    let loaded = emigration_desk::desk::hub::load_directory(
        &mut st,
        &Who { actor: admin },
        plan_json,
        on(d(2026, 11, 25)),
    )
    .unwrap();
    assert_eq!(loaded, 5);
    let start = emigration_desk::desk::workstation::engine_start(&st);
    assert!(start.is_some(), "the ministry's engine reads the hub");
    drop(st);
    let _g = cl.rt.enter();
    Ws {
        handle: Some(esync::start(path.clone(), None, MINISTRY, cfg)),
        path,
    }
}

fn on(day: NaiveDate) -> Now {
    let utc: NaiveDateTime = day.and_hms_opt(12, 0, 0).unwrap();
    emigration_desk::clock::Clock {
        offset: emigration_desk::clock::parse_zone("+05:00").unwrap(),
        fixed_today: Some(day),
    }
    .at(utc)
}

fn who(role: Role) -> Who {
    Who {
        actor: actor(role.as_str(), role),
    }
}

/// Conclusion and approval of case `n` by a police office's officer.
fn approve(p: &mut Store, n: &CaseNumber) {
    let officer = actor("officer", Role::Officer);
    p.set_setting_audited(
        &emigration_desk::store::Actor::cli(),
        "approving_bodies",
        "security",
        at(d(2026, 12, 1)),
    )
    .unwrap();
    p.append_event(
        &officer,
        n,
        EventKind::ConclusionRecorded {
            conclusion: Conclusion {
                body: "security".into(),
                positive: true,
                on: d(2026, 12, 1),
                reference: "17-4/88".into(),
                not_asked: None,
            },
        },
        d(2026, 12, 1),
        at(d(2026, 12, 1)),
    )
    .unwrap();
    p.append_event(
        &officer,
        n,
        EventKind::Approved {
            on: d(2026, 12, 2),
            valid_until: d(2026, 12, 9),
        },
        d(2026, 12, 2),
        at(d(2026, 12, 2)),
    )
    .unwrap();
}

/// The events of every case `holders` hold, as (number, ids).
fn all_events(holders: &[&Ws], numbers: &[CaseNumber]) -> Vec<(CaseNumber, Vec<String>)> {
    numbers
        .iter()
        .map(|n| {
            let most = holders
                .iter()
                .map(|w| w.store().case_event_ids(n).unwrap())
                .max_by_key(|v| v.len())
                .unwrap();
            (*n, most)
        })
        .collect()
}

/// The figures the national report sums: intake, review and the
/// timeliness counts (medians are not sums).
fn sums(
    parts: &[(
        &emigration_desk::domain::report::Intake,
        &emigration_desk::domain::report::Review,
        &Vec<emigration_desk::domain::report::Stage>,
    )],
) -> Vec<u64> {
    let mut v = vec![0u64; 10 + 5 * 3];
    for (i, r, t) in parts {
        let figures = [
            i.accepted_state_corporation,
            i.accepted_provider,
            i.refused_at_intake,
            r.approved,
            r.refused,
            r.still_under_review,
            r.decisions,
            r.handed_to_applicant,
            r.handed_to_representative,
            r.transferred_to_provider,
        ];
        for (k, f) in figures.iter().enumerate() {
            v[k] += f;
        }
        for (s, stage) in t.iter().enumerate() {
            v[10 + 3 * s] += stage.finished;
            v[11 + 3 * s] += stage.in_time;
            v[12 + 3 * s] += stage.overdue;
        }
    }
    v
}

fn of_report(r: &Report) -> Vec<u64> {
    sums(&[(&r.intake, &r.review, &r.timeliness)])
}

fn of_part(p: &Part) -> Vec<u64> {
    sums(&[(&p.intake, &p.review, &p.timeliness)])
}

#[test]
fn the_ministrys_report_is_the_sum_of_the_offices_reports() {
    let cl = Cluster::start(OFFICES);
    let plan_json = format!(r#"{{"offices": {OFFICES}}}"#);
    let sc = workstation(&cl, SC, OfficeKind::StateCorporation, (SC, POLICE));
    let pol = workstation(&cl, POLICE, OfficeKind::MigrationPolice, (SC, POLICE));
    let sc2 = workstation(&cl, SC2, OfficeKind::StateCorporation, (SC2, POLICE2));
    let pol2 = workstation(&cl, POLICE2, OfficeKind::MigrationPolice, (SC2, POLICE2));
    let mut min = ministry(&cl, &plan_json);
    let clerk = actor("clerk", Role::Clerk);
    let day = d(2026, 11, 25);

    // Accepted at both departments and at a police office's own counter;
    // refused at intake at one department; two cases approved by their
    // police offices.
    let mut numbers = accept(&mut sc.store(), 3);
    numbers.extend(accept(&mut sc2.store(), 2));
    let mut incomplete = sample_intake();
    incomplete.fee = None;
    numbers.push(
        sc2.store()
            .commit_intake(
                &clerk,
                &incomplete,
                IntakeOutcome::RefuseIncomplete,
                day,
                at(day),
            )
            .unwrap()
            .summary
            .number,
    );
    for _ in 0..2 {
        numbers.push(
            pol.store()
                .commit_intake(
                    &clerk,
                    &with_papers(sample_intake()),
                    IntakeOutcome::Accept,
                    day,
                    at(day),
                )
                .unwrap()
                .summary
                .number,
        );
    }
    wait_for("the departments' cases at their police offices", 30, || {
        pol.store().case_event_ids(&numbers[0]).unwrap().len() == 2
            && pol2.store().case_event_ids(&numbers[3]).unwrap().len() == 2
    });
    approve(&mut pol.store(), &numbers[0]);
    approve(&mut pol2.store(), &numbers[3]);

    // The replica catches up with every office: each case's events, in
    // the order of its log, as its holders have them.
    let holders = [&sc, &pol, &sc2, &pol2];
    wait_for("the approvals back at the departments", 30, || {
        sc.store().case_event_ids(&numbers[0]).unwrap().len() == 4
            && sc2.store().case_event_ids(&numbers[3]).unwrap().len() == 4
    });
    let want = all_events(&holders, &numbers);
    wait_for(
        "every office's events in the ministry's replica",
        30,
        || {
            let m = min.store();
            want.iter()
                .all(|(n, ids)| m.case_event_ids(n).unwrap() == *ids)
        },
    );

    // The reports, taken the same day over the same period.
    let period = Period {
        from: d(2026, 11, 1),
        to: d(2026, 12, 31),
    };
    let now = on(d(2026, 12, 5));
    let mut own = std::collections::BTreeMap::new();
    for (w, code) in [(&sc, SC), (&pol, POLICE), (&sc2, SC2), (&pol2, POLICE2)] {
        let r = rep::make(&mut w.store(), &who(Role::Supervisor), period, &[code], now).unwrap();
        assert!(r.by_office.is_empty(), "an office's report is its own");
        own.insert(code, r);
    }
    let mut m = min.store();
    let national = rep::make(&mut m, &who(Role::Analyst), period, &[SC], now).unwrap();
    // The country: the sum of the four offices' own reports.
    let mut total = vec![0u64; 25];
    for r in own.values() {
        for (t, v) in total.iter_mut().zip(of_report(r)) {
            *t += v;
        }
    }
    assert_eq!(of_report(&national), total);
    assert_eq!(national.intake.accepted_state_corporation, 5);
    assert_eq!(national.intake.accepted_provider, 2);
    assert_eq!(national.intake.refused_at_intake, 1);
    assert_eq!(national.review.approved, 2);
    // Each office: its own report.
    assert_eq!(national.by_office.len(), 4, "{:?}", national.by_office);
    for p in &national.by_office {
        let code: u16 = p.key.parse().unwrap();
        assert_eq!(of_part(p), of_report(&own[&code]), "office {code}");
    }
    // Each region: the sum of its offices'.
    let region = |key: &str| national.regions.iter().find(|p| p.key == key).unwrap();
    for (key, codes) in [("astana", [SC, POLICE]), ("karaganda", [SC2, POLICE2])] {
        let mut want = vec![0u64; 25];
        for c in codes {
            for (t, v) in want.iter_mut().zip(of_report(&own[&c])) {
                *t += v;
            }
        }
        assert_eq!(of_part(region(key)), want, "region {key}");
    }
    assert_eq!(national.regions.len(), 2);
    // How current: the last event applied per office, and how many.
    for code in [SC, POLICE, SC2, POLICE2] {
        let c = national
            .currency
            .iter()
            .find(|c| c.office == code)
            .unwrap_or_else(|| panic!("no currency for {code}: {:?}", national.currency));
        let written = count(
            &m,
            &format!("SELECT count(*) FROM case_events WHERE office_code = {code}"),
        );
        assert_eq!(c.events as i64, written, "office {code}");
        assert!(c.last_event_at.is_some() && c.applied_at.is_some());
    }

    // The ministry wrote nothing and owes no receipt; every office's
    // events were confirmed by the offices they went to, not waiting on
    // the ministry.
    assert_eq!(count(&m, "SELECT count(*) FROM outbox"), 0);
    assert_eq!(count(&m, "SELECT count(*) FROM receipts_out"), 0);
    assert_eq!(count(&m, "SELECT count(*) FROM quarantine"), 0);
    assert_eq!(count(&m, "SELECT count(*) FROM conflicts"), 0);
    for w in holders {
        wait_for("the offices' outboxes confirmed", 30, || {
            count(
                &w.store(),
                "SELECT count(*) FROM outbox WHERE delivered_at IS NULL",
            ) == 0
        });
    }
    // Nor can anyone at the ministry record a case's event.
    let n = numbers[1];
    let r = m.append_event(
        &admin_actor(),
        &n,
        EventKind::NotLiableForMilitary { on: d(2026, 12, 5) },
        d(2026, 12, 5),
        at(d(2026, 12, 5)),
    );
    assert!(r.is_err(), "{r:?}");
    // An analyst is no supervisor at an office, a supervisor no analyst.
    assert!(rep::make(&mut sc.store(), &who(Role::Analyst), period, &[SC], now).is_err());

    // Exported: the tables per region and per office, in Kazakh and
    // Russian, each export audited.
    let out = cl.root.join("exports");
    std::fs::create_dir_all(&out).unwrap();
    let pdf = rep::export(
        &mut m,
        &who(Role::Analyst),
        &national,
        Format::Pdf,
        DocLang::Kk,
        &out.join("national-kk.pdf"),
        now,
    )
    .unwrap();
    let words = common::pdf_words(&pdf);
    for w in [
        "Астана қаласы",
        "Қарағанды облысы",
        "0042 Astana department",
        "0008 Karaganda police",
        "Бүкіл ел",
    ] {
        assert!(words.contains(w), "{w} not in the PDF: {words}");
    }
    let xlsx = rep::export(
        &mut m,
        &who(Role::Analyst),
        &national,
        Format::Xlsx,
        DocLang::Ru,
        &out.join("national-ru.xlsx"),
        now,
    )
    .unwrap();
    assert!(std::fs::metadata(&xlsx).unwrap().len() > 1000);
    let csv = rep::export(
        &mut m,
        &who(Role::Analyst),
        &national,
        Format::Csv,
        DocLang::Ru,
        &out.join("national-ru.csv"),
        now,
    )
    .unwrap();
    let text = std::fs::read_to_string(&csv).unwrap();
    assert!(text.contains("Карагандинская область"), "{text}");
    assert!(text.contains("По подразделениям"), "{text}");
    let audit = m.audit_entries(None, 100).unwrap();
    assert!(audit.iter().any(|e| e.action == "report_national"));
    assert_eq!(
        audit.iter().filter(|e| e.action == "report_export").count(),
        3
    );
    assert!(audit.iter().any(|e| e.action == "directory_load"));

    // The analyst at the ministry's screen, as a new user would: signed
    // in, the national report is the one tab; the period typed, Enter,
    // and the regions and offices are on the screen.
    analyst_takes_the_report_on_screen(&min.path, &national);

    // The replica keeps up with what comes next.
    let later = accept(&mut sc2.store(), 1)[0];
    wait_for("a new case in the replica", 30, || {
        min.store().case_event_ids(&later).unwrap().len() == 2
    });
    let again = rep::make(&mut m, &who(Role::Analyst), period, &[], now).unwrap();
    assert_eq!(again.intake.accepted_state_corporation, 6);

    for w in [sc, pol, sc2, pol2] {
        let mut w = w;
        if let Some(h) = w.handle.take() {
            cl.rt.block_on(h.stop());
        }
    }
    if let Some(h) = min.handle.take() {
        cl.rt.block_on(h.stop());
    }
}

/// Connects to the hub as `cfg`'s user.
async fn client_as(cfg: &SyncConfig, office: u16, urls: Vec<String>) -> async_nats::Client {
    esync::connect_options(cfg, office, None)
        .request_timeout(Some(Duration::from_secs(2)))
        .connect(urls)
        .await
        .unwrap()
}

#[test]
fn the_ministrys_hub_user_reads_every_office_and_writes_nothing() {
    let cl = Cluster::start(OFFICES);
    let cfg = config(&cl, MINISTRY, "m1");
    let urls = cl.urls();
    let admin = cl.admin();
    cl.rt.block_on(async {
        let js = async_nats::jetstream::new(client_as(&cfg, MINISTRY, urls.clone()).await);
        // Its consumer reads every office's subjects.
        let name = esync::consumer_name(MINISTRY, "m1");
        let mut c: async_nats::jetstream::consumer::PullConsumer = js
            .get_consumer_from_stream(&name, esync::STREAM)
            .await
            .unwrap();
        assert_eq!(c.info().await.unwrap().config.filter_subject, "sync.>");
        // Not an office's consumer.
        let other = esync::consumer_name(SC, "a");
        assert!(js
            .get_consumer_from_stream::<async_nats::jetstream::consumer::pull::Config, _, _>(
                &other,
                esync::STREAM
            )
            .await
            .is_err());
        // Nothing published: not as an office, not as itself, no status.
        for subject in [
            format!("sync.{SC}.{SC}.1.x"),
            format!("sync.{SC}.{MINISTRY}.1.x"),
            format!(
                "$KV.{}.0042.x",
                emigration_desk::domain::public_status::BUCKET
            ),
        ] {
            let acked = match js.publish(subject.clone(), "forged".into()).await {
                Ok(ack) => ack.await.is_ok(),
                Err(_) => false,
            };
            assert!(!acked, "the ministry's user published to {subject}");
        }
        let admin_js = async_nats::jetstream::new(client_as(&admin, 0, urls.clone()).await);
        let stream = admin_js.get_stream(esync::STREAM).await.unwrap();
        for subject in [
            format!("sync.{SC}.{SC}.1.x"),
            format!("sync.{SC}.{MINISTRY}.1.x"),
        ] {
            assert!(
                stream
                    .get_last_raw_message_by_subject(&subject)
                    .await
                    .is_err(),
                "{subject} reached the stream"
            );
        }
        // Nor can it delete its consumer or make another.
        assert!(js
            .delete_consumer_from_stream(&name, esync::STREAM)
            .await
            .is_err());
        assert!(admin_js
            .get_stream(esync::STREAM)
            .await
            .unwrap()
            .consumer_info(&name)
            .await
            .is_ok());
    });
}

/// The real iced program on the ministry's store, driven headless.
fn analyst_takes_the_report_on_screen(path: &std::path::Path, want: &Report) {
    use emigration_desk::ui::{reports, App, Message, Screen, Tab};
    use iced_test::{selector, Simulator};
    fn view(app: &App) -> Simulator<'_, Message> {
        Simulator::with_size(iced::Settings::default(), (1400.0, 1000.0), app.view())
    }
    let act = |app: &mut App, f: &dyn Fn(&mut Simulator<'_, Message>)| {
        let messages: Vec<Message> = {
            let mut ui = view(app);
            f(&mut ui);
            ui.into_messages().collect()
        };
        for m in messages {
            app.settle(m);
        }
    };
    let mut app = App::with_store(Store::open(path).unwrap(), chrono::Utc::now().naive_utc());
    act(&mut app, &|ui| {
        ui.click(selector::id("login")).unwrap();
        ui.typewrite("analyst");
        ui.click(selector::id("password")).unwrap();
        ui.typewrite("correct horse");
        ui.tap_key(iced::keyboard::key::Named::Enter);
    });
    assert_eq!(
        Tab::at(Some(Role::Analyst), Some(OfficeKind::Ministry)),
        vec![Tab::Reports]
    );
    assert_eq!(
        Tab::at(Some(Role::Administrator), Some(OfficeKind::Ministry)),
        vec![Tab::Users, Tab::Reports, Tab::Sync]
    );
    match &app.screen {
        Screen::Main { tab, reports, .. } => {
            assert_eq!(*tab, Tab::Reports);
            assert!(reports.report().is_none());
        }
        _ => panic!("the analyst is signed in"),
    }
    // The period (the fields hold this month until changed), then Enter.
    app.settle(Message::Reports(reports::Msg::From("01.11.2026".into())));
    app.settle(Message::Reports(reports::Msg::To("31.12.2026".into())));
    act(&mut app, &|ui| {
        ui.click(selector::id("report-to")).unwrap();
        ui.tap_key(iced::keyboard::key::Named::Enter);
    });
    match &app.screen {
        Screen::Main { reports, .. } => {
            let r = reports.report().expect("the report is made");
            assert_eq!(r.intake, want.intake);
            assert_eq!(r.regions.len(), 2);
            assert_eq!(r.by_office.len(), 4);
        }
        _ => panic!("signed in"),
    }
    let mut ui = view(&app);
    for key in ["region-astana", "region-karaganda", "ui-report-national"] {
        let shown = emigration_desk::i18n::dynamic(key);
        assert!(ui.find(shown.as_str()).is_ok(), "not on screen: {shown}");
    }
    assert!(ui.find("0043 Karaganda department").is_ok());
}

/// The ministry's workstation set up and used through the binary, as its
/// administrator and an analyst would: `init --office-kind ministry`, an
/// analyst (and no clerk), the directory from the plan, the national
/// report as JSON and as a PDF.
#[test]
fn the_ministry_through_the_command_line() {
    use std::process::{Command, Stdio};
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("ministry");
    common::init_office(&dir, "ministry", "9001");
    common::add_user(&dir, "analyst1", "analyst", "analyst's own password");
    let clerk = common::bin(
        &dir,
        "2026-12-05",
        &[
            "user", "add", "--login", "clerk1", "--name", "C", "--role", "clerk",
        ],
    );
    assert_eq!(clerk.status.code(), Some(1), "{}", common::out(&clerk));
    let plan = tmp.path().join("plan.json");
    std::fs::write(&plan, format!(r#"{{"offices": {OFFICES}}}"#)).unwrap();
    let o = common::bin(
        &dir,
        "2026-12-05",
        &["sync", "directory", "--plan", plan.to_str().unwrap()],
    );
    assert!(o.status.success(), "{}", common::err(&o));
    // A plan naming an unknown region is refused, the directory kept.
    let bad = tmp.path().join("bad.json");
    std::fs::write(
        &bad,
        r#"{"offices": [{"code": 5, "workstations": ["a"], "region": "atlantis"}]}"#,
    )
    .unwrap();
    let o = common::bin(
        &dir,
        "2026-12-05",
        &["sync", "directory", "--plan", bad.to_str().unwrap()],
    );
    assert_eq!(o.status.code(), Some(1), "{}", common::out(&o));
    assert!(common::err(&o).contains("atlantis"), "{}", common::err(&o));
    let analyst = |args: &[&str]| {
        Command::new(common::BIN)
            .arg("--data-dir")
            .arg(&dir)
            .args(["--ui-lang", "en"])
            .args(args)
            .env("EMIGRATION_DESK_TODAY", "2026-12-05")
            .env("EMIGRATION_DESK_USER", "analyst1")
            .env("EMIGRATION_DESK_PASSWORD", "analyst's own password")
            .env_remove(emigration_desk::store::DATA_DIR_ENV)
            .stdin(Stdio::null())
            .output()
            .unwrap()
    };
    let o = analyst(&["report", "--from", "01.11.2026", "--to", "30.11.2026"]);
    assert!(o.status.success(), "{}", common::err(&o));
    let json: serde_json::Value = serde_json::from_str(&common::out(&o)).unwrap();
    let regions: Vec<&str> = json["regions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["key"].as_str().unwrap())
        .collect();
    assert_eq!(regions, ["astana", "karaganda"]);
    assert_eq!(json["by_office"].as_array().unwrap().len(), 4);
    let pdf = tmp.path().join("national.pdf");
    let o = analyst(&[
        "report",
        "--from",
        "01.11.2026",
        "--to",
        "30.11.2026",
        "--format",
        "pdf",
        "--lang",
        "ru",
        "-o",
        pdf.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", common::err(&o));
    let words = common::pdf_words(&pdf);
    assert!(words.contains("Карагандинская область"), "{words}");
    assert!(words.contains("Вся страна"), "{words}");
    // Nobody at the ministry searches for a person or lists the overdue
    // by name: its replica is for the national report.
    for args in [
        &["case", "find", "Иванов"][..],
        &[
            "report",
            "--from",
            "01.11.2026",
            "--to",
            "30.11.2026",
            "--overdue",
        ][..],
    ] {
        let o = analyst(args);
        assert_eq!(o.status.code(), Some(1), "{args:?}: {}", common::out(&o));
        assert!(
            common::err(&o).contains("national report"),
            "{}",
            common::err(&o)
        );
    }
    // The analyst opens no case and takes no intake.
    let o = analyst(&["case", "import", common::SAMPLE, "--accept"]);
    assert!(!o.status.success(), "{}", common::out(&o));
    // Every report taken audited: the JSON, the PDF (taken and
    // exported), and the one whose overdue list was refused.
    assert_eq!(
        common::count(
            &dir,
            "SELECT count(*) FROM audit_log WHERE action IN ('report_national', 'report_export')"
        ),
        4
    );
}
