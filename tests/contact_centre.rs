//! The contact centre's answer (para 15) through the hub as production
//! runs it: three `nats-server` processes with the configuration and users
//! `sync provision` writes, a State Corporation department and its police
//! office syncing a case through its life, and a contact centre whose
//! operator looks the case up by its number and the applicant's IIN at
//! each step. The operator's hub user reads the status bucket and nothing
//! else; a leader killed while statuses are written loses none.

use emigration_desk::desk::contact_centre::{self, Lookup};
use emigration_desk::desk::Who;
use emigration_desk::domain::access::Role;
use emigration_desk::domain::case::{CaseNumber, Conclusion, EventKind, Recipient, Status};
use emigration_desk::domain::demo::sample_intake;
use emigration_desk::domain::public_status::{self, OfficeContact};
use emigration_desk::domain::{DocLang, OfficeKind};
use emigration_desk::store::{IntakeOutcome, NewUser, Store};
use emigration_desk::sync::{self as esync, SyncConfig, SyncHandle};
use std::path::PathBuf;
use std::time::{Duration, Instant};

#[path = "common/hub.rs"]
mod hub;
use hub::*;
mod common;

const CC: u16 = 1414;

const OFFICES: &str = r#"[
    {"code": 42, "name": "State Corporation department", "workstations": ["a"]},
    {"code": 7, "name": "Migration police office", "workstations": ["a"]},
    {"code": 1414, "name": "Unified contact centre", "kind": "contact_centre"}
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

fn config(cl: &Cluster, office: u16, ws: &str, block: u8) -> SyncConfig {
    let (user, password) = cl.creds.offices[&office].clone();
    SyncConfig {
        enabled: true,
        urls: cl.urls(),
        user,
        password,
        workstation: ws.into(),
        number_block: block,
        resend_after_secs: 2,
        status_secret: cl.creds.status_secret.clone(),
        ..Default::default()
    }
}

/// A workstation of the department or the police office, syncing.
fn workstation(cl: &Cluster, office: u16) -> Ws {
    let path = cl.root.join(format!("ws-{office}")).join("db.sqlite3");
    let mut st = set_up(&path, office);
    let cfg = config(cl, office, "a", 0);
    st.set_sync_config(
        &actor("admin", Role::Administrator),
        &cfg,
        at(d(2026, 11, 25)),
    )
    .unwrap();
    drop(st);
    let _g = cl.rt.enter();
    let handle = esync::start(path.clone(), None, office, cfg);
    Ws {
        path,
        handle: Some(handle),
    }
}

/// The contact centre's workstation: its administrator set it up, added
/// an operator and entered the hub's settings (no sync engine runs there).
fn contact_centre(cl: &Cluster) -> Store {
    let path = cl.root.join("cc").join("db.sqlite3");
    let mut st = set_up_as(&path, CC, OfficeKind::ContactCentre, None);
    let admin = actor("admin", Role::Administrator);
    // A contact centre has operators, not clerks.
    let clerk = st.create_user(
        &admin,
        &NewUser {
            login: "clerk".into(),
            full_name: "Қызметкер".into(),
            role: Role::Clerk,
            password: "correct horse".into(),
        },
        at(d(2026, 11, 25)),
    );
    assert!(clerk.is_err(), "{clerk:?}");
    st.create_user(
        &admin,
        &NewUser {
            login: "op".into(),
            full_name: "Оператор".into(),
            role: Role::Operator,
            password: "correct horse".into(),
        },
        at(d(2026, 11, 25)),
    )
    .unwrap();
    st.set_sync_config(&admin, &config(cl, CC, "op1", 0), at(d(2026, 11, 25)))
        .unwrap();
    assert!(
        emigration_desk::desk::workstation::engine_start(&st).is_none(),
        "no sync engine at a contact centre"
    );
    st
}

fn operator() -> Who {
    Who {
        actor: actor("op", Role::Operator),
    }
}

fn now() -> chrono::NaiveDateTime {
    chrono::Utc::now().naive_utc()
}

fn look(cc: &mut Store, n: &CaseNumber, iin: &str, lang: DocLang) -> Lookup {
    contact_centre::look_up(cc, &operator(), &n.to_string(), iin, lang, now()).unwrap()
}

/// What the case page of the office holding the case says, as the
/// operator would read it: the record worked out from the case as that
/// office's store holds it now.
fn case_page_answer(holder: &mut Store, n: &CaseNumber, lang: DocLang) -> Vec<String> {
    let rec = holder.case_record(n, d(2026, 11, 25)).unwrap();
    let events = holder.case_event_ids(n).unwrap().len() as u32;
    let office = holder.self_office().unwrap();
    let record = public_status::record(n, events, &rec.state, office.code).unwrap();
    contact_centre::answer(&record, Some(&OfficeContact::of(&office)), lang)
}

/// Waits until the contact centre answers what the case page says, in
/// Kazakh and in Russian.
fn answers_as_the_case_page(
    cc: &mut Store,
    holder: &mut Store,
    n: &CaseNumber,
    iin: &str,
) -> Vec<String> {
    // Looked up once the department has published (a lookup before would
    // be a miss, and misses slow the next lookups).
    wait_for("the department's statuses published", 30, || {
        holder.status_due().unwrap() == 0
    });
    let mut last;
    let t = Instant::now();
    loop {
        let want_kk = case_page_answer(holder, n, DocLang::Kk);
        let want_ru = case_page_answer(holder, n, DocLang::Ru);
        let kk = look(cc, n, iin, DocLang::Kk);
        let ru = look(cc, n, iin, DocLang::Ru);
        if kk == Lookup::Found(want_kk.clone()) && ru == Lookup::Found(want_ru.clone()) {
            let mut both = want_kk;
            both.extend(want_ru);
            return both;
        }
        last = Some((kk, want_kk));
        assert!(
            t.elapsed() < Duration::from_secs(30),
            "the contact centre's answer never became the case page's: {last:?}"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// Another valid IIN than `iin` (one serial digit changed, the check digit
/// worked out again).
fn another_iin(iin: &str) -> String {
    let mut d: [u8; 12] = [0; 12];
    for (i, c) in iin.bytes().enumerate() {
        d[i] = c - b'0';
    }
    for serial in 1..10u8 {
        d[9] = (d[9] + serial) % 10;
        if let Some(c) = emigration_desk::domain::ids::check_digit(&d) {
            d[11] = c;
            let s: String = d.iter().map(|x| char::from(b'0' + x)).collect();
            if s != iin {
                return s;
            }
        }
    }
    unreachable!()
}

fn status_of(st: &Store, n: &CaseNumber) -> Option<Status> {
    st.find_by_number(n).unwrap().map(|r| r.status)
}

#[test]
fn the_operator_answers_a_caller_at_each_step_of_the_case_from_the_hub() {
    let cl = Cluster::start(OFFICES);
    let mut sc = workstation(&cl, SC);
    let mut pol = workstation(&cl, POLICE);
    let mut cc = contact_centre(&cl);
    let clerk = actor("clerk", Role::Clerk);
    let officer = actor("officer", Role::Officer);
    let intake = sample_intake();
    let iin = intake.applicant.iin.clone();
    let on = d(2026, 11, 25);

    let n = sc
        .store()
        .commit_intake(&clerk, &intake, IntakeOutcome::Accept, on, at(on))
        .unwrap()
        .summary
        .number;
    // Accepted: the date, the day to come, what to bring, the office.
    let said = answers_as_the_case_page(&mut cc, &mut sc.store(), &n, &iin);
    let text = said.join(" ");
    assert!(text.contains("25.11.2026"), "{text}");
    assert!(
        text.contains("қабылданды") && text.contains("приняты"),
        "{text}"
    );
    assert!(
        text.contains("+7 7172 00 00 00"),
        "the office's phone: {text}"
    );

    // A wrong IIN, a wrong number: "not found", and nothing else.
    let wrong = look(&mut cc, &n, &another_iin(&iin), DocLang::Ru);
    assert_eq!(
        wrong,
        Lookup::NotFound(contact_centre::not_found(DocLang::Ru))
    );
    let other_case = CaseNumber {
        seq: n.seq + 7,
        ..n
    };
    assert!(matches!(
        look(&mut cc, &other_case, &iin, DocLang::Kk),
        Lookup::NotFound(_)
    ));
    // A mistyped IIN is refused before any lookup.
    let bad = contact_centre::look_up(
        &mut cc,
        &operator(),
        &n.to_string(),
        "850115300000",
        DocLang::Kk,
        now(),
    );
    assert!(bad.is_err(), "{bad:?}");

    // The review at the police office: approval with its direction.
    wait_for("the case at the police office", 20, || {
        status_of(&pol.store(), &n) == Some(Status::UnderReview)
    });
    let mut p = pol.store();
    p.set_setting_audited(
        &emigration_desk::store::Actor::cli(),
        "approving_bodies",
        "security",
        now(),
    )
    .unwrap();
    p.append_event(
        &officer,
        &n,
        EventKind::ConclusionRecorded {
            conclusion: Conclusion {
                body: "security".into(),
                positive: true,
                on: d(2026, 12, 14),
                reference: "17-4/88".into(),
                not_asked: None,
            },
        },
        d(2026, 12, 14),
        at(d(2026, 12, 14)),
    )
    .unwrap();
    p.append_event(
        &officer,
        &n,
        EventKind::Approved {
            on: d(2026, 12, 15),
            valid_until: d(2026, 12, 22),
        },
        d(2026, 12, 15),
        at(d(2026, 12, 15)),
    )
    .unwrap();
    wait_for("the approval at the department", 20, || {
        status_of(&sc.store(), &n) == Some(Status::Approved)
    });
    let text = answers_as_the_case_page(&mut cc, &mut sc.store(), &n, &iin).join(" ");
    assert!(
        text.contains("15.12.2026") && text.contains("22.12.2026"),
        "{text}"
    );

    // The papers at the counter, the decision at the police office.
    let mut s = sc.store();
    for kind in [
        EventKind::NotLiableForMilitary {
            on: d(2026, 12, 18),
        },
        EventKind::ResidenceDeregistered {
            on: d(2026, 12, 18),
        },
    ] {
        s.append_event(&clerk, &n, kind, d(2026, 12, 18), at(d(2026, 12, 18)))
            .unwrap();
    }
    wait_for("the papers at the police office", 20, || {
        p.case_event_ids(&n).unwrap().len() == 6
    });
    p.append_event(
        &officer,
        &n,
        EventKind::DecisionIssued {
            on: d(2026, 12, 21),
        },
        d(2026, 12, 21),
        at(d(2026, 12, 21)),
    )
    .unwrap();
    wait_for("the decision at the department", 20, || {
        status_of(&sc.store(), &n) == Some(Status::DecisionIssued)
    });
    let text = answers_as_the_case_page(&mut cc, &mut sc.store(), &n, &iin).join(" ");
    assert!(text.contains("21.12.2026"), "{text}");

    // Handed over at the counter.
    s.append_event(
        &clerk,
        &n,
        EventKind::HandedOver {
            on: d(2026, 12, 22),
            to: Recipient::Applicant,
        },
        d(2026, 12, 22),
        at(d(2026, 12, 22)),
    )
    .unwrap();
    let text = answers_as_the_case_page(&mut cc, &mut sc.store(), &n, &iin).join(" ");
    assert!(text.contains("22.12.2026"), "{text}");

    // The same answer on the command line of a contact centre set up
    // through the binary, as its administrator does.
    let dir = cl.root.join("cc-cli");
    common::init_office(&dir, "contact-centre", "1414");
    common::add_user(&dir, "op", "operator", "operator's own password");
    let cfg = config(&cl, CC, "op2", 0);
    let mut configure = vec!["sync", "configure", "--workstation", "op2"];
    for u in &cfg.urls {
        configure.extend(["--url", u.as_str()]);
    }
    configure.extend(["--nats-user", cfg.user.as_str()]);
    let o = std::process::Command::new(common::BIN)
        .arg("--data-dir")
        .arg(&dir)
        .args(&configure)
        .env("EMIGRATION_DESK_USER", "admin")
        .env("EMIGRATION_DESK_PASSWORD", common::ADMIN_PASSWORD)
        .env("EMIGRATION_NATS_PASSWORD", &cfg.password)
        .env("EMIGRATION_STATUS_SECRET", &cfg.status_secret)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", common::err(&o));
    let status = |iin: &str, lang: &str| {
        std::process::Command::new(common::BIN)
            .arg("--data-dir")
            .arg(&dir)
            .args([
                "case",
                "status",
                &n.to_string(),
                "--iin",
                iin,
                "--lang",
                lang,
            ])
            .env("EMIGRATION_DESK_USER", "op")
            .env("EMIGRATION_DESK_PASSWORD", "operator's own password")
            .output()
            .unwrap()
    };
    let o = status(&iin, "ru");
    assert!(o.status.success(), "{}", common::err(&o));
    let printed = common::out(&o);
    let want = case_page_answer(&mut sc.store(), &n, DocLang::Ru).join("\n");
    assert_eq!(printed.trim_end(), want);
    let o = status(&another_iin(&iin), "kk");
    assert_eq!(o.status.code(), Some(4), "{}", common::err(&o));
    assert_eq!(
        common::out(&o).trim_end(),
        contact_centre::not_found(DocLang::Kk)
    );
    // The operator at the contact centre's screen, as a new user would:
    // signed in, the lookup is the one tab; the number and the IIN typed,
    // Enter, and the answer read out is the case page's.
    operator_screen_answers(
        &cl.root.join("cc").join("db.sqlite3"),
        &mut sc.store(),
        &n,
        &iin,
    );

    // The administrator is no operator.
    let o = std::process::Command::new(common::BIN)
        .arg("--data-dir")
        .arg(&dir)
        .args(["case", "status", &n.to_string(), "--iin", &iin])
        .env("EMIGRATION_DESK_USER", "admin")
        .env("EMIGRATION_DESK_PASSWORD", common::ADMIN_PASSWORD)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1), "{}", common::out(&o));

    // Every lookup is in the contact centre's audit log with the case
    // number and whether it was found — never the IIN.
    let entries = cc.audit_entries(None, 10_000).unwrap();
    let lookups: Vec<_> = entries
        .iter()
        .filter(|e| e.action.starts_with("status-lookup"))
        .collect();
    assert!(lookups.iter().any(|e| e.action == "status-lookup-found"));
    assert!(lookups.iter().any(|e| e.action == "status-lookup-miss"));
    for e in &entries {
        assert!(!e.details.contains(&iin), "the IIN in the audit log: {e:?}");
    }
    // Only the department (whose code leads the number) published: the
    // police office's queue stays empty, and the department's is done.
    assert_eq!(p.status_due().unwrap(), 0);
    wait_for("the department's statuses published", 20, || {
        s.status_due().unwrap() == 0
    });

    // Repeated misses slow the next lookups, and that is audited too.
    let mut slowed = None;
    for i in 0..8 {
        let other = CaseNumber {
            seq: n.seq + 100 + i,
            ..n
        };
        match look(&mut cc, &other, &iin, DocLang::Kk) {
            Lookup::Slowed(secs) => {
                slowed = Some(secs);
                break;
            }
            Lookup::NotFound(_) => {}
            Lookup::Found(l) => panic!("found {l:?}"),
        }
    }
    assert!(slowed.is_some_and(|s| s > 0), "misses were not slowed");
    assert!(cc
        .audit_entries(None, 50)
        .unwrap()
        .iter()
        .any(|e| e.action == "status-lookup-slowed"));
    // Nor does the right pair get through while slowed.
    assert!(matches!(
        look(&mut cc, &n, &iin, DocLang::Kk),
        Lookup::Slowed(_)
    ));

    for ws in [&mut sc, &mut pol] {
        if let Some(h) = ws.handle.take() {
            cl.rt.block_on(h.stop());
        }
    }
}

/// The real iced program on the contact centre's store, driven headless.
fn operator_screen_answers(
    cc_path: &std::path::Path,
    holder: &mut Store,
    n: &CaseNumber,
    iin: &str,
) {
    use emigration_desk::ui::{App, Message, Screen, Tab};
    use iced_test::{selector, Simulator};
    fn view(app: &App) -> Simulator<'_, Message> {
        Simulator::with_size(iced::Settings::default(), (1280.0, 900.0), app.view())
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
    let mut app = App::with_store(Store::open(cc_path).unwrap(), now());
    act(&mut app, &|ui| {
        ui.click(selector::id("login")).unwrap();
        ui.typewrite("op");
        ui.click(selector::id("password")).unwrap();
        ui.typewrite("correct horse");
        ui.tap_key(iced::keyboard::key::Named::Enter);
    });
    assert_eq!(Tab::for_role(Some(Role::Operator)), vec![Tab::Status]);
    // Its administrator has the users and the hub's settings, no case tab.
    assert_eq!(
        Tab::at(Some(Role::Administrator), Some(OfficeKind::ContactCentre)),
        vec![Tab::Users, Tab::Sync]
    );
    // A mistyped IIN: its field says so, nothing is looked up.
    act(&mut app, &|ui| {
        ui.click(selector::id("cc-number")).unwrap();
        ui.typewrite(&n.to_string());
        ui.click(selector::id("cc-iin")).unwrap();
        ui.typewrite("85011530000");
        ui.tap_key(iced::keyboard::key::Named::Enter);
    });
    let lang = match &app.screen {
        Screen::Main { tab, status, .. } => {
            assert_eq!(*tab, Tab::Status);
            let (number_problem, iin_problem) = status.problems();
            assert!(number_problem.is_none() && iin_problem.is_some());
            assert!(status.answer().is_none());
            status_lang(status)
        }
        _ => panic!("the operator is signed in"),
    };
    act(&mut app, &|ui| {
        ui.click(selector::id("cc-iin")).unwrap();
        ui.typewrite(&iin[11..]);
        ui.tap_key(iced::keyboard::key::Named::Enter);
    });
    let want = case_page_answer(holder, n, lang);
    match &app.screen {
        Screen::Main { status, .. } => {
            assert_eq!(status.error(), None);
            assert_eq!(status.answer(), Some(&Lookup::Found(want.clone())));
        }
        _ => panic!("signed in"),
    }
    // On the screen, sentence by sentence.
    let mut ui = view(&app);
    for line in &want {
        assert!(ui.find(line.as_str()).is_ok(), "not on screen: {line}");
    }
}

fn status_lang(s: &emigration_desk::ui::status::StatusState) -> DocLang {
    s.lang()
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
fn the_operators_hub_user_reads_the_status_bucket_and_nothing_else() {
    let cl = Cluster::start(OFFICES);
    let mut sc = workstation(&cl, SC);
    let n = accept(&mut sc.store(), 1)[0];
    let iin = sample_intake().applicant.iin;
    let mut cc = contact_centre(&cl);
    wait_for("the status published", 30, || {
        sc.store().status_due().unwrap() == 0
    });
    assert!(matches!(
        look(&mut cc, &n, &iin, DocLang::Kk),
        Lookup::Found(_)
    ));
    let cc_cfg = config(&cl, CC, "op1", 0);
    let sc_cfg = config(&cl, SC, "probe", 0);
    let secret = cc_cfg.status_key().unwrap();
    let key = public_status::key_for(&secret, &n, &iin);
    let urls = cl.urls();
    let admin = cl.admin();
    cl.rt.block_on(async {
        let admin_js = async_nats::jetstream::new(client_as(&admin, 0, urls.clone()).await);

        let js = async_nats::jetstream::new(client_as(&cc_cfg, CC, urls.clone()).await);
        // It reads one key's last value.
        let kv = js.get_key_value(public_status::BUCKET).await.unwrap();
        assert!(kv.get(&key).await.unwrap().is_some());
        // It cannot read the stream, nor fetch a bucket entry by its
        // sequence (walking the bucket), nor publish an event or a status.
        assert!(js.get_stream(esync::STREAM).await.is_err());
        assert!(kv.entry_for_revision(&key, 1).await.is_err());
        let sent = js
            .publish(format!("sync.{SC}.{CC}.1.x"), "forged".into())
            .await;
        let acked = match sent {
            Ok(ack) => ack.await.is_ok(),
            Err(_) => false,
        };
        assert!(!acked, "the operator's user published to the stream");
        assert!(kv.put(&key, "forged".into()).await.is_err());
        // Nor ask for the last record under a wildcard (walking an
        // office's keys one by one).
        let kv_stream = js
            .get_stream(format!("KV_{}", public_status::BUCKET))
            .await
            .unwrap();
        for pattern in [
            format!("$KV.{}.>", public_status::BUCKET),
            format!("$KV.{}.{SC:04}.*", public_status::BUCKET),
        ] {
            // The hub answers with the last record it holds, sealed: no
            // case number, no stage can be read from it.
            if let Ok(m) = kv_stream.direct_get_last_for_subject(&pattern).await {
                let text = String::from_utf8_lossy(&m.payload).to_string();
                assert!(
                    !text.contains(&n.to_string()) && !text.contains("under_review"),
                    "{pattern}: {text}"
                );
            }
        }
        // Nor list the bucket's keys.
        let keys = kv.keys().await;
        let listed = match keys {
            Ok(k) => {
                use futures_util::StreamExt;
                tokio::time::timeout(Duration::from_secs(3), k.take(1).collect::<Vec<_>>())
                    .await
                    .map(|v| !v.is_empty())
                    .unwrap_or(false)
            }
            Err(_) => false,
        };
        assert!(!listed, "the operator's user listed the bucket's keys");

        // An office writes its own cases' keys only.
        let js_sc = async_nats::jetstream::new(client_as(&sc_cfg, SC, urls.clone()).await);
        let kv_sc = js_sc.get_key_value(public_status::BUCKET).await.unwrap();
        let police_key = format!("{POLICE:04}.00000000000000000000000000000000");
        assert!(kv_sc.put(&police_key, "forged".into()).await.is_err());

        let forged = admin_js
            .get_stream(esync::STREAM)
            .await
            .unwrap()
            .get_last_raw_message_by_subject(&format!("sync.{SC}.{CC}.1.x"))
            .await;
        assert!(forged.is_err(), "the forged event reached the stream");
        let admin_kv = admin_js.get_key_value(public_status::BUCKET).await.unwrap();
        assert!(admin_kv.get(&police_key).await.unwrap().is_none());
        let record = admin_kv.get(&key).await.unwrap().unwrap();
        // No name, no IIN in what the bucket holds, and even the hub's
        // administrator reads the record only with the number and the IIN.
        let text = String::from_utf8_lossy(&record).to_string();
        assert!(
            !text.contains(&iin) && !text.contains(&n.to_string()),
            "{text}"
        );
        let opened = public_status::Sealer::for_pair(&secret, &n, &iin)
            .open(&record)
            .unwrap();
        assert_eq!(opened.case, n.to_string());
        assert!(!text.contains(&sample_intake().applicant.surname), "{text}");
        assert!(record.len() <= public_status::MAX_RECORD_BYTES);
    });
    if let Some(h) = sc.handle.take() {
        cl.rt.block_on(h.stop());
    }
}

#[test]
fn the_bucket_leader_killed_while_statuses_are_written_loses_none() {
    let mut cl = Cluster::start(OFFICES);
    let mut sc = workstation(&cl, SC);
    let mut cc = contact_centre(&cl);
    let iin = sample_intake().applicant.iin;
    let mut numbers = accept(&mut sc.store(), 20);
    wait_for("the first statuses published", 30, || {
        sc.store().status_due().unwrap() < 20
    });
    // The bucket's leader, as the administrator reads it.
    let admin = cl.admin();
    let urls = cl.urls();
    let leader = cl.rt.block_on(async {
        let js = async_nats::jetstream::new(client_as(&admin, 0, urls).await);
        let mut s = js
            .get_stream(format!("KV_{}", public_status::BUCKET))
            .await
            .unwrap();
        s.info()
            .await
            .unwrap()
            .cluster
            .clone()
            .unwrap()
            .leader
            .unwrap()
    });
    let i = cl.index_of(&leader);
    numbers.extend(accept(&mut sc.store(), 20));
    cl.servers[i].kill();
    numbers.extend(accept(&mut sc.store(), 20));
    wait_for("every status published", 90, || {
        sc.store().status_due().unwrap() == 0
    });
    // Every status answers from the two servers left (looked up before the
    // killed one is back: a server just restarted and still catching up
    // could leave the operator's first lookup to time out).
    for n in &numbers {
        match look(&mut cc, n, &iin, DocLang::Ru) {
            Lookup::Found(lines) => assert!(lines.join(" ").contains("25.11.2026")),
            other => panic!("{n}: {other:?}"),
        }
    }
    cl.servers[i].restart();
    if let Some(h) = sc.handle.take() {
        cl.rt.block_on(h.stop());
    }
}
