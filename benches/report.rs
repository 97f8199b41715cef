//! The monthly report over the million-case store (run with `cargo bench
//! --bench report`).
//!
//! The store is the store benchmark's encrypted one (1,000,000 synthetic
//! intakes over ten years, built here if missing), opened by the
//! administrator's key slot. A month of real work is added once: 3,000
//! cases accepted in October 2026 — 2,000 heard by every approving body
//! and approved, 500 refused, the rest still under review — and 3,000
//! counter visits. Measured in a process of its own (so that the peak
//! memory is the report's, not the seeding's): the figures (median of 7
//! runs), the XLSX and the PDF.
//!
//! Then the ministry's national report (issue 31) over the same million
//! cases: a copy of the store made the ministry's (its office a ministry,
//! the cases another office's, as its replica holds them), with a
//! directory of 400 offices in the 20 regions; the figures per region and
//! per office beside the country's (median of 7 runs) and the XLSX.

use chrono::{NaiveDate, Utc};
use emigration_desk::desk::{self, Now, Step, Who};
use emigration_desk::domain::access::Role;
use emigration_desk::domain::case::RefusalGround;
use emigration_desk::domain::demo::sample_intake;
use emigration_desk::domain::report::Period;
use emigration_desk::domain::{DocLang, OfficeKind};
use emigration_desk::store::{keys, Actor, DataKey, IntakeOutcome, NewUser, Office, Store};
use std::path::Path;
use std::time::{Duration, Instant};

const PASSWORD: &str = "benchmark";
const MONTH_CASES: u64 = 3_000;

fn key(dir: &Path) -> DataKey {
    let db = dir.join(emigration_desk::store::DB_FILE);
    let slots = emigration_desk::store::keys_path(&db);
    if let Ok(Some(k)) = keys::try_user(&slots, "admin", PASSWORD) {
        return k;
    }
    emigration_desk::private::private_dir(dir).expect("dir");
    let k = DataKey::random().expect("key");
    keys::create(&slots, &k, "admin", PASSWORD, Utc::now().naive_utc()).expect("slots");
    k
}

fn on(day: NaiveDate) -> Now {
    emigration_desk::clock::Clock {
        offset: emigration_desk::clock::parse_zone("+05:00").expect("zone"),
        fixed_today: Some(day),
    }
    .at(day.and_hms_opt(5, 0, 0).unwrap_or_default())
}

fn d(m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, day).unwrap_or_default()
}

fn user(st: &mut Store, login: &str, role: Role) -> Who {
    if !st.users().expect("users").iter().any(|u| u.login == login) {
        st.create_user(
            &Actor::cli(),
            &NewUser {
                login: login.into(),
                full_name: login.into(),
                role,
                password: "long enough".into(),
            },
            Utc::now().naive_utc(),
        )
        .expect("user");
    }
    let u = st
        .users()
        .expect("users")
        .into_iter()
        .find(|u| u.login == login)
        .expect("user");
    Who::user(&u)
}

/// The million cases (as the store bench builds them) and the month.
fn prepare(dir: &Path) -> Store {
    let k = key(dir);
    let mut st = Store::open_dir(dir, Some(&k)).expect("open");
    if !st.is_initialised().expect("read") {
        let office = Office {
            id: "bench-office".into(),
            code: 77,
            // A migration police office: it accepts and reviews (the review
            // is the provider's alone).
            kind: OfficeKind::MigrationPolice,
            name: "Bench".into(),
            name_ru: "Филиал".into(),
            number: "1".into(),
            address: "Astana".into(),
            address_ru: "г. Астана".into(),
            phone: "+7 7172 000000".into(),
        };
        let admin = NewUser {
            login: "admin".into(),
            full_name: "A".into(),
            role: Role::Administrator,
            password: PASSWORD.into(),
        };
        st.init(&office, &admin, Utc::now().naive_utc())
            .expect("init");
    }
    let mut have = st.case_count().expect("count");
    let mut year = 2026 - (have / 100_000) as i32;
    while have < 1_000_000 {
        let k = (1_000_000 - have).min(100_000) as u32;
        st.seed_synthetic(k, d(11, 25).with_year(year), Utc::now().naive_utc())
            .expect("seed");
        have += i64::from(k);
        year -= 1;
    }
    if st.setting("bench_report_month").expect("setting").is_none() {
        let t = Instant::now();
        // The synthetic intakes fill this workstation's block of 2026's
        // numbers (100,000 a year); the month's cases take the next block,
        // as a second workstation of the office would (sync stays off).
        let cfg = emigration_desk::sync::SyncConfig {
            number_block: 1,
            ..Default::default()
        };
        st.set_sync_config(&Actor::cli(), &cfg, Utc::now().naive_utc())
            .expect("block");
        let clerk = user(&mut st, "bench-clerk", Role::Clerk);
        let officer = user(&mut st, "bench-officer", Role::Officer);
        for n in 0..MONTH_CASES {
            let day = d(10, 1 + (n % 28) as u32);
            let mut i = emigration_desk::domain::demo::with_papers(sample_intake());
            i.applicant.iin = emigration_desk::store::synthetic_iin(50_000_000 + n);
            i.false_data_warning_on = Some(day);
            i.secrets_consent_on = Some(day);
            if let Some(f) = i.fee.as_mut() {
                f.paid_on = day;
            }
            let number = desk::commit_intake(
                &mut st,
                &clerk,
                on(day),
                None,
                &i,
                IntakeOutcome::Accept,
                true,
                None,
            )
            .expect("accept")
            .view
            .record
            .summary
            .number;
            let later = day + chrono::Duration::days(10 + (n % 9) as i64);
            if n % 6 < 4 {
                for body in emigration_desk::domain::rulebook::DEFAULT_BODIES {
                    desk::record(
                        &mut st,
                        &officer,
                        on(later),
                        &number,
                        Step::Conclusion {
                            body: body.into(),
                            verdict: emigration_desk::domain::case::Verdict::Positive,
                            reference: "1".into(),
                        },
                    )
                    .expect("conclusion");
                }
                desk::record(&mut st, &officer, on(later), &number, Step::Approve)
                    .expect("approve");
            } else if n % 6 == 4 {
                desk::record(
                    &mut st,
                    &officer,
                    on(later),
                    &number,
                    Step::Refuse {
                        grounds: vec![RefusalGround {
                            ground: 1 + (n % 8) as u8,
                            until: String::new(),
                        }],
                    },
                )
                .expect("refuse");
            }
            let issued = day.and_hms_opt(4, (n % 50) as u32, 0).unwrap_or_default();
            let v = st
                .issue_ticket(&clerk.actor, &format!("{n:04}"), issued, issued)
                .expect("ticket");
            st.call_visit(
                &clerk.actor,
                v.id,
                issued + chrono::Duration::minutes((n % 20) as i64),
                None,
            )
            .expect("call");
            st.end_visit(
                &clerk.actor,
                v.id,
                issued + chrono::Duration::minutes(20 + (n % 15) as i64),
                "served",
                None,
            )
            .expect("end");
        }
        st.set_setting("bench_report_month", "2026-10")
            .expect("setting");
        st.raw().execute_batch("ANALYZE").expect("analyze");
        println!(
            "added a month of work ({MONTH_CASES} cases, {MONTH_CASES} visits) in {:.0} s",
            t.elapsed().as_secs_f64()
        );
    }
    st
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

/// The peak resident memory of this process so far (VmHWM), in MB.
fn peak_mb() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|kb| kb.parse::<f64>().ok())
        })
        .map(|kb| kb / 1024.0)
        .unwrap_or(0.0)
}

/// The report taken seven times: the last one and the median time.
fn seven_reports(
    st: &mut Store,
    who: &Who,
    period: Period,
    offices: &[u16],
    now: Now,
) -> (emigration_desk::domain::report::Report, Duration) {
    let mut times = Vec::new();
    let mut report = None;
    for _ in 0..7 {
        let t = Instant::now();
        report = Some(desk::report::make(st, who, period, offices, now).expect("report"));
        times.push(t.elapsed());
    }
    (report.expect("a report"), median(times))
}

/// How long the report's export in `format` takes.
fn exported(
    st: &mut Store,
    who: &Who,
    r: &emigration_desk::domain::report::Report,
    format: desk::report::Format,
    lang: DocLang,
    now: Now,
) -> Duration {
    let out = tempfile::tempdir().expect("tmp");
    let t = Instant::now();
    desk::report::export(
        st,
        who,
        r,
        format,
        lang,
        &out.path().join(format!("r.{}", format.as_str())),
        now,
    )
    .expect("export");
    t.elapsed()
}

fn measure(dir: &Path) {
    let k = key(dir);
    let mut st = Store::open_dir(dir, Some(&k)).expect("open");
    let head = user(&mut st, "admin", Role::Administrator);
    let count = st.case_count().expect("count");
    let period = Period {
        from: d(10, 1),
        to: d(10, 31),
    };
    let now = on(d(11, 5));
    let (r, figures) = seven_reports(&mut st, &head, period, &[77], now);
    let xlsx = exported(
        &mut st,
        &head,
        &r,
        desk::report::Format::Xlsx,
        DocLang::Ru,
        now,
    );
    let pdf = exported(
        &mut st,
        &head,
        &r,
        desk::report::Format::Pdf,
        DocLang::Kk,
        now,
    );
    println!(
        "monthly report over {count} cases (October 2026: {} accepted, {} approved, {} refused, {} visits): figures median {:.0} ms (target <= 1 s, 7 runs); XLSX {:.0} ms (target <= 3 s); PDF {:.0} ms; peak memory {:.0} MB",
        r.intake.accepted_state_corporation + r.intake.accepted_provider,
        r.review.approved,
        r.review.refused,
        r.counter.all.visits,
        figures.as_secs_f64() * 1e3,
        xlsx.as_secs_f64() * 1e3,
        pdf.as_secs_f64() * 1e3,
        peak_mb()
    );
}

/// The million-case store copied and made the ministry's replica: its
/// own office a ministry (the cases are office 77's, as the replica holds
/// every office's), a directory of 400 offices over the 20 regions.
fn ministry_copy(dir: &Path) -> std::path::PathBuf {
    let copy = dir.with_file_name("bench-1000000-cases-ministry");
    if copy.join("ready").exists() {
        return copy;
    }
    let _ = std::fs::remove_dir_all(&copy);
    emigration_desk::private::private_dir(&copy).expect("dir");
    for e in std::fs::read_dir(dir).expect("read dir") {
        let e = e.expect("entry");
        if e.file_type().expect("type").is_file() {
            std::fs::copy(e.path(), copy.join(e.file_name())).expect("copy");
        }
    }
    let k = key(&copy);
    let mut st = Store::open_dir(&copy, Some(&k)).expect("open");
    st.raw()
        .execute(
            "UPDATE offices SET kind = 'ministry', code = 1 WHERE is_self = 1",
            [],
        )
        .expect("ministry");
    let entries: Vec<emigration_desk::store::DirectoryEntry> = (0..400u16)
        .map(|i| {
            let code = if i == 0 { 77 } else { 100 + i };
            emigration_desk::store::DirectoryEntry {
                code,
                kind: "office".into(),
                region: emigration_desk::domain::regions::REGIONS[usize::from(i) % 20].into(),
                name: format!("Office {code}"),
            }
        })
        .collect();
    st.load_directory(&Actor::cli(), &entries, Utc::now().naive_utc())
        .expect("directory");
    drop(st);
    std::fs::write(copy.join("ready"), "").expect("mark");
    copy
}

fn measure_national(dir: &Path) {
    let copy = ministry_copy(dir);
    let k = key(&copy);
    let mut st = Store::open_dir(&copy, Some(&k)).expect("open");
    let analyst = user(&mut st, "analyst", Role::Analyst);
    let count = st.case_count().expect("count");
    let period = Period {
        from: d(10, 1),
        to: d(10, 31),
    };
    let now = on(d(11, 5));
    let (r, figures) = seven_reports(&mut st, &analyst, period, &[], now);
    let xlsx = exported(
        &mut st,
        &analyst,
        &r,
        desk::report::Format::Xlsx,
        DocLang::Ru,
        now,
    );
    println!(
        "national report over {count} cases (October 2026: {} accepted, {} approved, {} refused; {} regions, {} offices): figures median {:.0} ms (target <= 1 s, 7 runs); XLSX {:.0} ms",
        r.intake.accepted_state_corporation + r.intake.accepted_provider,
        r.review.approved,
        r.review.refused,
        r.regions.len(),
        r.by_office.len(),
        figures.as_secs_f64() * 1e3,
        xlsx.as_secs_f64() * 1e3,
    );
}

trait WithYear {
    fn with_year(self, y: i32) -> NaiveDate;
}

impl WithYear for NaiveDate {
    fn with_year(self, y: i32) -> NaiveDate {
        chrono::Datelike::with_year(&self, y).unwrap_or(self)
    }
}

fn main() {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("bench-1000000-cases-encrypted");
    if std::env::var("REPORT_BENCH_MEASURE").is_ok() {
        measure(&dir);
        return;
    }
    if std::env::var("REPORT_BENCH_NATIONAL").is_ok() {
        measure_national(&dir);
        return;
    }
    if !std::env::args().any(|a| a == "--bench") {
        println!("report bench: run with `cargo bench --bench report`");
        return;
    }
    drop(prepare(&dir));
    // The measurement in a fresh process: its peak memory is the report's.
    let me = std::env::current_exe().expect("exe");
    let status = std::process::Command::new(me)
        .env("REPORT_BENCH_MEASURE", "1")
        .status()
        .expect("measure");
    assert!(status.success(), "the measurement failed");
    let status = std::process::Command::new(std::env::current_exe().expect("exe"))
        .env("REPORT_BENCH_NATIONAL", "1")
        .status()
        .expect("measure");
    assert!(status.success(), "the national measurement failed");
}
