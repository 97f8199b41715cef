//! The country on one hub: N offices × M workstations in one process, each
//! workstation its own SQLite file, sync engine and durable consumer, on a
//! three-server JetStream cluster started from what `sync provision`
//! writes (needs nats-server; NATS_SERVER_BIN overrides it).
//!
//!     cargo bench --bench national -- --offices 400 --workstations 1000 \
//!         --days 0.2 --speed 100 --per-day 300
//!
//! Half the offices are State Corporation departments, half migration
//! police offices; department i sends its cases to police office
//! i mod (N/2). Intakes arrive at the departments' first counters evenly
//! over the simulated day (`--per-day`, default 300, a realistic national
//! volume; `--per-day 30000` is the 100× stress setting); each case then
//! lives on, one step every `--step-hours` (default 1): the police office's conclusion
//! and approval, the department's military and deregistration papers, the
//! decision, the handover. `--speed` is simulated seconds per second.
//!
//! Then a tenth of the workstations (`--offline-share`) go offline for a
//! simulated week (`--offline-days`, replayed at `--offline-speed`) while
//! the others work on, and come back.
//!
//! It reports the end-to-end lag (commit → applied at every destination
//! workstation; p50, p99), each returning workstation's catch-up time,
//! the servers' memory and the stream's size, the SQLite files' sizes,
//! and checks that every office's copy of every case is identical and
//! that nothing is parked, quarantined or in conflict.
//!
//! The contact centre (issue 31) works through the online phase: every
//! office publishes its cases' statuses, an operator's workstation looks
//! cases up at `--lookups` a second (default 50) through the desk as its
//! screen does, and a probe times each intake's status from the commit to
//! readable at the contact centre.
//!
//! The ministry (issue 31) keeps its read-only replica throughout: one
//! workstation whose consumer reads every office's events; its lag
//! (commit → applied in the replica) is reported beside the offices', and
//! its replica must hold every event at the end. Its national report is
//! taken over the replica at the end and checked against the sum of the
//! offices' own reports.

use chrono::NaiveDateTime;
use emigration_desk::domain::access::Role;
use emigration_desk::domain::case::{CaseNumber, Conclusion, EventKind, Recipient};
use emigration_desk::domain::demo::sample_intake;
use emigration_desk::domain::OfficeKind;
use emigration_desk::store::{IntakeOutcome, Store};
use emigration_desk::sync::{self as esync, SyncConfig, SyncHandle};
use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

#[path = "../tests/common/hub.rs"]
mod hub;
use hub::*;

struct Args {
    offices: usize,
    workstations: usize,
    days: f64,
    speed: f64,
    per_day: f64,
    offline_share: f64,
    offline_days: f64,
    offline_speed: f64,
    /// Simulated hours between a case's steps.
    step_hours: f64,
    /// The contact centre's lookups a second.
    lookups: f64,
}

fn args() -> Args {
    let mut a = Args {
        offices: 40,
        workstations: 100,
        days: 0.2,
        speed: 100.0,
        per_day: 300.0,
        offline_share: 0.1,
        offline_days: 7.0,
        offline_speed: 20_000.0,
        step_hours: 1.0,
        lookups: 50.0,
    };
    let v: Vec<String> = std::env::args().collect();
    let mut i = 1;
    while i < v.len() {
        let next = v.get(i + 1).cloned().unwrap_or_default();
        let num = || next.parse::<f64>().expect("a number after the option");
        match v[i].as_str() {
            "--offices" => a.offices = num() as usize,
            "--workstations" => a.workstations = num() as usize,
            "--days" => a.days = num(),
            "--lookups" => a.lookups = num(),
            "--speed" => a.speed = num(),
            "--per-day" => a.per_day = num(),
            "--offline-share" => a.offline_share = num(),
            "--offline-days" => a.offline_days = num(),
            "--offline-speed" => a.offline_speed = num(),
            "--step-hours" => a.step_hours = num(),
            _ => {
                i += 1;
                continue;
            }
        }
        i += 2;
    }
    assert!(a.offices >= 2 && a.workstations >= a.offices);
    a
}

#[derive(Clone)]
struct OfficeSpec {
    code: u16,
    kind: OfficeKind,
    /// The police office a department's cases go to.
    review: Option<u16>,
    workstations: Vec<String>,
}

fn layout(a: &Args) -> Vec<OfficeSpec> {
    let n_sc = a.offices / 2;
    let n_pol = a.offices - n_sc;
    let mut v = Vec::new();
    for i in 0..a.offices {
        let (code, kind, review) = if i < n_sc {
            (
                100 + i as u16,
                OfficeKind::StateCorporation,
                Some(5000 + (i % n_pol) as u16),
            )
        } else {
            (5000 + (i - n_sc) as u16, OfficeKind::MigrationPolice, None)
        };
        let per = a.workstations / a.offices + usize::from(i < a.workstations % a.offices);
        v.push(OfficeSpec {
            code,
            kind,
            review,
            workstations: (0..per.max(1)).map(|w| format!("w{w}")).collect(),
        });
    }
    v
}

struct Station {
    office: u16,
    path: PathBuf,
    cfg: SyncConfig,
    handle: Option<SyncHandle>,
}

/// A case in flight: its number, the department and the step it is at.
struct Case {
    number: CaseNumber,
    sc: u16,
    police: u16,
    step: usize,
    due: f64,
}

/// Business dates of the steps (the case's own calendar, as the sync
/// test's: the review within its term).
fn step_date(step: usize) -> chrono::NaiveDate {
    let (m, day) = [(11, 25), (12, 14), (12, 15), (12, 18), (12, 21), (12, 22)][step];
    d(2026, m, day)
}

fn now() -> NaiveDateTime {
    emigration_desk::clock::utc_now()
}

struct Sim {
    stations: Vec<Station>,
    by_office: BTreeMap<u16, Vec<usize>>,
    /// event id → (commit time, origin office, the case's two offices).
    committed: HashMap<String, (NaiveDateTime, u16, [u16; 2])>,
    cases: Vec<Case>,
    /// Each intake with the moment it was committed, for the contact
    /// centre's lookups and its probe.
    intakes: Arc<Mutex<Vec<(CaseNumber, Instant)>>>,
}

impl Sim {
    fn store(&self, i: usize) -> Store {
        Store::open(&self.stations[i].path).unwrap()
    }

    /// Records the case's events not seen before, as committed now.
    fn note(&mut self, st: &Store, n: &CaseNumber, origin: u16, offices: [u16; 2]) {
        let t = now();
        for id in st.case_event_ids(n).unwrap() {
            self.committed.entry(id).or_insert((t, origin, offices));
        }
    }

    /// Does the next step of case `k` if its office's first workstation
    /// already holds the step before; returns whether it did.
    fn advance(&mut self, k: usize) -> bool {
        let (number, sc, police, step) = {
            let c = &self.cases[k];
            (c.number, c.sc, c.police, c.step)
        };
        let office = if matches!(step, 1 | 2 | 4) {
            police
        } else {
            sc
        };
        let i = self.by_office[&office][0];
        let mut st = self.store(i);
        let have = st.case_event_ids(&number).unwrap().len();
        let want = match step {
            1 => 2,
            2 => 3,
            3 => 4,
            4 => 6,
            5 => 7,
            _ => return true,
        };
        if have < want {
            return false;
        }
        let on = step_date(step);
        let officer = actor("officer", Role::Officer);
        let clerk = actor("clerk", Role::Clerk);
        let kinds: Vec<(EventKind, &_)> = match step {
            1 => vec![(
                EventKind::ConclusionRecorded {
                    conclusion: Conclusion {
                        body: "security".into(),
                        positive: true,
                        on,
                        reference: format!("17-4/{k}"),
                        not_asked: None,
                    },
                },
                &officer,
            )],
            2 => vec![(
                EventKind::Approved {
                    on,
                    valid_until: d(2026, 12, 22),
                },
                &officer,
            )],
            3 => vec![
                (EventKind::NotLiableForMilitary { on }, &clerk),
                (EventKind::ResidenceDeregistered { on }, &clerk),
            ],
            4 => vec![(EventKind::DecisionIssued { on }, &officer)],
            _ => vec![(
                EventKind::HandedOver {
                    on,
                    to: Recipient::Applicant,
                },
                &clerk,
            )],
        };
        for (kind, who) in kinds {
            st.append_event(who, &number, kind, on, now())
                .unwrap_or_else(|e| panic!("step {step} of {number}: {e}"));
        }
        self.note(&st, &number, office, [sc, police]);
        true
    }

    /// Runs `days` of simulated time at `speed`: the intakes evenly spread,
    /// each case's next step a simulated day after the last.
    fn run(&mut self, days: f64, speed: f64, a: &Args, departments: &[(u16, u16)]) {
        let per_day = a.per_day;
        let gap = a.step_hours * 3_600.0;
        let total = (days * per_day).round() as usize;
        let start = Instant::now();
        let sim_secs = |start: &Instant| start.elapsed().as_secs_f64() * speed;
        let end = days * 86_400.0;
        let mut issued = 0usize;
        let base = self.cases.len();
        while sim_secs(&start) < end || issued < total {
            let t = sim_secs(&start);
            // Intakes due by now.
            while issued < total && (issued as f64) * 86_400.0 / per_day <= t {
                let (sc, police) = departments[issued % departments.len()];
                let i = self.by_office[&sc][0];
                let mut st = self.store(i);
                let today = step_date(0);
                let rec = st
                    .commit_intake(
                        &actor("clerk", Role::Clerk),
                        &sample_intake(),
                        IntakeOutcome::Accept,
                        today,
                        now(),
                    )
                    .unwrap();
                let n = rec.summary.number;
                self.intakes.lock().unwrap().push((n, Instant::now()));
                self.note(&st, &n, sc, [sc, police]);
                self.cases.push(Case {
                    number: n,
                    sc,
                    police,
                    step: 1,
                    due: t + gap,
                });
                issued += 1;
            }
            // Steps due by now (a step waits for its office to hold the
            // step before).
            for k in base..self.cases.len() {
                if self.cases[k].step <= 5 && self.cases[k].due <= t && self.advance(k) {
                    self.cases[k].step += 1;
                    self.cases[k].due = t + gap;
                }
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// The events a workstation of `office` must hold: those of its
    /// office's cases not committed by itself.
    fn expected(&self, office: u16) -> usize {
        self.committed
            .values()
            .filter(|(_, _, offices)| offices.contains(&office))
            .count()
    }
}

fn percentile(v: &mut [f64], p: f64) -> f64 {
    if v.is_empty() {
        return f64::NAN;
    }
    v.sort_by(|a, b| a.partial_cmp(b).unwrap());
    v[((v.len() as f64 - 1.0) * p).round() as usize]
}

fn rss_kib(pid: u32) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmRSS:"))
                .and_then(|l| l.split_whitespace().nth(1).map(|x| x.parse().unwrap_or(0)))
        })
        .unwrap_or(0)
}

/// The contact centre's office code.
const CC: u16 = 1414;
/// The ministry's office code.
const MINISTRY: u16 = 9001;

/// The operator's lookups through the desk, `rate` a second, each of an
/// intake committed at least 10 s before (its status published), until
/// `stop`: the lookups' times in ms, the misses and the slowed ones.
fn contact_centre(
    path: &std::path::Path,
    intakes: &Mutex<Vec<(CaseNumber, Instant)>>,
    stop: &AtomicBool,
    rate: f64,
) -> (Vec<f64>, usize, usize) {
    use emigration_desk::desk::contact_centre::{look_up, Lookup};
    let mut st = Store::open(path).unwrap();
    let who = emigration_desk::desk::Who {
        actor: actor("op", Role::Operator),
    };
    let iin = sample_intake().applicant.iin;
    let gap = Duration::from_secs_f64(1.0 / rate.max(0.1));
    let (mut times, mut misses, mut slowed) = (Vec::new(), 0, 0);
    let mut state = 0x2545_f491_4f6c_dd1du64;
    let mut next = Instant::now();
    while !stop.load(Ordering::Acquire) {
        let ripe: Vec<CaseNumber> = intakes
            .lock()
            .unwrap()
            .iter()
            .filter(|(_, at)| at.elapsed() > Duration::from_secs(10))
            .map(|(n, _)| *n)
            .collect();
        if !ripe.is_empty() {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let n = ripe[(state % ripe.len() as u64) as usize];
            let lang = if times.len() % 2 == 0 {
                emigration_desk::domain::DocLang::Kk
            } else {
                emigration_desk::domain::DocLang::Ru
            };
            let t = Instant::now();
            match look_up(&mut st, &who, &n.to_string(), &iin, lang, now()) {
                Ok(Lookup::Found(_)) => times.push(t.elapsed().as_secs_f64() * 1000.0),
                Ok(Lookup::NotFound(_)) => misses += 1,
                Ok(Lookup::Slowed(_)) => slowed += 1,
                Err(e) => panic!("lookup of {n}: {e}"),
            }
        }
        next += gap;
        if let Some(wait) = next.checked_duration_since(Instant::now()) {
            std::thread::sleep(wait);
        }
    }
    (times, misses, slowed)
}

/// Times each intake's status from its commit to readable at the contact
/// centre (a reader polling every 5 ms), until `stop`: in ms.
fn visible_probe(
    rt: &tokio::runtime::Handle,
    cfg: &SyncConfig,
    intakes: &Mutex<Vec<(CaseNumber, Instant)>>,
    stop: &AtomicBool,
) -> Vec<f64> {
    use emigration_desk::domain::public_status::{self, Sealer};
    let reader = rt
        .block_on(esync::status::Reader::connect(cfg, CC))
        .unwrap();
    let secret = cfg.status_key().unwrap();
    let iin = sample_intake().applicant.iin;
    let mut seen = 0usize;
    let mut out = Vec::new();
    while !stop.load(Ordering::Acquire) {
        let next = intakes.lock().unwrap().get(seen).copied();
        let Some((n, committed)) = next else {
            std::thread::sleep(Duration::from_millis(5));
            continue;
        };
        seen += 1;
        let key = public_status::key_for(&secret, &n, &iin);
        let sealer = Sealer::for_pair(&secret, &n, &iin);
        let found = rt.block_on(async {
            while committed.elapsed() < Duration::from_secs(60) {
                if let Ok(Some(_)) = reader.find(&key, &sealer).await {
                    return true;
                }
                tokio::time::sleep(Duration::from_millis(5)).await;
            }
            false
        });
        assert!(found, "the status of {n} never reached the contact centre");
        out.push(committed.elapsed().as_secs_f64() * 1000.0);
    }
    out
}

fn main() {
    let a = args();
    let offices = layout(&a);
    let plan_offices = serde_json::to_string(
        &offices
            .iter()
            .enumerate()
            .map(|(i, o)| {
                // The offices spread over the twenty regions.
                let region = emigration_desk::domain::regions::REGIONS[i % 20];
                serde_json::json!({
                    "code": o.code,
                    "name": format!("Office {}", o.code),
                    "workstations": o.workstations,
                    "region": region,
                })
            })
            .chain([
                serde_json::json!({"code": CC, "kind": "contact_centre"}),
                serde_json::json!({"code": MINISTRY, "kind": "ministry", "workstations": ["m1"]}),
            ])
            .collect::<Vec<_>>(),
    )
    .unwrap();
    let t0 = Instant::now();
    let cl = Cluster::start(&plan_offices);
    eprintln!(
        "cluster up, {} consumers provisioned in {:.1} s",
        a.workstations,
        t0.elapsed().as_secs_f64()
    );

    // One store per office (the administrator's set-up, with its password
    // hash), copied to each of its workstations, each then given its own
    // sync settings and number block.
    let t1 = Instant::now();
    let mut stations = Vec::new();
    let mut by_office: BTreeMap<u16, Vec<usize>> = BTreeMap::new();
    for o in &offices {
        let template = cl.root.join(format!("t-{}", o.code)).join("db.sqlite3");
        let route = o.review.map(|p| (o.code, p));
        let mut st = set_up_as(&template, o.code, o.kind, route);
        if o.kind == OfficeKind::MigrationPolice {
            st.set_setting_audited(
                &emigration_desk::store::Actor::cli(),
                "approving_bodies",
                "security",
                chrono::Utc::now().naive_utc(),
            )
            .unwrap();
            // The police office knows the departments routed to it: their
            // cases are its to hold (an unrouted office's are refused).
            let admin = emigration_desk::store::Actor {
                name: "admin".into(),
                user_id: None,
                role: Some(emigration_desk::domain::access::Role::Administrator),
            };
            for d in offices.iter().filter(|d| d.review == Some(o.code)) {
                st.set_route(&admin, d.code, Some(o.code), chrono::Utc::now().naive_utc())
                    .unwrap();
            }
        }
        st.raw()
            .execute_batch("PRAGMA wal_checkpoint(TRUNCATE);")
            .unwrap();
        drop(st);
        let (user, password) = cl.creds.offices[&o.code].clone();
        for (b, w) in o.workstations.iter().enumerate() {
            let path = cl
                .root
                .join(format!("ws-{}-{w}", o.code))
                .join("db.sqlite3");
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::copy(&template, &path).unwrap();
            let cfg = SyncConfig {
                enabled: true,
                urls: cl.urls(),
                user: user.clone(),
                password: password.clone(),
                workstation: w.clone(),
                number_block: b as u8,
                status_secret: cl.creds.status_secret.clone(),
                ..Default::default()
            };
            let mut st = Store::open(&path).unwrap();
            st.set_sync_config(&actor("admin", Role::Administrator), &cfg, now())
                .unwrap();
            drop(st);
            by_office.entry(o.code).or_default().push(stations.len());
            stations.push(Station {
                office: o.code,
                path,
                cfg,
                handle: None,
            });
        }
    }
    {
        let _g = cl.rt.enter();
        for s in &mut stations {
            s.handle = Some(esync::start(s.path.clone(), None, s.office, s.cfg.clone()));
        }
    }
    eprintln!(
        "{} workstations set up and started in {:.1} s",
        stations.len(),
        t1.elapsed().as_secs_f64()
    );
    let departments: Vec<(u16, u16)> = offices
        .iter()
        .filter_map(|o| o.review.map(|p| (o.code, p)))
        .collect();
    let mut sim = Sim {
        stations,
        by_office,
        committed: HashMap::new(),
        cases: Vec::new(),
        intakes: Arc::new(Mutex::new(Vec::new())),
    };
    // The ministry's replica: its engine reads every office's events.
    let ministry_path = cl.root.join("ministry").join("db.sqlite3");
    let mut ministry = {
        let mut st = set_up_as(&ministry_path, MINISTRY, OfficeKind::Ministry, None);
        let (user, password) = cl.creds.offices[&MINISTRY].clone();
        let cfg = SyncConfig {
            enabled: true,
            urls: cl.urls(),
            user,
            password,
            workstation: "m1".into(),
            ..Default::default()
        };
        st.set_sync_config(&actor("admin", Role::Administrator), &cfg, now())
            .unwrap();
        // The office directory from the plan: the regions.
        emigration_desk::desk::hub::load_directory(
            &mut st,
            &emigration_desk::desk::Who {
                actor: actor("admin", Role::Administrator),
            },
            &format!(r#"{{"offices": {plan_offices}}}"#),
            emigration_desk::clock::Clock::default().now(),
        )
        .unwrap();
        drop(st);
        let _g = cl.rt.enter();
        Some(esync::start(ministry_path.clone(), None, MINISTRY, cfg))
    };
    let cc_path = cl.root.join("cc").join("db.sqlite3");
    {
        let mut st = set_up_as(&cc_path, CC, OfficeKind::ContactCentre, None);
        let (user, password) = cl.creds.offices[&CC].clone();
        let cfg = SyncConfig {
            enabled: true,
            urls: cl.urls(),
            user,
            password,
            workstation: "op1".into(),
            status_secret: cl.creds.status_secret.clone(),
            ..Default::default()
        };
        st.set_sync_config(&actor("admin", Role::Administrator), &cfg, now())
            .unwrap();
    }

    // 0. The morning: every workstation connected (its relay has asked
    // which server it is on) before the clock starts, then one quiet
    // pull-request cycle; the lag below is the working day's, not the
    // start-up's (a thousand connections and consumer look-ups at once).
    let morning = Instant::now();
    loop {
        let up = sim
            .stations
            .iter()
            .filter(|s| {
                let st = s.handle.as_ref().unwrap().status();
                st.link == esync::Link::Online && st.server.is_some()
            })
            .count();
        if up == sim.stations.len() {
            break;
        }
        assert!(
            morning.elapsed() < Duration::from_secs(600),
            "{up} of {} workstations online after 10 minutes",
            sim.stations.len()
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    let connected = morning.elapsed().as_secs_f64();
    eprintln!(
        "all {} workstations online in {connected:.1} s",
        sim.stations.len()
    );
    std::thread::sleep(Duration::from_secs(5));

    // 1. Everyone online: the lag; the contact centre at work.
    let stop = Arc::new(AtomicBool::new(false));
    let lookups = {
        let (intakes, stop, path, rate) = (
            sim.intakes.clone(),
            stop.clone(),
            cc_path.clone(),
            a.lookups,
        );
        std::thread::spawn(move || contact_centre(&path, &intakes, &stop, rate))
    };
    let probe = {
        let (intakes, stop) = (sim.intakes.clone(), stop.clone());
        let cfg = SyncConfig {
            urls: cl.urls(),
            user: cl.creds.offices[&CC].0.clone(),
            password: cl.creds.offices[&CC].1.clone(),
            workstation: "probe".into(),
            status_secret: cl.creds.status_secret.clone(),
            ..Default::default()
        };
        let handle = cl.rt.handle().clone();
        std::thread::spawn(move || visible_probe(&handle, &cfg, &intakes, &stop))
    };
    sim.run(a.days, a.speed, &a, &departments);
    stop.store(true, Ordering::Release);
    let (mut lookup_ms, lookup_misses, lookup_slowed) = lookups.join().unwrap();
    let mut visible_ms = probe.join().unwrap();
    let online_events = sim.committed.len();
    let settle = Instant::now();
    let complete = |sim: &Sim, i: usize| {
        let s = &sim.stations[i];
        let st = sim.store(i);
        let held = count(&st, "SELECT count(*) FROM case_events") as usize;
        held == sim.expected(s.office)
    };
    let all: Vec<usize> = (0..sim.stations.len()).collect();
    while !all.iter().all(|&i| complete(&sim, i)) {
        assert!(
            settle.elapsed() < Duration::from_secs(600),
            "not settled after 10 minutes"
        );
        std::thread::sleep(Duration::from_millis(200));
    }
    let mut lags = Vec::new();
    // Where the time goes, for each event at its slowest destination:
    // commit → the stream's timestamp (the origin's relay publishing),
    // → received by the destination's consumer, → applied there.
    let mut stages: [Vec<f64>; 3] = [Vec::new(), Vec::new(), Vec::new()];
    let mut slowest: Vec<(f64, [f64; 3], usize, String, u16)> = Vec::new();
    {
        type Row = (NaiveDateTime, Option<NaiveDateTime>, NaiveDateTime, usize);
        // The last application at any destination, per event.
        let mut last: HashMap<String, Row> = HashMap::new();
        for i in 0..sim.stations.len() {
            let st = sim.store(i);
            let mut q = st
                .raw()
                .prepare(
                    "SELECT event_id, applied_at, published_at, received_at FROM inbox \
                     WHERE state = 'applied'",
                )
                .unwrap();
            let rows = q
                .query_map([], |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        r.get::<_, NaiveDateTime>(1)?,
                        r.get::<_, Option<NaiveDateTime>>(2)?,
                        r.get::<_, NaiveDateTime>(3)?,
                    ))
                })
                .unwrap();
            for row in rows {
                let (id, at, published, received) = row.unwrap();
                let e = last.entry(id).or_insert((at, published, received, i));
                if at > e.0 {
                    *e = (at, published, received, i);
                }
            }
        }
        let secs = |a: NaiveDateTime, b: NaiveDateTime| {
            (a - b).num_microseconds().unwrap_or(0) as f64 / 1e6
        };
        for (id, (t, origin, _)) in &sim.committed {
            if let Some(&(at, published, received, i)) = last.get(id) {
                let lag = secs(at, *t);
                lags.push(lag);
                let published = published.unwrap_or(received);
                let parts = [
                    secs(published, *t),
                    secs(received, published),
                    secs(at, received),
                ];
                for (v, p) in stages.iter_mut().zip(parts) {
                    v.push(p);
                }
                slowest.push((lag, parts, i, id.clone(), *origin));
            }
        }
    }
    slowest.sort_by(|a, b| b.0.total_cmp(&a.0));
    let p50 = percentile(&mut lags, 0.5);
    let p99 = percentile(&mut lags, 0.99);

    // The ministry's replica: every event of the phase, and its lag.
    let replica_events = || {
        count(
            &Store::open(&ministry_path).unwrap(),
            "SELECT count(*) FROM case_events",
        ) as usize
    };
    let settle = Instant::now();
    while replica_events() < online_events {
        assert!(
            settle.elapsed() < Duration::from_secs(600),
            "the ministry's replica not complete after 10 minutes"
        );
        std::thread::sleep(Duration::from_millis(200));
    }
    let mut ministry_lags = Vec::new();
    {
        let st = Store::open(&ministry_path).unwrap();
        let mut q = st
            .raw()
            .prepare("SELECT event_id, applied_at FROM inbox WHERE state = 'applied'")
            .unwrap();
        let applied: HashMap<String, NaiveDateTime> = q
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .map(|r| r.unwrap())
            .collect();
        for (id, (t, _, _)) in &sim.committed {
            if let Some(at) = applied.get(id) {
                ministry_lags.push((*at - *t).num_microseconds().unwrap_or(0) as f64 / 1e6);
            }
        }
    }

    // 2. A tenth offline for a week: never an office's first workstation
    // (it does the office's work).
    let offline: Vec<usize> = sim
        .by_office
        .values()
        .flat_map(|v| v.iter().skip(1).copied())
        .take(((sim.stations.len() as f64) * a.offline_share).round() as usize)
        .collect();
    for &i in &offline {
        if let Some(h) = sim.stations[i].handle.take() {
            cl.rt.block_on(h.stop());
        }
    }
    sim.run(a.offline_days, a.offline_speed, &a, &departments);
    let back = Instant::now();
    {
        let _g = cl.rt.enter();
        for &i in &offline {
            let s = &mut sim.stations[i];
            s.handle = Some(esync::start(s.path.clone(), None, s.office, s.cfg.clone()));
        }
    }
    let mut catch_up: Vec<f64> = Vec::new();
    let mut pending: Vec<usize> = offline.clone();
    while !pending.is_empty() {
        assert!(
            back.elapsed() < Duration::from_secs(1_800),
            "{} workstations not caught up after 30 minutes",
            pending.len()
        );
        pending.retain(|&i| {
            if complete(&sim, i) {
                catch_up.push(back.elapsed().as_secs_f64());
                false
            } else {
                true
            }
        });
        std::thread::sleep(Duration::from_millis(200));
    }
    let settle = Instant::now();
    while !all.iter().all(|&i| complete(&sim, i)) {
        assert!(settle.elapsed() < Duration::from_secs(600));
        std::thread::sleep(Duration::from_millis(200));
    }
    while replica_events() < sim.committed.len() {
        assert!(
            settle.elapsed() < Duration::from_secs(600),
            "the ministry's replica not complete after the week"
        );
        std::thread::sleep(Duration::from_millis(200));
    }

    // 3. Identical copies, nothing parked, quarantined or in conflict.
    let mut logs: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut differ = 0usize;
    let mut troubles = 0i64;
    let mut sizes = Vec::new();
    for (i, s) in sim.stations.iter().enumerate() {
        let st = sim.store(i);
        let mut q = st
            .raw()
            .prepare(
                "SELECT c.number, e.id FROM case_events e JOIN cases c ON c.key = e.case_key \
                 ORDER BY c.number, e.seq",
            )
            .unwrap();
        let mut mine: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for row in q
            .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))
            .unwrap()
        {
            let (n, id) = row.unwrap();
            mine.entry(n).or_default().push(id);
        }
        for (n, ids) in mine {
            match logs.get(&n) {
                Some(seen) if *seen != ids => differ += 1,
                Some(_) => {}
                None => {
                    logs.insert(n, ids);
                }
            }
        }
        let c = st.sync_counts().unwrap();
        troubles += c.parked + c.quarantined + c.conflicts;
        if c.parked + c.quarantined + c.conflicts > 0 {
            // What and why, before the check below fails.
            for sql in [
                "SELECT 'parked ' || event_id || ': ' || coalesce(error, '') FROM inbox WHERE state = 'parked'",
                "SELECT 'quarantined ' || subject || ': ' || reason FROM quarantine",
                "SELECT 'conflict ' || local_event_id || ' / ' || remote_event_id FROM conflicts WHERE resolved_at IS NULL",
            ] {
                let mut q = st.raw().prepare(sql).unwrap();
                for row in q.query_map([], |r| r.get::<_, String>(0)).unwrap() {
                    eprintln!("  workstation {}: {}", s.cfg.workstation, row.unwrap());
                }
            }
        }
        let bytes = std::fs::metadata(&s.path).map(|m| m.len()).unwrap_or(0)
            + std::fs::metadata(s.path.with_extension("sqlite3-wal"))
                .map(|m| m.len())
                .unwrap_or(0);
        sizes.push(bytes as f64 / 1024.0);
    }
    let rss: Vec<u64> = cl
        .servers
        .iter()
        .filter_map(|s| s.child.as_ref().map(|c| rss_kib(c.id())))
        .collect();
    let stream_bytes = cl.stream_info().map(|i| i.state.bytes).unwrap_or(0);
    let mut catch = catch_up.clone();
    println!(
        "national: {} offices, {} workstations (all online {:.1} s after start), {} cases, {} events ({} while all online)",
        offices.len(),
        sim.stations.len(),
        connected,
        sim.cases.len(),
        sim.committed.len(),
        online_events
    );
    println!(
        "  lag commit → applied at every destination: p50 {:.3} s, p99 {:.3} s ({} events, {:.0}× speed, {} per day)",
        p50,
        p99,
        lags.len(),
        a.speed,
        a.per_day
    );
    let names = [
        "commit → in the stream",
        "stream → received",
        "received → applied",
    ];
    for (name, v) in names.iter().zip(stages.iter_mut()) {
        println!(
            "    {name}: p50 {:.3} s, p99 {:.3} s, max {:.3} s",
            percentile(v, 0.5),
            percentile(v, 0.99),
            v.iter().cloned().fold(0.0, f64::max)
        );
    }
    for (lag, parts, i, id, origin) in slowest.iter().take(5) {
        // The origin's outbox rows for it: written, acked, tries, error.
        let st = sim.store(sim.by_office[origin][0]);
        let rows: Vec<String> = st
            .raw()
            .prepare(
                "SELECT o.created_at, o.published_at, o.attempts, o.resends, o.last_error \
                 FROM outbox o JOIN case_events e ON e.case_key = o.case_key AND e.seq = o.event_seq \
                 WHERE e.id = ?1",
            )
            .unwrap()
            .query_map([id], |r| {
                Ok(format!(
                    "written {} acked {} attempts {} resends {} error {:?}",
                    r.get::<_, String>(0)?,
                    r.get::<_, Option<String>>(1)?.unwrap_or_default(),
                    r.get::<_, i64>(2)?,
                    r.get::<_, i64>(3)?,
                    r.get::<_, Option<String>>(4)?
                ))
            })
            .unwrap()
            .map(|r| r.unwrap())
            .collect();
        println!(
            "    slow: {lag:.3} s = {:.3} + {:.3} + {:.3} (at workstation {}); origin: {}",
            parts[0],
            parts[1],
            parts[2],
            sim.stations[*i].cfg.workstation,
            rows.join("; ")
        );
    }
    println!(
        "  contact centre: {} lookups at {} a second, key to answer p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms ({} not found, {} slowed); status visible after the commit ({} intakes): p50 {:.0} ms, p99 {:.0} ms, max {:.0} ms",
        lookup_ms.len(),
        a.lookups,
        percentile(&mut lookup_ms, 0.5),
        percentile(&mut lookup_ms, 0.99),
        lookup_ms.iter().cloned().fold(0.0, f64::max),
        lookup_misses,
        lookup_slowed,
        visible_ms.len(),
        percentile(&mut visible_ms, 0.5),
        percentile(&mut visible_ms, 0.99),
        visible_ms.iter().cloned().fold(0.0, f64::max),
    );
    let (national, report_ms, sum_ok) = national_report(&ministry_path, &sim);
    println!(
        "  ministry replica: lag commit → applied p50 {:.3} s, p99 {:.3} s, max {:.3} s ({} events while all online; {} events at the end); national report over its {} cases: {:.0} ms, {} regions' and {} offices' rows, equal to the sum of the offices' own reports: {}",
        percentile(&mut ministry_lags, 0.5),
        percentile(&mut ministry_lags, 0.99),
        ministry_lags.iter().cloned().fold(0.0, f64::max),
        ministry_lags.len(),
        replica_events(),
        count(&Store::open(&ministry_path).unwrap(), "SELECT count(*) FROM cases"),
        report_ms,
        national.regions.len(),
        national.by_office.len(),
        sum_ok
    );
    println!(
        "  offline {} workstations for {} days: caught up median {:.1} s, max {:.1} s after reconnecting",
        offline.len(),
        a.offline_days,
        percentile(&mut catch, 0.5),
        catch.iter().cloned().fold(0.0, f64::max)
    );
    println!(
        "  servers' memory: {} MiB; stream: {:.1} MiB; SQLite per workstation: median {:.0} KiB, max {:.0} KiB",
        rss.iter()
            .map(|k| (k / 1024).to_string())
            .collect::<Vec<_>>()
            .join(" + "),
        stream_bytes as f64 / 1048576.0,
        percentile(&mut sizes.clone(), 0.5),
        sizes.iter().cloned().fold(0.0, f64::max)
    );
    println!(
        "  copies: {} cases, {} differing; parked + quarantined + conflicts: {}",
        logs.len(),
        differ,
        troubles
    );
    for s in &mut sim.stations {
        if let Some(h) = s.handle.take() {
            cl.rt.block_on(h.stop());
        }
    }
    if let Some(h) = ministry.take() {
        cl.rt.block_on(h.stop());
    }
    assert!(sum_ok, "the national report is not the sum of the offices'");
    assert_eq!(differ, 0, "a case differs between offices");
    assert_eq!(troubles, 0, "something parked, quarantined or in conflict");
}

/// The national report over the ministry's replica (timed), and whether
/// its country figures equal the sum of each office's own report taken at
/// the office's first workstation.
fn national_report(
    path: &std::path::Path,
    sim: &Sim,
) -> (emigration_desk::domain::report::Report, f64, bool) {
    use emigration_desk::desk::report::make;
    use emigration_desk::desk::Who;
    use emigration_desk::domain::report::{Period, Report};
    let day = emigration_desk::clock::Clock::default().now().today;
    let period = Period {
        from: d(2026, 1, 1),
        to: day.max(d(2026, 12, 31)),
    };
    let now = emigration_desk::clock::Clock::default().now();
    let analyst = Who {
        actor: actor("analyst", Role::Analyst),
    };
    let supervisor = Who {
        actor: actor("supervisor", Role::Supervisor),
    };
    let t = Instant::now();
    let national = make(&mut Store::open(path).unwrap(), &analyst, period, &[], now).unwrap();
    let ms = t.elapsed().as_secs_f64() * 1e3;
    let figures = |r: &Report| {
        let mut v = vec![
            r.intake.accepted_state_corporation,
            r.intake.accepted_provider,
            r.intake.refused_at_intake,
            r.review.approved,
            r.review.refused,
            r.review.decisions,
            r.review.handed_to_applicant + r.review.handed_to_representative,
        ];
        v.extend(r.timeliness.iter().map(|s| s.finished));
        v
    };
    let mut sum = vec![0u64; figures(&national).len()];
    for (office, ws) in &sim.by_office {
        let r = make(&mut sim.store(ws[0]), &supervisor, period, &[*office], now).unwrap();
        for (s, v) in sum.iter_mut().zip(figures(&r)) {
            *s += v;
        }
    }
    let ok = sum == figures(&national);
    (national, ms, ok)
}
