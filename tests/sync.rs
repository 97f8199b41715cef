//! Sync over a real `nats-server` (NATS_SERVER_BIN overrides the binary),
//! started on a random port with the configuration `sync provision`
//! writes: two offices — a State Corporation department (42) and a
//! migration police office (7) — with two workstations each, each
//! workstation a real SQLite file with the relay and the receiver running.

use emigration_desk::domain::access::Role;
use emigration_desk::domain::case::{CaseNumber, Conclusion, EventKind, Recipient, Status};
use emigration_desk::domain::demo::sample_intake;
use emigration_desk::store::{IntakeOutcome, Store, StoreError};
use emigration_desk::sync::provision::{self, Credentials, Plan};
use emigration_desk::sync::{self as esync, Blocked, SyncConfig, SyncHandle};
use std::path::PathBuf;
use std::time::Duration;

#[path = "common/hub.rs"]
mod hub;
use hub::*;

/// What an unconnected counter's outbox holds for the police office.
fn to_police(st: &Store) -> Vec<emigration_desk::store::Outgoing> {
    st.outbox_batch("a", 100, None)
        .unwrap()
        .into_iter()
        .filter(|o| o.subject.starts_with("sync.7."))
        .collect()
}

/// The event envelope of an outgoing message.
fn envelope_of(
    o: &emigration_desk::store::Outgoing,
) -> emigration_desk::sync::envelope::EventEnvelope {
    use emigration_desk::sync::envelope::Message as Wire;
    match serde_json::from_slice::<Wire>(&o.payload).unwrap() {
        Wire::Event(e) => e,
        Wire::Receipt(_) => panic!("an event"),
    }
}

struct Deployment {
    _dir: tempfile::TempDir,
    root: PathBuf,
    nats: Nats,
    creds: Credentials,
    rt: tokio::runtime::Runtime,
}

/// The stream's limit (4 TiB) is far more than the test machine's free
/// disk: the server takes its storage limit from the plan, not from the free
/// space at start (a CI run once failed with "insufficient storage
/// resources" when the disk had less than 20 GiB free).
fn plan() -> Plan {
    Plan::parse(
        r#"{"offices": [
            {"code": 42, "name": "State Corporation department", "workstations": ["a", "b", "x"]},
            {"code": 7, "name": "Migration police office", "workstations": ["a", "b"]},
            {"code": 99, "name": "Another department", "workstations": ["a"]}
        ],
        "max_gib": 4096}"#,
    )
    .unwrap()
}

/// Writes the server configuration as `sync provision` does, starts the
/// server with it, and creates the stream and consumers as the admin.
fn deploy() -> Deployment {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().to_path_buf();
    let plan = plan();
    let creds = provision::generate_credentials(&plan);
    let conf = provision::server_config(&plan, &creds).replace(
        "/var/lib/nats/jetstream",
        &root.join("js").display().to_string(),
    );
    let conf_path = root.join("server.conf");
    std::fs::write(&conf_path, conf).unwrap();
    let nats = Nats::start(&root, &conf_path);
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let admin = SyncConfig {
        user: creds.admin_user.clone(),
        password: creds.admin_password.clone(),
        workstation: "admin".into(),
        ..Default::default()
    };
    let done = rt
        .block_on(provision::provision(&plan, &[nats.url()], &admin))
        .unwrap();
    assert_eq!(done.consumers.len(), 6);
    Deployment {
        _dir: dir,
        root,
        nats,
        creds,
        rt,
    }
}

struct Ws {
    path: PathBuf,
    office: u16,
    handle: Option<SyncHandle>,
}

impl Ws {
    fn store(&self) -> Store {
        Store::open(&self.path).unwrap()
    }
}

impl Deployment {
    fn config(&self, creds_of: u16, ws: &str, block: u8) -> SyncConfig {
        let (user, password) = self.creds.offices[&creds_of].clone();
        SyncConfig {
            enabled: true,
            urls: vec![self.nats.url()],
            user,
            password,
            workstation: ws.into(),
            number_block: block,
            resend_after_secs: 2,
            ..Default::default()
        }
    }

    /// A workstation of `office` set up by its administrator: the office,
    /// the route 42 → 7, the connection; sync started.
    fn workstation(&self, office: u16, ws: &str, block: u8, creds_of: u16) -> Ws {
        let path = self
            .root
            .join(format!("ws-{office}-{ws}"))
            .join("db.sqlite3");
        let mut st = set_up(&path, office);
        let admin = actor("admin", Role::Administrator);
        let cfg = self.config(creds_of, ws, block);
        st.set_sync_config(&admin, &cfg, at(d(2026, 11, 25)))
            .unwrap();
        drop(st);
        let _g = self.rt.enter();
        let handle = esync::start(path.clone(), None, office, cfg);
        Ws {
            path,
            office,
            handle: Some(handle),
        }
    }

    fn stop(&self, ws: &mut Ws) {
        if let Some(h) = ws.handle.take() {
            self.rt.block_on(h.stop());
        }
    }
}

fn status_of(ws: &Ws, n: &CaseNumber) -> Option<Status> {
    status_in(&ws.store(), n)
}

/// Everything published has come back with a receipt.
fn settled(ws: &Ws) -> bool {
    let c = ws.store().sync_counts().unwrap();
    c.waiting == 0 && c.unreceipted == 0 && c.inbox_pending == 0
}

#[test]
fn an_intake_reaches_the_police_and_the_sibling_counter_and_the_decision_comes_back() {
    let dep = deploy();
    let mut sc_a = dep.workstation(SC, "a", 0, SC);
    let mut sc_b = dep.workstation(SC, "b", 1, SC);
    let mut pol_a = dep.workstation(POLICE, "a", 0, POLICE);
    let mut pol_b = dep.workstation(POLICE, "b", 1, POLICE);
    let on = d(2026, 11, 25);
    let clerk = actor("clerk", Role::Clerk);
    let officer = actor("officer", Role::Officer);

    let rec = sc_a
        .store()
        .commit_intake(&clerk, &sample_intake(), IntakeOutcome::Accept, on, at(on))
        .unwrap();
    let n = rec.summary.number;
    for ws in [&pol_a, &pol_b, &sc_b] {
        wait_for("the accepted case everywhere", 15, || {
            status_of(ws, &n) == Some(Status::UnderReview)
        });
    }
    // The sibling counter numbers from its own block: no clash offline.
    let other = sc_b
        .store()
        .commit_intake(&clerk, &sample_intake(), IntakeOutcome::Accept, on, at(on))
        .unwrap();
    assert_ne!(other.summary.number, n);
    assert_eq!(other.summary.number.seq, 100_001);

    // The review is the police office's: the counter records none of it,
    // and under review the case is held there: the counter cannot write
    // to it at all.
    let refused = sc_a.store().append_event(
        &officer,
        &n,
        EventKind::Approved {
            on: d(2026, 12, 15),
            valid_until: d(2026, 12, 22),
        },
        d(2026, 12, 15),
        at(d(2026, 12, 15)),
    );
    assert!(
        matches!(
            refused,
            Err(StoreError::NotAtThisOffice(
                emigration_desk::domain::OfficeKind::StateCorporation
            ))
        ),
        "{refused:?}"
    );
    let refused = sc_a.store().append_event(
        &clerk,
        &n,
        EventKind::NotLiableForMilitary {
            on: d(2026, 12, 15),
        },
        d(2026, 12, 15),
        at(d(2026, 12, 15)),
    );
    assert!(
        matches!(refused, Err(StoreError::HeldElsewhere(POLICE))),
        "{refused:?}"
    );

    let mut pol = pol_a.store();
    // The police office asks one approving body here.
    pol.set_setting_audited(
        &emigration_desk::store::Actor::cli(),
        "approving_bodies",
        "security",
        chrono::Utc::now().naive_utc(),
    )
    .unwrap();
    pol.append_event(
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
    pol.append_event(
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
    wait_for("the approval at the counter", 15, || {
        status_of(&sc_a, &n) == Some(Status::Approved)
    });
    // Stage 3 papers at the counter, the decision at the police office.
    let mut sc = sc_a.store();
    sc.append_event(
        &clerk,
        &n,
        EventKind::NotLiableForMilitary {
            on: d(2026, 12, 18),
        },
        d(2026, 12, 18),
        at(d(2026, 12, 18)),
    )
    .unwrap();
    sc.append_event(
        &clerk,
        &n,
        EventKind::ResidenceDeregistered {
            on: d(2026, 12, 18),
        },
        d(2026, 12, 18),
        at(d(2026, 12, 18)),
    )
    .unwrap();
    wait_for("the papers at the police office", 15, || {
        pol.find_by_number(&n).unwrap().is_some() && pol.case_event_ids(&n).unwrap().len() == 6
    });
    pol.append_event(
        &officer,
        &n,
        EventKind::DecisionIssued {
            on: d(2026, 12, 21),
        },
        d(2026, 12, 21),
        at(d(2026, 12, 21)),
    )
    .unwrap();
    wait_for("the decision at the sibling counter", 15, || {
        status_of(&sc_b, &n) == Some(Status::DecisionIssued)
    });
    // The other counter of the department hands it over.
    sc_b.store()
        .append_event(
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
    let all = [&sc_a, &sc_b, &pol_a, &pol_b];
    for ws in all {
        wait_for("the handover everywhere", 15, || {
            status_of(ws, &n) == Some(Status::HandedOver)
        });
    }
    let log = sc_a.store().case_event_ids(&n).unwrap();
    assert_eq!(log.len(), 8);
    for ws in all {
        assert_eq!(
            ws.store().case_event_ids(&n).unwrap(),
            log,
            "office {}",
            ws.office
        );
        wait_for("receipts for everything", 20, || settled(ws));
    }
    // The police office has only the accepted cases: the sibling's second
    // intake went there too, and nothing refused at intake.
    assert_eq!(count(&pol_a.store(), "SELECT count(*) FROM cases"), 2);
    assert_eq!(
        count(&pol_a.store(), "SELECT count(*) FROM conflicts"),
        0,
        "no conflicts"
    );
    for ws in [&mut sc_a, &mut sc_b, &mut pol_a, &mut pol_b] {
        dep.stop(ws);
    }
}

/// Commits `n` accepted intakes (2 events each) at a counter.
fn intakes(ws: &Ws, n: usize) -> Vec<CaseNumber> {
    accept(&mut ws.store(), n)
}

fn assert_all_once(pol: &Ws, cases: usize) {
    let st = pol.store();
    assert_eq!(count(&st, "SELECT count(*) FROM cases"), cases as i64);
    assert_eq!(
        count(&st, "SELECT count(*) FROM case_events"),
        2 * cases as i64
    );
    assert_eq!(
        count(&st, "SELECT count(*) FROM inbox WHERE state = 'applied'"),
        2 * cases as i64,
        "each event applied once"
    );
    assert_eq!(
        count(
            &st,
            "SELECT count(*) FROM cases WHERE last_seq <> 2 OR status <> 'under_review'"
        ),
        0
    );
}

#[test]
fn a_thousand_events_survive_a_stopped_server_and_a_killed_one() {
    let mut dep = deploy();
    let mut sc = dep.workstation(SC, "a", 0, SC);
    let mut pol = dep.workstation(POLICE, "a", 0, POLICE);

    // Stopped (SIGTERM) while 1,000 events are queued.
    dep.nats.stop();
    intakes(&sc, 500);
    std::thread::sleep(Duration::from_millis(500));
    let c = sc.store().sync_counts().unwrap();
    assert_eq!(c.waiting, 2_000, "1,000 events, each to both offices");
    assert!(c.oldest_waiting.is_some());
    let status = sc.handle.as_ref().unwrap().status();
    assert_ne!(status.link, esync::Link::Online, "{status:?}");
    dep.nats.restart();
    wait_for("all 500 cases at the police office", 60, || {
        count(&pol.store(), "SELECT count(*) FROM cases") == 500 && settled(&sc)
    });
    assert_all_once(&pol, 500);

    // Killed (SIGKILL) in the middle of a drain.
    intakes(&sc, 500);
    wait_for("the drain to begin", 30, || {
        count(&pol.store(), "SELECT count(*) FROM inbox") > 1_000
    });
    dep.nats.kill();
    let arrived = count(&pol.store(), "SELECT count(*) FROM inbox");
    assert!(
        arrived < 2_000,
        "killed mid-drain ({arrived} of 2,000 stored)"
    );
    std::thread::sleep(Duration::from_millis(300));
    dep.nats.restart();
    wait_for("all 1,000 cases at the police office", 90, || {
        count(&pol.store(), "SELECT count(*) FROM cases") == 1_000 && settled(&sc)
    });
    assert_all_once(&pol, 1_000);
    dep.stop(&mut sc);
    dep.stop(&mut pol);
}

#[test]
fn duplicate_reordered_and_unreadable_deliveries() {
    let dep = deploy();
    let mut pol = dep.workstation(POLICE, "a", 0, POLICE);
    // A counter that is not connected: its outbox gives the real messages.
    let dir = tempfile::tempdir().unwrap();
    let mut offline = set_up(&dir.path().join("sc").join("db.sqlite3"), SC);
    accept(&mut offline, 3);
    let to_police = to_police(&offline);
    assert_eq!(to_police.len(), 6);
    // Published by the admin: newest first, each twice (the second with
    // another message id, as a resend), an unreadable one in the middle.
    let admin = SyncConfig {
        user: dep.creds.admin_user.clone(),
        password: dep.creds.admin_password.clone(),
        workstation: "admin".into(),
        ..Default::default()
    };
    let url = dep.nats.url();
    dep.rt.block_on(async {
        let client = esync::connect_options(&admin, 0, None)
            .connect(url)
            .await
            .unwrap();
        let js = async_nats::jetstream::new(client);
        for (i, o) in to_police.iter().rev().enumerate() {
            for copy in 0..2 {
                let mut h = async_nats::HeaderMap::new();
                h.insert("Nats-Msg-Id", format!("{}:{copy}", o.msg_id).as_str());
                js.publish_with_headers(o.subject.clone(), h, o.payload.clone().into())
                    .await
                    .unwrap()
                    .await
                    .unwrap();
            }
            if i == 2 {
                let subject = o.subject.clone();
                js.publish(
                    subject,
                    "{\"type\":\"event\",\"v\":1,\"garbage\":true}".into(),
                )
                .await
                .unwrap()
                .await
                .unwrap();
                js.publish(o.subject.clone(), vec![0xff, 0xfe, 0x00].into())
                    .await
                    .unwrap()
                    .await
                    .unwrap();
            }
        }
    });
    wait_for("three cases applied in order", 20, || {
        count(&pol.store(), "SELECT count(*) FROM case_events") == 6
    });
    let st = pol.store();
    assert_eq!(
        count(
            &st,
            "SELECT count(*) FROM cases WHERE status = 'under_review'"
        ),
        3
    );
    assert_eq!(
        count(&st, "SELECT count(*) FROM inbox"),
        6,
        "duplicates ignored"
    );
    assert_eq!(
        count(&st, "SELECT count(*) FROM inbox WHERE state = 'applied'"),
        6
    );
    wait_for("two quarantined", 10, || {
        count(&pol.store(), "SELECT count(*) FROM quarantine") == 2
    });
    let q = pol.store().sync_quarantine(10).unwrap();
    assert!(
        q.iter().all(|r| r.reason.starts_with("unreadable")),
        "{q:?}"
    );
    let counts = pol.store().sync_counts().unwrap();
    assert_eq!(counts.quarantined, 2);
    assert_eq!(counts.parked, 0);
    dep.stop(&mut pol);
}

#[test]
fn an_office_cannot_publish_as_another_nor_read_its_consumer() {
    let dep = deploy();
    let (user, password) = dep.creds.offices[&SC].clone();
    let sc_creds = SyncConfig {
        user,
        password,
        workstation: "a".into(),
        ..Default::default()
    };
    let url = dep.nats.url();
    let case = uuid::Uuid::now_v7();
    dep.rt.block_on(async {
        let client = esync::connect_options(&sc_creds, SC, None)
            .connect(url)
            .await
            .unwrap();
        let mut js = async_nats::jetstream::new(client);
        js.set_timeout(Duration::from_secs(2));
        // Its own origin: accepted.
        js.publish(format!("sync.7.42.{case}.accepted"), "{}".into())
            .await
            .unwrap()
            .await
            .expect("an office publishes as itself");
        // Another office's origin: never stored.
        let spoof = js
            .publish(format!("sync.42.7.{case}.accepted"), "{}".into())
            .await
            .unwrap()
            .await;
        assert!(spoof.is_err(), "published as office 7: {spoof:?}");
        // Its own consumer: readable; the police office's: not.
        let own: Result<async_nats::jetstream::consumer::PullConsumer, _> =
            js.get_consumer_from_stream("ws_42_a", esync::STREAM).await;
        assert!(own.is_ok(), "{:?}", own.err());
        let other: Result<async_nats::jetstream::consumer::PullConsumer, _> =
            js.get_consumer_from_stream("ws_7_a", esync::STREAM).await;
        assert!(other.is_err(), "read the police office's consumer");
    });
    // Through the app: a counter of office 42 given office 7's credentials
    // is blocked, with the permission violation as the reason.
    let mut ws = dep.workstation(SC, "x", 2, POLICE);
    intakes(&ws, 1);
    let h = ws.handle.as_ref().unwrap();
    wait_for("blocked by a permission violation", 20, || {
        matches!(h.status().blocked, Some(Blocked::Permission(_)))
    });
    assert!(
        ws.store().sync_counts().unwrap().waiting > 0,
        "nothing was lost"
    );
    dep.stop(&mut ws);
}

/// The hub loses events it had acknowledged (Jepsen showed JetStream can,
/// with its default deferred fsync; here the stream is purged): the counter
/// has no receipt for them, sends them again under new message ids, and
/// the police office gets them once.
#[test]
fn events_without_a_receipt_are_sent_again_after_the_hub_lost_them() {
    let dep = deploy();
    let mut sc = dep.workstation(SC, "a", 0, SC);
    let n = intakes(&sc, 1)[0];
    wait_for("published", 15, || {
        sc.store().sync_counts().unwrap().waiting == 0
    });
    // The police office is not running; the hub loses its messages.
    let admin = SyncConfig {
        user: dep.creds.admin_user.clone(),
        password: dep.creds.admin_password.clone(),
        workstation: "admin".into(),
        ..Default::default()
    };
    let url = dep.nats.url();
    dep.rt.block_on(async {
        let client = esync::connect_options(&admin, 0, None)
            .connect(url)
            .await
            .unwrap();
        let js = async_nats::jetstream::new(client);
        let stream = js.get_stream(esync::STREAM).await.unwrap();
        let purged = stream.purge().filter("sync.7.>").await.unwrap();
        assert_eq!(purged.purged, 2, "both events to the police office");
    });
    let mut pol = dep.workstation(POLICE, "a", 0, POLICE);
    wait_for("the case at the police office by resend", 30, || {
        status_of(&pol, &n) == Some(Status::UnderReview) && settled(&sc)
    });
    let resent = count(
        &sc.store(),
        "SELECT count(*) FROM outbox WHERE destination = '7' AND resends > 0",
    );
    assert_eq!(resent, 2);
    assert_all_once(&pol, 1);
    dep.stop(&mut sc);
    dep.stop(&mut pol);
}

/// Without a server, at the store: an event that cannot be applied is
/// parked after three tries and holds up only its own case; one written by
/// a newer program is kept aside, not applied, not lost.
#[test]
fn a_failing_event_is_parked_and_blocks_only_its_case() {
    use emigration_desk::store::Incoming;
    use emigration_desk::sync::envelope::{Message as Wire, SCHEMA};
    let dir = tempfile::tempdir().unwrap();
    let on = d(2026, 11, 25);
    let mut offline = set_up(&dir.path().join("sc").join("db.sqlite3"), SC);
    accept(&mut offline, 2);
    let msgs = to_police(&offline);
    assert_eq!(msgs.len(), 4);
    let env = |i: usize| envelope_of(&msgs[i]);
    // Case B's second entry replaced by one its state refuses (a decision
    // on a case not yet reviewed), and a third entry behind it.
    let (a1, a2, b1, b2) = (env(0), env(1), env(2), env(3));
    let mut bad = b2.clone();
    bad.event.id = uuid::Uuid::now_v7();
    bad.event.kind = EventKind::DecisionIssued { on };
    let mut behind = b2.clone();
    behind.event.id = uuid::Uuid::now_v7();
    behind.event.seq = 3;
    let mut newer = serde_json::to_value(Wire::Event(a2.clone())).unwrap();
    newer["v"] = serde_json::json!(SCHEMA + 1);
    let wire = |e: &emigration_desk::sync::envelope::EventEnvelope| Incoming {
        subject: format!("sync.7.42.{}.x", e.event.case_id),
        payload: serde_json::to_vec(&Wire::Event(e.clone())).unwrap(),
        stream_seq: 0,
        published: None,
    };
    let mut pol = set_up(&dir.path().join("pol").join("db.sqlite3"), POLICE);
    let batch = vec![
        wire(&behind),
        wire(&bad),
        Incoming {
            subject: msgs[1].subject.clone(),
            payload: serde_json::to_vec(&newer).unwrap(),
            stream_seq: 0,
            published: None,
        },
        wire(&b1),
        wire(&a2),
        wire(&a1),
    ];
    pol.inbox_store(POLICE, &batch, at(on)).unwrap();
    let mut parked = 0;
    for _ in 0..3 {
        parked += pol.apply_pending(at(on)).unwrap().parked;
    }
    assert_eq!(parked, 1);
    let counts = pol.sync_counts().unwrap();
    assert_eq!(counts.parked, 1);
    assert_eq!(
        counts.inbox_pending, 1,
        "the entry behind the parked one waits"
    );
    assert_eq!(counts.quarantined, 1, "the newer envelope is kept aside");
    let a = CaseNumber::parse(&a1.case_number).unwrap();
    let b = CaseNumber::parse(&b1.case_number).unwrap();
    assert_eq!(
        status_in(&pol, &a),
        Some(Status::UnderReview),
        "case A went on"
    );
    assert_eq!(
        status_in(&pol, &b),
        Some(Status::IntakeOpen),
        "case B stopped"
    );
    let p = pol.sync_parked(5).unwrap();
    assert_eq!(p.len(), 1);
    assert_eq!(p[0].seq, 2);
    let q = pol.sync_quarantine(5).unwrap();
    assert!(
        q[0].reason
            .starts_with(emigration_desk::sync::envelope::NEEDS_UPDATE),
        "{q:?}"
    );
    assert_eq!(counts.awaiting_update, 1);
    // Sent again (no receipt went back for it): kept once.
    let again = Incoming {
        subject: msgs[1].subject.clone(),
        payload: serde_json::to_vec(&newer).unwrap(),
        stream_seq: 0,
        published: None,
    };
    pol.inbox_store(POLICE, &[again], at(on)).unwrap();
    assert_eq!(pol.sync_counts().unwrap().awaiting_update, 1);
}

fn status_in(st: &Store, n: &CaseNumber) -> Option<Status> {
    st.find_by_number(n).unwrap().map(|s| s.status)
}

/// At the store: an event from an office that does not hold the case is
/// refused (parked with the holder named), and a case waiting for a gap
/// does not hold up another case.
#[test]
fn a_non_holder_event_is_refused_and_a_gap_blocks_only_its_case() {
    use emigration_desk::store::Incoming;
    use emigration_desk::sync::envelope::{EventEnvelope, Message as Wire};
    let dir = tempfile::tempdir().unwrap();
    let on = d(2026, 11, 25);
    let mut sc = set_up(&dir.path().join("sc").join("db.sqlite3"), SC);
    accept(&mut sc, 2);
    let envs: Vec<EventEnvelope> = to_police(&sc).iter().map(envelope_of).collect();
    let (a1, a2, b1, b2) = (&envs[0], &envs[1], &envs[2], &envs[3]);
    // The counter records stage-3 papers on case A, which the police office
    // holds while it is under review.
    let mut intruder = a2.clone();
    intruder.event.id = uuid::Uuid::now_v7();
    intruder.event.seq = 3;
    intruder.event.kind = EventKind::NotLiableForMilitary { on };
    let wire = |e: &EventEnvelope| Incoming {
        subject: format!("sync.7.42.{}.x", e.event.case_id),
        payload: serde_json::to_vec(&Wire::Event(e.clone())).unwrap(),
        stream_seq: 0,
        published: None,
    };
    let mut pol = set_up(&dir.path().join("pol").join("db.sqlite3"), POLICE);
    // Case B's first entry is missing: its second waits; case A goes on.
    pol.inbox_store(
        POLICE,
        &[wire(b2), wire(a1), wire(a2), wire(&intruder)],
        at(on),
    )
    .unwrap();
    for _ in 0..3 {
        pol.apply_pending(at(on)).unwrap();
    }
    let a = CaseNumber::parse(&a1.case_number).unwrap();
    let b = CaseNumber::parse(&b1.case_number).unwrap();
    assert_eq!(status_in(&pol, &a), Some(Status::UnderReview));
    assert_eq!(
        pol.case_event_ids(&a).unwrap().len(),
        2,
        "the intruder is not applied"
    );
    let parked = pol.sync_parked(5).unwrap();
    assert_eq!(parked.len(), 1);
    assert!(parked[0].error.contains("office 7"), "{parked:?}");
    assert_eq!(
        status_in(&pol, &b),
        None,
        "case B waits for its first entry"
    );
    pol.inbox_store(POLICE, &[wire(b1)], at(on)).unwrap();
    pol.apply_pending(at(on)).unwrap();
    assert_eq!(
        status_in(&pol, &b),
        Some(Status::UnderReview),
        "the gap filled"
    );
}

/// At the store: office 99, with only its own credentials, copies an
/// event of office 42's case, makes itself its origin and sends it on its
/// own subject. It is quarantined with its reason — no conflict — and
/// office 42's next event for the case is applied.
#[test]
fn a_forged_event_from_an_office_that_never_held_the_case_never_stalls_it() {
    use emigration_desk::store::Incoming;
    use emigration_desk::sync::envelope::{EventEnvelope, Message as Wire};
    let dir = tempfile::tempdir().unwrap();
    let on = d(2026, 11, 25);
    let mut sc = set_up(&dir.path().join("sc").join("db.sqlite3"), SC);
    accept(&mut sc, 1);
    let envs: Vec<EventEnvelope> = to_police(&sc).iter().map(envelope_of).collect();
    let (a1, a2) = (&envs[0], &envs[1]);
    let wire = |e: &EventEnvelope, from: u16| Incoming {
        subject: format!("sync.7.{from}.{}.x", e.event.case_id),
        payload: serde_json::to_vec(&Wire::Event(e.clone())).unwrap(),
        stream_seq: 0,
        published: None,
    };
    let mut pol = set_up(&dir.path().join("pol").join("db.sqlite3"), POLICE);
    pol.inbox_store(POLICE, &[wire(a1, SC)], at(on)).unwrap();
    pol.apply_pending(at(on)).unwrap();
    // The forgery takes seq 2 — the slot of office 42's real next event —
    // and also one behind it (seq 1), which used to record a conflict.
    let mut forged_next = a2.clone();
    forged_next.event.id = uuid::Uuid::now_v7();
    forged_next.event.office = 99;
    forged_next.origin_office = 99;
    let mut forged_old = a1.clone();
    forged_old.event.id = uuid::Uuid::now_v7();
    forged_old.event.office = 99;
    forged_old.origin_office = 99;
    pol.inbox_store(
        POLICE,
        &[wire(&forged_old, 99), wire(&forged_next, 99)],
        at(on),
    )
    .unwrap();
    let r = pol.apply_pending(at(on)).unwrap();
    assert_eq!(r.refused, 2, "{r:?}");
    assert_eq!(r.conflicts, 0);
    let q = pol.sync_quarantine(5).unwrap();
    assert_eq!(q.len(), 2);
    assert!(
        q.iter()
            .all(|x| x.reason.contains("office 99 never held case")),
        "{q:?}"
    );
    assert!(pol.sync_conflicts(5).unwrap().is_empty());
    // Office 42's real event still applies: the case flows on.
    pol.inbox_store(POLICE, &[wire(a2, SC)], at(on)).unwrap();
    let r = pol.apply_pending(at(on)).unwrap();
    assert_eq!(r.applied, 1, "{r:?}");
    let a = CaseNumber::parse(&a1.case_number).unwrap();
    assert_eq!(status_in(&pol, &a), Some(Status::UnderReview));
}

/// Office 99, with only its own credentials, forges events on a case of
/// office 42 that it never held — on its own subjects, to the police office
/// and to office 42, taking the slot of the police office's next real
/// event — through a real nats-server: each receiving workstation
/// quarantines them with the reason, records no conflict, and the police
/// office's real event still reaches office 42.
#[test]
fn forged_events_from_another_office_are_quarantined_through_the_hub() {
    use emigration_desk::sync::envelope::{EventEnvelope, Message as Wire, SCHEMA};
    let dep = deploy();
    let mut sc = dep.workstation(SC, "a", 0, SC);
    let mut pol = dep.workstation(POLICE, "a", 0, POLICE);
    let on = d(2026, 11, 25);
    let n = accept(&mut sc.store(), 1)[0];
    wait_for("the case at the police office", 20, || {
        status_of(&pol, &n) == Some(Status::UnderReview)
    });
    // The forgery: the case's last event copied, a new id, the next seq,
    // office 99 as its author and origin.
    let rec = pol.store().case_record(&n, on).unwrap();
    let last = rec.events.last().unwrap().clone();
    let forged = |dest: u16| {
        let mut event = last.clone();
        event.id = uuid::Uuid::now_v7();
        event.seq = last.seq + 1;
        event.office = 99;
        Wire::Event(EventEnvelope {
            v: SCHEMA,
            case_number: n.to_string(),
            origin_office: 99,
            origin_ws: "a".into(),
            dest_office: dest,
            review_office: Some(POLICE),
            profile_id: rec.profile_id.clone(),
            event,
        })
    };
    let (user, password) = dep.creds.offices[&99].clone();
    let cfg = SyncConfig {
        user,
        password,
        workstation: "a".into(),
        ..Default::default()
    };
    let url = dep.nats.url();
    let case_id = last.case_id;
    dep.rt.block_on(async {
        let client = esync::connect_options(&cfg, 99, None)
            .connect(url)
            .await
            .unwrap();
        let js = async_nats::jetstream::new(client);
        for dest in [POLICE, SC] {
            js.publish(
                format!("sync.{dest}.99.{case_id}.forged"),
                serde_json::to_vec(&forged(dest)).unwrap().into(),
            )
            .await
            .unwrap()
            .await
            .expect("office 99 may publish on its own subjects");
        }
        // The hub takes nothing over the message limit `sync provision`
        // set (512 KiB): a 900 KB message is refused at publishing.
        let big = vec![b'x'; 900 * 1024];
        let refused = match js
            .publish(format!("sync.7.99.{case_id}.big"), big.into())
            .await
        {
            Err(_) => true,
            Ok(ack) => ack.await.is_err(),
        };
        assert!(refused, "a 900 KB message was stored on the hub");
    });
    for ws in [&pol, &sc] {
        wait_for("the forgery quarantined", 20, || {
            !ws.store().sync_quarantine(5).unwrap().is_empty()
        });
        let q = ws.store().sync_quarantine(5).unwrap();
        assert!(
            q.iter()
                .all(|x| x.reason.contains("office 99 never held case")),
            "{q:?}"
        );
        assert!(ws.store().sync_conflicts(5).unwrap().is_empty());
    }
    // The police office's real next event takes that seq and reaches the
    // counter: the case was never stalled.
    let mut st = pol.store();
    st.set_setting_audited(
        &emigration_desk::store::Actor::cli(),
        "approving_bodies",
        "security",
        chrono::Utc::now().naive_utc(),
    )
    .unwrap();
    st.append_event(
        &actor("officer", Role::Officer),
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
    drop(st);
    wait_for("the police office's real event at the counter", 20, || {
        sc.store()
            .case_record(&n, on)
            .map(|r| r.events.len() as u32 == last.seq + 1)
            .unwrap_or(false)
    });
    assert!(sc.store().sync_conflicts(5).unwrap().is_empty());
    dep.stop(&mut sc);
    dep.stop(&mut pol);
}

/// Through the hub: office 99 — a real department with its own
/// credentials, but routed nowhere near office 7 — takes an intake for
/// its own case number with a victim's data, routes it to office 7 on its
/// own workstation, and also sends it to office 42. Neither applies it:
/// the police office's own routes do not make it a party to office 99's
/// cases, and office 42 holds nothing of office 99. Both quarantine it
/// with the reason, count no case, and take the victim's real intake.
#[test]
fn an_office_cannot_put_its_own_cases_into_an_office_not_routed_to_it() {
    use emigration_desk::domain::OfficeKind;
    use emigration_desk::sync::envelope::Message as Wire;
    let dep = deploy();
    let mut sc = dep.workstation(SC, "a", 0, SC);
    let mut pol = dep.workstation(POLICE, "a", 0, POLICE);
    let on = d(2026, 11, 25);
    let path = dep.root.join("ws-99-a").join("db.sqlite3");
    let mut rogue = set_up_as(&path, 99, OfficeKind::StateCorporation, Some((99, POLICE)));
    let cfg = dep.config(99, "a", 0);
    rogue
        .set_sync_config(&actor("admin", Role::Administrator), &cfg, at(on))
        .unwrap();
    let injected = accept(&mut rogue, 1)[0];
    // The same messages, addressed to office 42 on office 99's subjects.
    let to_42: Vec<(String, Vec<u8>)> = rogue
        .outbox_batch("a", 100, None)
        .unwrap()
        .iter()
        .filter(|o| o.subject.starts_with("sync.7."))
        .map(|o| {
            let mut e = envelope_of(o);
            e.dest_office = SC;
            (
                format!("sync.42.99.{}.x", e.event.case_id),
                serde_json::to_vec(&Wire::Event(e)).unwrap(),
            )
        })
        .collect();
    assert_eq!(to_42.len(), 2, "intake opened and accepted");
    drop(rogue);
    let mut rogue = {
        let _g = dep.rt.enter();
        Ws {
            handle: Some(esync::start(path.clone(), None, 99, cfg.clone())),
            path,
            office: 99,
        }
    };
    let url = dep.nats.url();
    dep.rt.block_on(async {
        let client = esync::connect_options(&cfg, 99, None)
            .connect(url)
            .await
            .unwrap();
        let js = async_nats::jetstream::new(client);
        for (subject, payload) in to_42 {
            js.publish(subject, payload.into())
                .await
                .unwrap()
                .await
                .expect("office 99 may publish on its own subjects");
        }
    });
    for ws in [&pol, &sc] {
        wait_for("both injected events quarantined", 20, || {
            ws.store().sync_counts().unwrap().quarantined >= 2
        });
        let c = ws.store().sync_counts().unwrap();
        assert_eq!(c.inbox_pending, 0, "nothing of it waits: {c:?}");
        let q = ws.store().sync_quarantine(5).unwrap();
        assert!(
            q.iter().all(|x| x.reason.contains("not routed here")),
            "{q:?}"
        );
        assert_eq!(status_of(ws, &injected), None, "no case was counted");
        assert!(ws.store().sync_conflicts(5).unwrap().is_empty());
    }
    // The victim's real intake at both offices: no "open case" in the way.
    for ws in [&sc, &pol] {
        let r = ws.store().commit_intake(
            &actor("clerk", Role::Clerk),
            &sample_intake(),
            IntakeOutcome::Accept,
            on,
            at(on),
        );
        assert!(
            !matches!(r, Err(StoreError::OpenCaseExists(_))),
            "office {}: {r:?}",
            ws.office
        );
        if ws.office == SC {
            r.unwrap();
        }
    }
    dep.stop(&mut rogue);
    dep.stop(&mut sc);
    dep.stop(&mut pol);
}

/// Publishes `msgs` on the hub as office `office` (its own credentials),
/// many in flight; the number the hub stored.
fn publish_as(dep: &Deployment, office: u16, msgs: Vec<(String, Vec<u8>)>) -> usize {
    let cfg = dep.config(office, "a", 0);
    let url = dep.nats.url();
    dep.rt.block_on(async {
        let client = esync::connect_options(&cfg, office, None)
            .connect(url)
            .await
            .unwrap();
        let js = async_nats::jetstream::new(client);
        let mut stored = 0;
        let mut msgs = msgs.into_iter().peekable();
        while msgs.peek().is_some() {
            let mut acks = Vec::new();
            for (subject, payload) in msgs.by_ref().take(2_000) {
                acks.push(js.publish(subject, payload.into()).await.unwrap());
            }
            for a in acks {
                if a.await.is_ok() {
                    stored += 1;
                }
            }
        }
        stored
    })
}

fn file_mib(path: &std::path::Path) -> f64 {
    ["", "-wal"]
        .iter()
        .map(|suffix| {
            let mut p = path.as_os_str().to_owned();
            p.push(suffix);
            std::fs::metadata(PathBuf::from(p))
                .map(|m| m.len())
                .unwrap_or(0)
        })
        .sum::<u64>() as f64
        / (1024.0 * 1024.0)
}

/// A department of office `code` routed to the police office, with its
/// own workstation syncing: what an honest second office sends.
fn department(dep: &Deployment, code: u16) -> Ws {
    use emigration_desk::domain::OfficeKind;
    let path = dep.root.join(format!("ws-{code}-a")).join("db.sqlite3");
    let mut st = set_up_as(
        &path,
        code,
        OfficeKind::StateCorporation,
        Some((code, POLICE)),
    );
    let cfg = dep.config(code, "a", 0);
    st.set_sync_config(
        &actor("admin", Role::Administrator),
        &cfg,
        at(d(2026, 11, 25)),
    )
    .unwrap();
    drop(st);
    let _g = dep.rt.enter();
    Ws {
        handle: Some(esync::start(path.clone(), None, code, cfg)),
        path,
        office: code,
    }
}

/// Through the hub: office 42 — routed to the police office, so a party
/// to its cases — sends 60 events of 450 KiB that can never apply (each
/// waits for an earlier event that never comes). The police workstation
/// keeps at most its byte quota of them; the rest are left to their
/// sender. Another department's intake arrives as usual meanwhile.
#[test]
fn a_byte_flood_from_a_routed_office_is_bounded_and_another_goes_on() {
    use emigration_desk::store::limits;
    use emigration_desk::sync::envelope::Message as Wire;
    let dep = deploy();
    let mut pol = dep.workstation(POLICE, "a", 0, POLICE);
    let on = d(2026, 11, 25);
    pol.store()
        .set_route(
            &actor("admin", Role::Administrator),
            99,
            Some(POLICE),
            at(on),
        )
        .unwrap();
    let before = file_mib(&pol.path);
    let dir = tempfile::tempdir().unwrap();
    let mut offline = set_up(&dir.path().join("sc").join("db.sqlite3"), SC);
    accept(&mut offline, 1);
    let template = envelope_of(&to_police(&offline)[1]);
    let pad = "p".repeat(450 * 1024);
    let flood: Vec<(String, Vec<u8>)> = (0..60u32)
        .map(|i| {
            let mut e = template.clone();
            e.event.id = uuid::Uuid::now_v7();
            e.event.seq = 10 + i;
            e.profile_id = pad.clone();
            (
                format!("sync.7.42.{}.pad{i}", e.event.case_id),
                serde_json::to_vec(&Wire::Event(e)).unwrap(),
            )
        })
        .collect();
    let size = flood[0].1.len() as i64;
    assert_eq!(publish_as(&dep, SC, flood), 60, "the hub takes them all");
    let quota = limits::PENDING_BYTES_PER_ORIGIN / size;
    wait_for("office 42's quota of waiting events filled", 30, || {
        pol.store().sync_counts().unwrap().inbox_pending >= quota
    });
    // The honest department's intake gets through meanwhile.
    let mut other = department(&dep, 99);
    let n = accept(&mut other.store(), 1)[0];
    wait_for("office 99's case at the police office", 20, || {
        status_of(&pol, &n) == Some(Status::UnderReview)
    });
    let waiting: (i64, i64) = pol
        .store()
        .raw()
        .query_row(
            "SELECT count(*), coalesce(sum(bytes), 0) FROM inbox WHERE state = 'pending' AND origin_office = 42",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!(waiting.0, quota, "{waiting:?}");
    assert!(waiting.1 <= limits::PENDING_BYTES_PER_ORIGIN, "{waiting:?}");
    let grown = file_mib(&pol.path) - before;
    assert!(grown < 48.0, "the store grew {grown:.1} MiB");
    dep.stop(&mut other);
    dep.stop(&mut pol);
}

/// Through the hub: office 99 sends 100,000 small messages the police
/// office cannot use. They are quarantined cheaply (records bounded in
/// number and bytes), and a case office 42 sends after them arrives
/// within a few seconds.
#[test]
fn a_flood_of_small_messages_does_not_hold_up_another_office() {
    use emigration_desk::store::limits;
    let dep = deploy();
    let mut pol = dep.workstation(POLICE, "a", 0, POLICE);
    let mut sc = dep.workstation(SC, "a", 0, SC);
    let flood: Vec<(String, Vec<u8>)> = (0..100_000u32)
        .map(|i| {
            (
                format!("sync.7.99.{}.x", uuid::Uuid::now_v7()),
                format!("{{\"n\":{i}}}").into_bytes(),
            )
        })
        .collect();
    let t = std::time::Instant::now();
    assert_eq!(publish_as(&dep, 99, flood), 100_000);
    eprintln!("flood published in {:?}", t.elapsed());
    let t = std::time::Instant::now();
    let n = accept(&mut sc.store(), 1)[0];
    wait_for("office 42's case at the police office", 30, || {
        status_of(&pol, &n) == Some(Status::UnderReview)
    });
    let waited = t.elapsed();
    eprintln!("office 42's case arrived after {waited:?}");
    let c = pol.store().sync_counts().unwrap();
    assert!(c.quarantined <= limits::QUARANTINE_ROWS, "{c:?}");
    dep.stop(&mut sc);
    dep.stop(&mut pol);
}

/// A rolling upgrade (issue 30): for days some workstations run the newer
/// program and some the older. An event written for a newer reader
/// (envelope schema 2 — as the newer program writes a kind or field the
/// older one does not know) reaching a workstation not yet upgraded is
/// kept with its reason, never applied there, and counted as waiting for
/// an update; its case waits. The upgraded program reads it again at its
/// start and applies it in order; the older events applied as always.
#[test]
fn an_event_for_a_newer_program_waits_for_the_upgrade_and_is_applied_after_it() {
    use emigration_desk::domain::OfficeKind;
    use emigration_desk::sync::envelope::{Message as Wire, NEEDS_UPDATE};
    let dep = deploy();
    let mut pol = dep.workstation(POLICE, "a", 0, POLICE);
    let on = d(2026, 11, 25);
    // A department's workstation already on the newer program: its intake
    // and acceptance, the acceptance written for schema 2.
    let path = dep.root.join("ws-42-new").join("db.sqlite3");
    let mut newer = set_up_as(&path, SC, OfficeKind::StateCorporation, Some((SC, POLICE)));
    let n = accept(&mut newer, 1)[0];
    let msgs: Vec<(String, Vec<u8>)> = to_police(&newer)
        .iter()
        .map(|o| {
            let mut e = envelope_of(o);
            if matches!(e.event.kind, EventKind::Accepted { .. }) {
                e.v = 2;
            }
            (
                o.subject.clone(),
                serde_json::to_vec(&Wire::Event(e)).unwrap(),
            )
        })
        .collect();
    assert_eq!(
        msgs.len(),
        2,
        "intake opened (schema 1) and accepted (schema 2)"
    );
    assert_eq!(publish_as(&dep, SC, msgs), 2);
    // The older workstation: the intake applied, the acceptance kept and
    // counted, the case not under review.
    wait_for("the acceptance kept for an update", 20, || {
        pol.store().sync_counts().unwrap().awaiting_update == 1
    });
    let st = pol.store();
    assert_eq!(st.sync_awaiting_update().unwrap(), vec![n.to_string()]);
    assert_ne!(status_in(&st, &n), Some(Status::UnderReview), "not applied");
    assert!(
        st.sync_quarantine(5)
            .unwrap()
            .iter()
            .any(|q| q.reason.starts_with(NEEDS_UPDATE)),
        "kept with its reason"
    );
    drop(st);
    // The upgrade: the workstation's program now reads schema 2.
    dep.stop(&mut pol);
    pol.store()
        .set_setting_audited(
            &actor("admin", Role::Administrator),
            emigration_desk::store::TEST_READS_SCHEMA_SETTING,
            "2",
            at(on),
        )
        .unwrap();
    let cfg = dep.config(POLICE, "a", 0);
    {
        let _g = dep.rt.enter();
        pol.handle = Some(esync::start(pol.path.clone(), None, POLICE, cfg));
    }
    wait_for("the acceptance applied after the upgrade", 20, || {
        status_of(&pol, &n) == Some(Status::UnderReview)
    });
    let st = pol.store();
    assert_eq!(st.sync_counts().unwrap().awaiting_update, 0);
    assert!(st.sync_awaiting_update().unwrap().is_empty());
    assert_eq!(st.case_event_ids(&n).unwrap().len(), 2, "each applied once");
    drop(st);
    dep.stop(&mut pol);
}

/// The library asks for a wait before every connection attempt, counting
/// from 1, the first connection's too: the first goes at once (it cost
/// every workstation's start a second), then the waits grow, with jitter,
/// to the cap.
#[test]
fn the_first_connection_attempt_does_not_wait_and_the_later_ones_back_off() {
    use std::time::Duration;
    assert_eq!(esync::reconnect_delay(0), Duration::ZERO);
    assert_eq!(esync::reconnect_delay(1), Duration::ZERO);
    for _ in 0..50 {
        let second = esync::reconnect_delay(2);
        assert!(second >= Duration::from_millis(300) && second <= Duration::from_millis(700));
        let late = esync::reconnect_delay(40);
        assert!(late >= Duration::from_secs(20) && late <= Duration::from_secs(40));
    }
}
