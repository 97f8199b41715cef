//! What another office can make a workstation store is bounded: the size
//! of one message, the quarantined bytes per origin office and in all,
//! quarantine records by age and number, the events one office can leave
//! waiting, and how long an event waits behind a gap. Each bound drops
//! bytes or defers delivery, never an event that can apply.

use chrono::{NaiveDate, NaiveDateTime};
use emigration_desk::domain::access::Role;
use emigration_desk::domain::demo::sample_intake;
use emigration_desk::domain::OfficeKind;
use emigration_desk::store::{
    limits, Actor, Disposition, Incoming, IntakeOutcome, NewUser, Office, Store,
};
use emigration_desk::sync::envelope::{EventEnvelope, Message as Wire};

const SC: u16 = 42;
const POLICE: u16 = 7;

fn at(y: i32, m: u32, d: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(y, m, d)
        .unwrap()
        .and_hms_opt(10, 0, 0)
        .unwrap()
}

fn set_up(path: &std::path::Path, office: u16) -> Store {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    let mut st = Store::open(path).unwrap();
    let kind = if office == SC {
        OfficeKind::StateCorporation
    } else {
        OfficeKind::MigrationPolice
    };
    st.init(
        &Office {
            id: format!("office-{office}"),
            code: office,
            kind,
            name: format!("Office {office}"),
            name_ru: "Филиал".into(),
            number: office.to_string(),
            address: "Астана".into(),
            address_ru: "г. Астана".into(),
            phone: "+7 7172 00 00 00".into(),
        },
        &NewUser {
            login: "admin".into(),
            full_name: "Әкімші".into(),
            role: Role::Administrator,
            password: "correct horse".into(),
        },
        at(2026, 11, 25),
    )
    .unwrap();
    let admin = Actor {
        name: "admin".into(),
        user_id: None,
        role: Some(Role::Administrator),
    };
    st.set_route(&admin, SC, Some(POLICE), at(2026, 11, 25))
        .unwrap();
    st
}

/// Office 42's two events of one accepted case, as sent to the police.
fn real_events(dir: &std::path::Path) -> Vec<EventEnvelope> {
    let mut sc = set_up(&dir.join("sc.sqlite3"), SC);
    let clerk = Actor {
        name: "clerk".into(),
        user_id: None,
        role: Some(Role::Clerk),
    };
    sc.commit_intake(
        &clerk,
        &sample_intake(),
        IntakeOutcome::Accept,
        at(2026, 11, 25).date(),
        at(2026, 11, 25),
    )
    .unwrap();
    sc.outbox_batch("a", 100, None)
        .unwrap()
        .into_iter()
        .filter(|o| o.subject.starts_with("sync.7."))
        .map(
            |o| match serde_json::from_slice::<Wire>(&o.payload).unwrap() {
                Wire::Event(e) => e,
                Wire::Receipt(_) => panic!("an event"),
            },
        )
        .collect()
}

fn wire(e: &EventEnvelope) -> Incoming {
    Incoming {
        subject: format!(
            "sync.{}.{}.{}.x",
            e.dest_office, e.origin_office, e.event.case_id
        ),
        payload: serde_json::to_vec(&Wire::Event(e.clone())).unwrap(),
        stream_seq: 0,
        published: None,
    }
}

fn garbage(origin: u16, bytes: usize, i: usize) -> Incoming {
    Incoming {
        subject: format!("sync.7.{origin}.{}.x", uuid::Uuid::now_v7()),
        payload: vec![b'x'; bytes]
            .into_iter()
            .enumerate()
            .map(|(k, b)| {
                if k == 0 {
                    b'{'
                } else {
                    b.wrapping_add((i % 7) as u8)
                }
            })
            .collect(),
        stream_seq: i as u64,
        published: None,
    }
}

/// A message of a newer envelope schema than this program reads.
fn newer(origin: u16, bytes: usize) -> Incoming {
    let pad = "p".repeat(bytes);
    Incoming {
        subject: format!("sync.7.{origin}.{}.x", uuid::Uuid::now_v7()),
        payload: format!(r#"{{"type":"event","v":99,"pad":"{pad}"}}"#).into_bytes(),
        stream_seq: 0,
        published: None,
    }
}

fn file_mib(path: &std::path::Path) -> f64 {
    let mut total = 0;
    for suffix in ["", "-wal"] {
        let mut p = path.as_os_str().to_owned();
        p.push(suffix);
        total += std::fs::metadata(std::path::PathBuf::from(p))
            .map(|m| m.len())
            .unwrap_or(0);
    }
    total as f64 / (1024.0 * 1024.0)
}

#[test]
fn a_flood_from_one_office_is_bounded_and_cannot_crowd_out_another() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("pol.sqlite3");
    let mut pol = set_up(&path, POLICE);
    let real = real_events(dir.path());
    let now = at(2026, 11, 26);
    let before = file_mib(&path);

    // Office 99: 60 messages of 900 KB (over the message limit) and 100
    // newer-schema messages of 200 KB, then 100 unreadable of 200 KB.
    let big: Vec<Incoming> = (0..60).map(|i| garbage(99, 900 * 1024, i)).collect();
    let d = pol.inbox_store(POLICE, &big, now).unwrap();
    assert!(d.iter().all(|d| *d == Disposition::Term));
    for chunk in 0..10 {
        let batch: Vec<Incoming> = (0..10).map(|_| newer(99, 200 * 1024)).collect();
        pol.inbox_store(POLICE, &batch, now).unwrap();
        let batch: Vec<Incoming> = (0..10)
            .map(|i| garbage(99, 200 * 1024, chunk * 10 + i))
            .collect();
        pol.inbox_store(POLICE, &batch, now).unwrap();
    }
    let c = pol.sync_counts().unwrap();
    assert_eq!(c.quarantined, 260, "every message has its record");
    assert!(
        c.quarantine_bytes <= limits::QUARANTINE_BYTES_PER_ORIGIN,
        "{} bytes kept for office 99",
        c.quarantine_bytes
    );
    assert!(c.dropped >= 60 + 150, "{c:?}");
    let q = pol.sync_quarantine(300).unwrap();
    assert!(q
        .iter()
        .any(|x| x.reason.starts_with("too large: 921600 bytes")));
    assert!(q
        .iter()
        .any(|x| x.reason.contains("bytes dropped: quarantine quota")));
    assert!(
        file_mib(&path) - before < 20.0,
        "the store grew {:.1} MiB",
        file_mib(&path) - before
    );

    // Office 42's own unreadable message still keeps its bytes (its own
    // quota), and its real events apply.
    let mut own = garbage(SC, 10 * 1024, 1);
    own.subject = format!("sync.7.42.{}.x", uuid::Uuid::now_v7());
    pol.inbox_store(POLICE, &[own], now).unwrap();
    let kept: i64 = pol
        .raw()
        .query_row(
            "SELECT length(raw) FROM quarantine WHERE origin_office = 42",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(kept, 10 * 1024);
    let batch: Vec<Incoming> = real.iter().map(wire).collect();
    pol.inbox_store(POLICE, &batch, now).unwrap();
    let r = pol.apply_pending(now).unwrap();
    assert_eq!(r.applied, 2, "{r:?}");
}

#[test]
fn old_quarantine_records_expire_and_are_counted() {
    let dir = tempfile::tempdir().unwrap();
    let mut pol = set_up(&dir.path().join("pol.sqlite3"), POLICE);
    let first = at(2026, 1, 10);
    let batch: Vec<Incoming> = (0..5).map(|i| garbage(99, 1000, i)).collect();
    pol.inbox_store(POLICE, &batch, first).unwrap();
    assert_eq!(pol.sync_counts().unwrap().quarantined, 5);
    // 89 days on: still kept; 91 days on: removed at the next delivery.
    pol.inbox_store(
        POLICE,
        &[garbage(99, 1000, 9)],
        first + chrono::Duration::days(89),
    )
    .unwrap();
    assert_eq!(pol.sync_counts().unwrap().quarantined, 6);
    pol.inbox_store(
        POLICE,
        &[garbage(99, 1000, 10)],
        first + chrono::Duration::days(91),
    )
    .unwrap();
    let c = pol.sync_counts().unwrap();
    assert_eq!(c.quarantined, 2);
    assert_eq!(c.expired, 5);
}

#[test]
fn an_event_waiting_behind_a_gap_for_a_month_is_parked_with_the_reason() {
    let dir = tempfile::tempdir().unwrap();
    let mut pol = set_up(&dir.path().join("pol.sqlite3"), POLICE);
    let real = real_events(dir.path());
    // Only the second event arrives: it waits for the first.
    let on = at(2026, 11, 26);
    pol.inbox_store(POLICE, &[wire(&real[1])], on).unwrap();
    let r = pol.apply_pending(on + chrono::Duration::days(29)).unwrap();
    assert_eq!((r.applied, r.parked), (0, 0));
    assert_eq!(pol.sync_counts().unwrap().inbox_pending, 1);
    let r = pol.apply_pending(on + chrono::Duration::days(31)).unwrap();
    assert_eq!(r.parked, 1, "{r:?}");
    let parked = pol.sync_parked(5).unwrap();
    assert!(
        parked[0].error.contains("waited more than 30 days"),
        "{parked:?}"
    );
    // The first arrives late after all: "retry" puts the waiting one back,
    // and both apply in order.
    let later = on + chrono::Duration::days(32);
    pol.inbox_store(POLICE, &[wire(&real[0])], later).unwrap();
    let admin = Actor {
        name: "admin".into(),
        user_id: None,
        role: Some(Role::Administrator),
    };
    pol.retry_parked(&admin, POLICE, later).unwrap();
    let r = pol.apply_pending(later).unwrap();
    assert_eq!(r.applied, 2, "{r:?}");
}

#[test]
fn one_office_cannot_leave_more_than_its_quota_of_bytes_waiting() {
    let dir = tempfile::tempdir().unwrap();
    let mut pol = set_up(&dir.path().join("pol.sqlite3"), POLICE);
    let real = real_events(dir.path());
    let on = at(2026, 11, 26);
    // Events of office 42 that can never apply (a gap before each): up to
    // the quota they are stored; beyond, they are left on the hub.
    let template = real[1].clone();
    let make = |i: i64| {
        let mut e = template.clone();
        e.event.id = uuid::Uuid::now_v7();
        e.event.seq = 10 + i as u32;
        wire(&e)
    };
    // Stored until the byte quota (a real event is a few KB, so the
    // count quota is never what stops it); then left to the sender.
    let size = serde_json::to_string(&template).unwrap().len() as i64;
    let fit = limits::PENDING_BYTES_PER_ORIGIN / size;
    assert!(fit < limits::PENDING_PER_ORIGIN);
    let mut stored = 0;
    let mut i = 0;
    loop {
        let batch: Vec<Incoming> = (i..i + 500).map(make).collect();
        let d = pol.inbox_store(POLICE, &batch, on).unwrap();
        i += 500;
        let acked = d.iter().filter(|d| **d == Disposition::Ack).count() as i64;
        stored += acked;
        if acked < 500 {
            assert!(d[acked as usize..].iter().all(|d| *d == Disposition::Later));
            break;
        }
    }
    // (Sizes grow a little with the seq's digits.)
    assert!(
        stored <= fit && stored * 100 >= fit * 99,
        "{stored} stored, about {fit} fit"
    );
    let bytes: i64 = pol
        .raw()
        .query_row(
            "SELECT sum(bytes) FROM inbox WHERE state = 'pending' AND origin_office = 42",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(bytes <= limits::PENDING_BYTES_PER_ORIGIN, "{bytes}");
    let c = pol.sync_counts().unwrap();
    assert_eq!(c.inbox_pending, stored);
    let d = pol
        .inbox_store(POLICE, &[make(i), make(i + 1)], on)
        .unwrap();
    assert_eq!(d, vec![Disposition::Later, Disposition::Later]);
    // Another office is not held back by office 42's quota.
    let mut other = real[0].clone();
    other.origin_office = 43;
    other.event.office = 43;
    other.event.id = uuid::Uuid::now_v7();
    let d = pol.inbox_store(POLICE, &[wire(&other)], on).unwrap();
    assert_eq!(d, vec![Disposition::Ack]);
}
