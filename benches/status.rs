//! The contact centre's status lookups (issue 31; run with `cargo bench
//! --bench status`; needs nats-server, NATS_SERVER_BIN overrides it). A
//! local server on a random port with the stream and the status bucket as
//! `sync provision` makes them; a State Corporation department (its own
//! SQLite file and sync engine) and a contact centre (its own file, an
//! operator):
//!
//! 1. Backlog: N accepted intakes committed while the department was
//!    offline, then its engine started: how long until every case's
//!    status is in the bucket (records a second).
//! 2. Visible: intakes committed one every 20 ms while online; each one's
//!    time from the commit to its record being readable with the number
//!    and the IIN (a reader polling every 2 ms): p50, p99, max.
//! 3. Lookup: the operator's lookup as the screen runs it
//!    (`desk::contact_centre::look_up`: the fields checked, the slowing
//!    looked up in the audit log, the key and seal made, the record and
//!    the office read from the hub, the answer composed, the lookup
//!    audited), for random published cases: p50, p99, max.
//! 4. The bucket's bytes per case.
//!
//! BENCH_CASES=N changes the backlog (default 20,000; `cargo test
//! --benches` runs small).

use chrono::{NaiveDate, Utc};
use emigration_desk::desk::contact_centre::{self, Lookup};
use emigration_desk::desk::Who;
use emigration_desk::domain::access::Role;
use emigration_desk::domain::case::CaseNumber;
use emigration_desk::domain::demo::sample_intake;
use emigration_desk::domain::public_status::{self, Sealer};
use emigration_desk::domain::{DocLang, OfficeKind};
use emigration_desk::store::{Actor, IntakeOutcome};
use emigration_desk::sync::provision::{self, Plan};
use emigration_desk::sync::status::Reader;
use emigration_desk::sync::{self as esync, SyncConfig};
use std::time::{Duration, Instant};

mod common;
use common::{pct, start_server, workstation};

const SECRET: &str = "5f0c2a9e8b7d6c5f4e3d2c1b0a99887766554433221100ffeeddccbbaa998877";

/// The shared settings with the status secret: every office publishes.
fn cfg(url: &str, ws: &str) -> SyncConfig {
    SyncConfig {
        status_secret: SECRET.into(),
        ..common::cfg(url, ws)
    }
}

fn actor(name: &str, role: Role) -> Actor {
    Actor {
        name: name.into(),
        user_id: None,
        role: Some(role),
    }
}

fn main() {
    let quick = !std::env::args().any(|a| a == "--bench");
    let cases: usize = std::env::var("BENCH_CASES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(if quick { 300 } else { 20_000 });
    let (visible_n, lookups_n) = if quick { (20, 100) } else { (300, 2_000) };
    let dir = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).unwrap();
    let (mut server, url) = start_server(dir.path());
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let plan = Plan::parse(
        r#"{"offices": [{"code": 42, "workstations": ["a"]}, {"code": 1414, "kind": "contact_centre"}]}"#,
    )
    .unwrap();
    rt.block_on(provision::provision(
        &plan,
        std::slice::from_ref(&url),
        &cfg(&url, "admin"),
    ))
    .unwrap();
    let secret = public_status::parse_secret(SECRET).unwrap();
    let intake = sample_intake();
    let iin = intake.applicant.iin.clone();
    let today = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
    let clerk = actor("clerk", Role::Clerk);

    // 1. Backlog.
    let dep_path = dir.path().join("dep").join("db.sqlite3");
    let mut dep = workstation(&dep_path, 42, OfficeKind::StateCorporation);
    dep.raw().execute_batch("PRAGMA synchronous=OFF").unwrap();
    let mut numbers: Vec<CaseNumber> = Vec::with_capacity(cases);
    for _ in 0..cases {
        numbers.push(
            dep.commit_intake(
                &clerk,
                &intake,
                IntakeOutcome::Accept,
                today,
                Utc::now().naive_utc(),
            )
            .unwrap()
            .summary
            .number,
        );
    }
    dep.raw().execute_batch("PRAGMA synchronous=FULL").unwrap();
    assert_eq!(dep.status_due().unwrap() as usize, cases);
    let t = Instant::now();
    let handle = {
        let _g = rt.enter();
        esync::start(dep_path.clone(), None, 42, cfg(&url, "a"))
    };
    while dep.status_due().unwrap() > 0 {
        std::thread::sleep(Duration::from_millis(20));
    }
    let backlog = t.elapsed();

    // 2. Visible after the commit.
    let reader = rt
        .block_on(Reader::connect(&cfg(&url, "probe"), 1414))
        .unwrap();
    let mut visible = Vec::with_capacity(visible_n);
    for _ in 0..visible_n {
        let committed = Instant::now();
        let n = dep
            .commit_intake(
                &clerk,
                &intake,
                IntakeOutcome::Accept,
                today,
                Utc::now().naive_utc(),
            )
            .unwrap()
            .summary
            .number;
        let key = public_status::key_for(&secret, &n, &iin);
        let sealer = Sealer::for_pair(&secret, &n, &iin);
        rt.block_on(async {
            loop {
                if reader.find(&key, &sealer).await.unwrap().is_some() {
                    break;
                }
                tokio::time::sleep(Duration::from_millis(2)).await;
                assert!(
                    committed.elapsed() < Duration::from_secs(30),
                    "never visible"
                );
            }
        });
        visible.push(committed.elapsed().as_secs_f64() * 1000.0);
        numbers.push(n);
        std::thread::sleep(Duration::from_millis(20));
    }

    // 3. The operator's lookup.
    let cc_path = dir.path().join("cc").join("db.sqlite3");
    let mut cc = workstation(&cc_path, 1414, OfficeKind::ContactCentre);
    cc.set_sync_config(
        &actor("admin", Role::Administrator),
        &cfg(&url, "op1"),
        Utc::now().naive_utc(),
    )
    .unwrap();
    let who = Who {
        actor: actor("op", Role::Operator),
    };
    let mut lookups = Vec::with_capacity(lookups_n);
    let mut state = 0x2545_f491_4f6c_dd1du64;
    for i in 0..lookups_n {
        // xorshift: a different case each time, the same in every run.
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        let n = numbers[(state % numbers.len() as u64) as usize];
        let lang = if i % 2 == 0 { DocLang::Kk } else { DocLang::Ru };
        let t = Instant::now();
        let got = contact_centre::look_up(
            &mut cc,
            &who,
            &n.to_string(),
            &iin,
            lang,
            Utc::now().naive_utc(),
        )
        .unwrap();
        lookups.push(t.elapsed().as_secs_f64() * 1000.0);
        assert!(matches!(got, Lookup::Found(_)), "{n}: {got:?}");
    }

    // 4. Bytes per case in the bucket.
    let (bytes, messages) = rt.block_on(async {
        let client = esync::connect_options(&cfg(&url, "admin"), 0, None)
            .connect(url.clone())
            .await
            .unwrap();
        let js = async_nats::jetstream::new(client);
        let mut s = js
            .get_stream(format!("KV_{}", public_status::BUCKET))
            .await
            .unwrap();
        let info = s.info().await.unwrap();
        (info.state.bytes, info.state.messages)
    });
    rt.block_on(handle.stop());
    let _ = server.kill();
    let _ = server.wait();

    let (v50, v99, vmax) = (
        pct(&mut visible, 0.5),
        pct(&mut visible, 0.99),
        pct(&mut visible, 1.0),
    );
    let (l50, l99, lmax) = (
        pct(&mut lookups, 0.5),
        pct(&mut lookups, 0.99),
        pct(&mut lookups, 1.0),
    );
    println!(
        "backlog: {cases} statuses published in {:.2} s ({:.0} records/s)",
        backlog.as_secs_f64(),
        cases as f64 / backlog.as_secs_f64()
    );
    println!(
        "visible after the commit ({visible_n} intakes, one every 20 ms): p50 {v50:.1} ms, p99 {v99:.1} ms, max {vmax:.1} ms (target p99 <= 1000 ms)"
    );
    println!(
        "lookup, the operator's key to the answer ({lookups_n} lookups over {} cases): p50 {l50:.2} ms, p99 {l99:.2} ms, max {lmax:.2} ms (target p99 <= 50 ms)",
        numbers.len()
    );
    println!(
        "bucket: {messages} messages, {bytes} bytes, {:.0} bytes per message stored (target <= 1024)",
        bytes as f64 / messages.max(1) as f64
    );
}
