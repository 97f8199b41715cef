//! Store benchmarks (run with `cargo bench --bench store`).
//!
//! 1. Commit of a full intake (case + 3 children + 6 relatives + 5 jobs +
//!    checklist + events + audit + outbox) on a real file with
//!    `synchronous=FULL`, against a bare single-row fsynced INSERT into the
//!    same file, in the same run.
//! 2. Lookups among 1,000,000 cases: by IIN, by case number, and a
//!    case-insensitive Cyrillic name-prefix search (first page of 50).
//!
//! Prints medians (and p95). The million-case file is built once under
//! `target/bench-data/` and reused; BENCH_CASES=N changes the size.

use chrono::{NaiveDate, Utc};
use emigration_desk::domain::access::Role;
use emigration_desk::domain::case::CaseNumber;
use emigration_desk::domain::demo::sample_intake;
use emigration_desk::domain::ids::Iin;
use emigration_desk::domain::OfficeKind;
use emigration_desk::store::{Actor, IntakeOutcome, NewUser, Office, Store};
use std::path::Path;
use std::time::{Duration, Instant};

fn stats(mut v: Vec<Duration>) -> (Duration, Duration) {
    v.sort();
    let med = v[v.len() / 2];
    let p95 = v[(v.len() * 95 / 100).min(v.len() - 1)];
    (med, p95)
}

fn ms(d: Duration) -> String {
    format!("{:.3} ms", d.as_secs_f64() * 1e3)
}

fn init(dir: &Path) -> Store {
    let mut st = Store::open_dir(dir, None).expect("open");
    if !st.is_initialised().expect("read") {
        let office = Office {
            id: "bench-office".into(),
            code: 77,
            kind: OfficeKind::StateCorporation,
            name: "Bench".into(),
            number: "1".into(),
            address: "Astana".into(),
            phone: "+7 7172 000000".into(),
        };
        let admin = NewUser {
            login: "admin".into(),
            full_name: "A".into(),
            role: Role::Administrator,
            password: "benchmark".into(),
        };
        st.init(&office, &admin, Utc::now().naive_utc())
            .expect("init");
    }
    st
}

const WARMUP: usize = 150;

fn commit_bench(rounds: usize) {
    let dir = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).expect("tmp");
    let mut st = init(dir.path());
    let today = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap_or_default();
    let actor = Actor {
        name: "bench".into(),
        user_id: None,
        role: Some(Role::Clerk),
    };
    let intake = sample_intake();
    st.raw()
        .execute_batch("CREATE TABLE bench_bare (id INTEGER PRIMARY KEY, x TEXT NOT NULL)")
        .expect("table");
    // Warm up both paths until the WAL has wrapped at least once (the
    // steady state of a workstation: frames are rewritten in place).
    for _ in 0..WARMUP {
        st.commit_intake(
            &actor,
            &intake,
            IntakeOutcome::Accept,
            today,
            Utc::now().naive_utc(),
        )
        .expect("commit");
        st.raw()
            .execute("INSERT INTO bench_bare (x) VALUES ('warm')", [])
            .expect("insert");
    }
    let mut bare = Vec::with_capacity(rounds);
    let mut full = Vec::with_capacity(rounds);
    // Interleaved so both see the same disk conditions.
    for i in 0..rounds {
        let t = Instant::now();
        st.raw()
            .prepare_cached("INSERT INTO bench_bare (x) VALUES (?1)")
            .and_then(|mut s| s.execute([format!("row {i}")]))
            .expect("insert");
        bare.push(t.elapsed());
        let t = Instant::now();
        st.commit_intake(
            &actor,
            &intake,
            IntakeOutcome::Accept,
            today,
            Utc::now().naive_utc(),
        )
        .expect("commit");
        full.push(t.elapsed());
    }
    // The same commit without the fsync: its CPU and WAL-write share.
    st.raw()
        .execute_batch("PRAGMA synchronous=OFF")
        .expect("pragma");
    let mut nosync = Vec::with_capacity(rounds);
    for _ in 0..rounds {
        let t = Instant::now();
        st.commit_intake(
            &actor,
            &intake,
            IntakeOutcome::Accept,
            today,
            Utc::now().naive_utc(),
        )
        .expect("commit");
        nosync.push(t.elapsed());
    }
    st.raw()
        .execute_batch("PRAGMA synchronous=FULL")
        .expect("pragma");
    let (bm, bp) = stats(bare);
    let (fm, fp) = stats(full);
    let (nm, np) = stats(nosync);
    println!("commit, {rounds} rounds each, WAL + synchronous=FULL, file in target/:");
    println!(
        "  bare single-row fsynced INSERT   median {}  p95 {}",
        ms(bm),
        ms(bp)
    );
    println!(
        "  full intake commit                median {}  p95 {}",
        ms(fm),
        ms(fp)
    );
    println!(
        "  ratio (medians)                   {:.2}x  (target <= 2x)",
        fm.as_secs_f64() / bm.as_secs_f64()
    );
    println!(
        "  full intake, synchronous=OFF      median {}  p95 {}  (CPU + WAL writes)",
        ms(nm),
        ms(np)
    );
}

fn million_bench(n: u32) {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("bench-{n}-cases"));
    let mut st = init(&dir);
    let have = st.case_count().expect("count");
    if have < i64::from(n) {
        let t = Instant::now();
        // A million cases gather over years: 100,000 per year, back from 2026.
        let chunk = 100_000;
        let mut left = n - have as u32;
        let mut year = 2026 - (have / i64::from(chunk)) as i32;
        while left > 0 {
            let k = left.min(chunk);
            let today = NaiveDate::from_ymd_opt(year, 11, 25).unwrap_or_default();
            st.seed_synthetic(k, today, Utc::now().naive_utc())
                .expect("seed");
            left -= k;
            year -= 1;
        }
        st.raw().execute_batch("ANALYZE").expect("analyze");
        println!("built {n} cases in {:.1} s", t.elapsed().as_secs_f64());
    }
    let count = st.case_count().expect("count");
    // Sample existing cases spread over the table.
    let mut sample: Vec<(String, String)> = Vec::new();
    {
        let mut s = st
            .raw()
            .prepare("SELECT number, iin FROM cases WHERE rowid % ?1 = 0 LIMIT 1000")
            .expect("prepare");
        let step = (count / 1000).max(1);
        let rows = s
            .query_map([step], |r| Ok((r.get(0)?, r.get(1)?)))
            .expect("query");
        for r in rows {
            sample.push(r.expect("row"));
        }
    }
    let mut by_iin = Vec::new();
    let mut by_number = Vec::new();
    for (number, iin) in &sample {
        let iin = Iin::parse(iin).expect("iin");
        let t = Instant::now();
        let rows = st.find_by_iin(&iin).expect("iin lookup");
        by_iin.push(t.elapsed());
        assert!(!rows.is_empty());
        let n = CaseNumber::parse(number).expect("number");
        let t = Instant::now();
        let row = st.find_by_number(&n).expect("number lookup");
        by_number.push(t.elapsed());
        assert!(row.is_some());
    }
    let prefixes = [
        "әбд",
        "ӘБДІРОВ1",
        "сейт",
        "СЕЙТҚАЛИ5",
        "иван",
        "Иванов12",
        "құр",
        "пет",
        "жұм",
        "ким",
        "өмір",
        "ғалым",
        "шевч",
        "нұрл",
        "ли",
        "ли3",
        "Ли99 Ерж",
        "ЖҰМАБАЕВ7",
        "петрова 1",
        "құрманбек99",
    ];
    let mut prefix = Vec::new();
    let mut found = 0usize;
    for _ in 0..10 {
        for p in prefixes {
            let t = Instant::now();
            let page = st.search_name_prefix(p, 0, 50).expect("prefix");
            prefix.push(t.elapsed());
            found += page.rows.len();
        }
    }
    assert!(found > 0);
    let (im, ip) = stats(by_iin);
    let (nm, np) = stats(by_number);
    let (pm, pp) = stats(prefix);
    println!(
        "lookups among {count} cases ({} samples each):",
        sample.len()
    );
    println!(
        "  by IIN (applicant or child)      median {}  p95 {}  (target <= 1 ms)",
        ms(im),
        ms(ip)
    );
    println!(
        "  by case number                   median {}  p95 {}  (target <= 1 ms)",
        ms(nm),
        ms(np)
    );
    println!(
        "  Cyrillic name prefix, page of 50 median {}  p95 {}  (target <= 20 ms)",
        ms(pm),
        ms(pp)
    );
}

fn main() {
    // `cargo bench` passes --bench; `cargo test --benches` runs it briefly.
    let quick = !std::env::args().any(|a| a == "--bench");
    let n: u32 = std::env::var("BENCH_CASES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(if quick { 2_000 } else { 1_000_000 });
    commit_bench(if quick { 5 } else { 300 });
    million_bench(n);
}
