//! Sync benchmarks (run with `cargo bench --bench sync`; needs nats-server,
//! NATS_SERVER_BIN overrides it). A local server on a random port:
//!
//! 1. Drain: 100,000 events queued in a workstation's outbox (50,000
//!    accepted intakes), drained by the relay; next to a plain async-nats
//!    JetStream publish loop (pipelined, same sizes) in the same run.
//! 2. Lag: two offices online (43 → 8), intakes committed at the counter
//!    one every 20 ms; end-to-end lag = applied at the police office −
//!    committed at the counter (same machine clock): p50 and p99, on a
//!    fresh server and on the drain's server (its stream full of others).
//!
//! BENCH_EVENTS=N changes the drain size (`cargo test --benches` runs small);
//! `--drain-only` stops after the drain.

use chrono::{NaiveDate, NaiveDateTime, Utc};
use emigration_desk::domain::access::Role;
use emigration_desk::domain::demo::sample_intake;
use emigration_desk::domain::OfficeKind;
use emigration_desk::store::{Actor, IntakeOutcome, Store};
use emigration_desk::sync as esync;
use emigration_desk::sync::provision::{self, Plan};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::{Child, Command};
use std::time::{Duration, Instant};

mod common;
use common::{cfg, pct, start_server, workstation};

/// What `nats-server --version` says (NATS_SERVER_BIN's, if set).
fn server_version() -> String {
    let bin = std::env::var("NATS_SERVER_BIN").unwrap_or_else(|_| "nats-server".into());
    Command::new(bin)
        .arg("--version")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .unwrap_or_else(|_| "version unknown".into())
}

/// A fresh server in a directory of its own, with the plan's stream and
/// consumers.
fn provisioned_server(
    rt: &tokio::runtime::Runtime,
    plan: &provision::Plan,
) -> (tempfile::TempDir, Child, String) {
    let dir = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).unwrap();
    let (server, url) = start_server(dir.path());
    rt.block_on(provision::provision(
        plan,
        std::slice::from_ref(&url),
        &cfg(&url, "admin"),
    ))
    .unwrap();
    (dir, server, url)
}

fn clerk() -> Actor {
    Actor {
        name: "clerk".into(),
        user_id: None,
        role: Some(Role::Clerk),
    }
}

fn main() {
    let quick = !std::env::args().any(|a| a == "--bench");
    let events: u32 = std::env::var("BENCH_EVENTS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(if quick { 2_000 } else { 100_000 });
    let dir = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).unwrap();
    let (mut server, url) = start_server(dir.path());
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let plan = Plan::parse(
        r#"{"offices": [{"code": 42, "workstations": ["a", "other"]}, {"code": 43, "workstations": ["a"]}, {"code": 8, "workstations": ["a"]}]}"#,
    )
    .unwrap();
    rt.block_on(provision::provision(
        &plan,
        std::slice::from_ref(&url),
        &cfg(&url, "admin"),
    ))
    .unwrap();

    // 1. Drain.
    let path: PathBuf = dir.path().join("drain").join("db.sqlite3");
    let mut st = workstation(&path, 42, OfficeKind::StateCorporation);
    st.raw().execute_batch("PRAGMA synchronous=OFF").unwrap();
    let today = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
    let intake = sample_intake();
    for _ in 0..events / 2 {
        st.commit_intake(
            &clerk(),
            &intake,
            IntakeOutcome::Accept,
            today,
            Utc::now().naive_utc(),
        )
        .unwrap();
    }
    st.raw().execute_batch("PRAGMA synchronous=FULL").unwrap();
    let queued = st.sync_counts().unwrap().waiting;
    assert_eq!(queued, i64::from(events));
    let sizes: Vec<usize> = st
        .outbox_batch("a", 1000, None)
        .unwrap()
        .iter()
        .map(|o| o.payload.len())
        .collect();
    // Workstation "a" of 42 drains; the consumer read back is another's.
    let mut c = cfg(&url, "a");
    c.workstation = "bench".into();
    let t = Instant::now();
    let handle = {
        let _g = rt.enter();
        esync::start(path.clone(), None, 42, c)
    };
    // Watched through the relay's own count (counting the outbox in SQL
    // every 20 ms would take the relay's CPU), then checked in the store.
    while handle.status().published < u64::from(events) {
        std::thread::sleep(Duration::from_millis(5));
    }
    let drain = t.elapsed();
    assert_eq!(st.sync_counts().unwrap().waiting, 0);
    rt.block_on(handle.stop());
    let rate = f64::from(events) / drain.as_secs_f64();

    // The plain loop: the same number of messages of the same sizes,
    // pipelined in windows of 512 with every PubAck awaited; on a fresh
    // server as the relay's was (then once more on the drain's server, so
    // that the lag's second part finds 2 × N messages in its stream).
    let plain_on = |url: &str| {
        rt.block_on(async {
            let client = esync::connect_options(&cfg(url, "plain"), 42, None)
                .connect(url.to_string())
                .await
                .unwrap();
            let js = async_nats::jetstream::new(client);
            let payloads: Vec<bytes_like::Payload> = sizes
                .iter()
                .map(|n| bytes_like::Payload(vec![b'x'; *n]))
                .collect();
            let t = Instant::now();
            let mut i = 0u32;
            while i < events {
                let mut acks = Vec::with_capacity(512);
                for _ in 0..512.min(events - i) {
                    let p = &payloads[i as usize % payloads.len()];
                    let mut h = async_nats::HeaderMap::new();
                    h.insert("Nats-Msg-Id", format!("plain-{i}").as_str());
                    acks.push(
                        js.publish_with_headers(
                            // One subject per case, two events each, as the
                            // relay's (the stream keeps few messages per subject).
                            format!("sync.99.42.{:032x}.plain", i / 2),
                            h,
                            p.0.clone().into(),
                        )
                        .await
                        .unwrap(),
                    );
                    i += 1;
                }
                for a in acks {
                    a.await.unwrap();
                }
            }
            t.elapsed()
        })
    };
    let (_plain_dir, mut plain_server, plain_url) = provisioned_server(&rt, &plan);
    let plain = plain_on(&plain_url);
    let _ = plain_server.kill();
    let _ = plain_server.wait();
    let again = plain_on(&url);
    let plain_rate = f64::from(events) / plain.as_secs_f64();
    println!(
        "drain of {events} queued events to a local nats-server ({}, file storage):",
        server_version()
    );
    println!(
        "  relay (outbox -> JetStream, PubAck each, marked in SQLite)  {:.1} s  {:.0} events/s  (target >= 5,000)",
        drain.as_secs_f64(),
        rate
    );
    println!(
        "  plain async-nats publish loop, same sizes, pipelined 512    {:.1} s  {:.0} msgs/s  (a fresh server, as the relay's)",
        plain.as_secs_f64(),
        plain_rate
    );
    println!(
        "  relay / plain loop: {:.0} %  (target >= 50 %); the plain loop again on the drain's server: {:.0} msgs/s",
        100.0 * rate / plain_rate,
        f64::from(events) / again.as_secs_f64()
    );
    if std::env::args().any(|a| a == "--drain-only") {
        let _ = server.kill();
        let _ = server.wait();
        return;
    }

    // 2. Lag between two offices online: on a fresh server, and on this one
    //    whose stream now holds the 2 × N messages above (other subjects).
    let n = if quick { 50 } else { 500 };
    let (fresh_dir, mut fresh, fresh_url) = provisioned_server(&rt, &plan);
    let (p50, p99, k, parts) = lag(&rt, &fresh_url, &fresh_dir.path().join("lag"), n);
    println!("end-to-end lag, commit at office 43 -> applied at office 8, {k} events, one intake every 20 ms:");
    println!("  fresh stream                         p50 {p50:.1} ms  p99 {p99:.1} ms  (target p99 <= 1,000 ms)");
    println!("{parts}");
    let _ = fresh.kill();
    let _ = fresh.wait();
    let (p50, p99, _, parts2) = lag(&rt, &url, &dir.path().join("lag"), n);
    println!(
        "  stream holding {} other messages  p50 {p50:.1} ms  p99 {p99:.1} ms",
        2 * events
    );
    println!("{parts2}");
    let _ = server.kill();
    let _ = server.wait();
}

/// Two offices online (43 → 8); `n` intakes at the counter, one every
/// 20 ms; lag = applied at the police office − committed at the counter.
fn lag(rt: &tokio::runtime::Runtime, url: &str, dir: &Path, n: i64) -> (f64, f64, usize, String) {
    let sc_path = dir.join("sc").join("db.sqlite3");
    let pol_path = dir.join("pol").join("db.sqlite3");
    let mut sc = workstation(&sc_path, 43, OfficeKind::StateCorporation);
    sc.set_route(&Actor::cli(), 43, Some(8), Utc::now().naive_utc())
        .unwrap();
    // The police office knows the department routed to it (an unrouted
    // office's cases are refused and quarantined).
    workstation(&pol_path, 8, OfficeKind::MigrationPolice)
        .set_route(&Actor::cli(), 43, Some(8), Utc::now().naive_utc())
        .unwrap();
    let (h1, h2) = {
        let _g = rt.enter();
        (
            esync::start(sc_path.clone(), None, 43, cfg(url, "a")),
            esync::start(pol_path.clone(), None, 8, cfg(url, "a")),
        )
    };
    let pol = Store::open(&pol_path).unwrap();
    // Measured in the steady state: both connected and reading.
    let t = Instant::now();
    while !(h1.status().link == esync::Link::Online
        && h2.status().link == esync::Link::Online
        && h1.status().last_contact.is_some()
        && h2.status().last_contact.is_some())
    {
        assert!(t.elapsed() < Duration::from_secs(30), "did not connect");
        std::thread::sleep(Duration::from_millis(10));
    }
    std::thread::sleep(Duration::from_millis(500));
    let today = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
    let intake = sample_intake();
    let mut commits = Vec::with_capacity(n as usize);
    for _ in 0..n {
        let t = Instant::now();
        sc.commit_intake(
            &clerk(),
            &intake,
            IntakeOutcome::Accept,
            today,
            Utc::now().naive_utc(),
        )
        .unwrap();
        commits.push(t.elapsed().as_secs_f64() * 1e3);
        // As the window does after every change it writes.
        h1.wake();
        std::thread::sleep(Duration::from_millis(20));
    }
    let t = Instant::now();
    let applied = |pol: &Store| -> i64 {
        pol.raw()
            .query_row(
                "SELECT count(*) FROM inbox WHERE state = 'applied'",
                [],
                |r| r.get(0),
            )
            .unwrap()
    };
    while applied(&pol) < 2 * n {
        assert!(
            t.elapsed() < Duration::from_secs(60),
            "lag run did not finish: {} of {} applied; the counter's sync {:?}, outbox {:?}; the police office's {:?}, {:?}, first quarantined {:?}",
            applied(&pol),
            2 * n,
            h1.status(),
            sc.sync_counts().ok(),
            h2.status(),
            pol.sync_counts().ok(),
            pol.raw()
                .query_row("SELECT reason || ' | ' || subject || ' | ' || CAST(raw AS TEXT) FROM quarantine LIMIT 1", [], |r| r.get::<_, String>(0))
                .ok()
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    let committed: HashMap<String, NaiveDateTime> = sc
        .raw()
        .prepare("SELECT event_id, created_at FROM outbox WHERE destination = '8'")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(|r| r.unwrap())
        .collect();
    // One pass over what the police office applied: the whole lag, the
    // same without the first 5 s of commits (a new consumer on a full 2.9
    // stream first scans it), and where the time goes — commit → server
    // (relay), server → stored at the police office, stored → applied.
    let ms = |a: NaiveDateTime, b: NaiveDateTime| {
        (b - a).num_microseconds().unwrap_or(0) as f64 / 1000.0
    };
    let first = committed.values().min().copied();
    let rows: Vec<(String, NaiveDateTime, NaiveDateTime, NaiveDateTime)> = pol
        .raw()
        .prepare("SELECT event_id, published_at, received_at, applied_at FROM inbox WHERE state = 'applied'")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
        .unwrap()
        .filter_map(|r| r.ok())
        .collect();
    let (mut lags, mut later) = (Vec::new(), Vec::new());
    let mut parts: [Vec<f64>; 3] = Default::default();
    for (id, published, received, applied) in rows {
        let Some(c) = committed.get(&id) else {
            continue;
        };
        lags.push(ms(*c, applied));
        if first.is_some_and(|f| *c - f > chrono::Duration::seconds(5)) {
            later.push(ms(*c, applied));
        }
        parts[0].push(ms(*c, published));
        parts[1].push(ms(published, received));
        parts[2].push(ms(received, applied));
    }
    let later_p99 = if later.is_empty() {
        f64::NAN
    } else {
        pct(&mut later, 0.99)
    };
    let [mut a, mut b, mut c] = parts;
    let parts_line = format!(
        "    p99 after the first 5 s: {later_p99:.1} ms; p99 of its parts: the commit itself {:.1} ms, commit -> server {:.1} ms, server -> stored {:.1} ms, stored -> applied {:.1} ms",
        pct(&mut commits, 0.99),
        pct(&mut a, 0.99),
        pct(&mut b, 0.99),
        pct(&mut c, 0.99)
    );
    rt.block_on(h1.stop());
    rt.block_on(h2.stop());
    let k = lags.len();
    (pct(&mut lags, 0.50), pct(&mut lags, 0.99), k, parts_line)
}

mod bytes_like {
    pub struct Payload(pub Vec<u8>);
}
