//! Store benchmarks (run with `cargo bench --bench store`).
//!
//! 1. Commit of a full intake (case + 3 children + 6 relatives + 5 jobs +
//!    checklist + events + audit + outbox) on a real file with
//!    `synchronous=FULL`, against a bare single-row fsynced INSERT into the
//!    same file, in the same run.
//! 2. Lookups among 1,000,000 cases: by IIN, by case number, and a
//!    case-insensitive Cyrillic name-prefix search (first page of 50).
//!
//! 3. Both of the above on a plain file and on an encrypted one (SQLCipher,
//!    the data key from a key slot), in the same run, with the ratios; and
//!    the unlocking at sign-in (the key slot's argon2id, then the store's
//!    own password check).
//!
//! Prints medians (and p95). The million-case files are built once under
//! `target/tmp/` and reused; BENCH_CASES=N changes the size.

use chrono::{NaiveDate, Utc};
use emigration_desk::domain::access::Role;
use emigration_desk::domain::case::CaseNumber;
use emigration_desk::domain::demo::sample_intake;
use emigration_desk::domain::ids::Iin;
use emigration_desk::domain::OfficeKind;
use emigration_desk::store::{keys, Actor, DataKey, IntakeOutcome, NewUser, Office, Store};
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

const PASSWORD: &str = "benchmark";

/// The data key of an encrypted bench store in `dir`, made (with the
/// administrator's slot) the first time.
fn bench_key(dir: &Path) -> DataKey {
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

fn init(dir: &Path, encrypted: bool) -> Store {
    let key = encrypted.then(|| bench_key(dir));
    let mut st = Store::open_dir(dir, key.as_ref()).expect("open");
    if !st.is_initialised().expect("read") {
        let office = Office {
            id: "bench-office".into(),
            code: 77,
            kind: OfficeKind::StateCorporation,
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
    st
}

const WARMUP: usize = 150;

/// The medians of the full intake commit (fsynced) and of the bare insert.
fn commit_bench(rounds: usize, encrypted: bool) -> (Duration, Duration) {
    let dir = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).expect("tmp");
    let mut st = init(dir.path(), encrypted);
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
    let what = if encrypted { "encrypted" } else { "plain" };
    println!(
        "commit ({what} file), {rounds} rounds each, WAL + synchronous=FULL, file in target/:"
    );
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
    (fm, bm)
}

/// The medians of the lookups by IIN, by number, and of the name prefix.
fn million_bench(n: u32, encrypted: bool) -> (Duration, Duration, Duration) {
    let name = if encrypted {
        format!("bench-{n}-cases-encrypted")
    } else {
        format!("bench-{n}-cases")
    };
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let mut st = init(&dir, encrypted);
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
        "lookups among {count} cases, {} file ({} samples each):",
        if encrypted { "encrypted" } else { "plain" },
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
    (im, nm, pm)
}

/// Unlocking at sign-in: the key slot (argon2id at the slot's cost, then
/// AES-GCM) and the store's own password check (argon2id, OWASP minimum).
fn unlock_bench(rounds: usize) {
    let dir = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).expect("tmp");
    let mut st = init(dir.path(), true);
    let slots = st.keys_path();
    let mut unseal = Vec::new();
    let mut check = Vec::new();
    for _ in 0..rounds {
        let t = Instant::now();
        let k = keys::try_user(&slots, "admin", PASSWORD).expect("slot");
        unseal.push(t.elapsed());
        assert!(k.is_some());
        let t = Instant::now();
        let out = st
            .login("admin", PASSWORD, Utc::now().naive_utc())
            .expect("login");
        check.push(t.elapsed());
        assert!(matches!(out, emigration_desk::store::LoginOutcome::Ok(_)));
    }
    let (um, up) = stats(unseal);
    let (cm, cp) = stats(check);
    println!(
        "unlocking at sign-in ({rounds} rounds; slot argon2id m={} MiB t={} p={}):",
        keys::SLOT_M_KIB / 1024,
        keys::SLOT_T,
        keys::SLOT_P
    );
    println!(
        "  key slot unsealed                median {}  p95 {}",
        ms(um),
        ms(up)
    );
    println!(
        "  store password check             median {}  p95 {}",
        ms(cm),
        ms(cp)
    );
}

fn main() {
    // `cargo bench` passes --bench; `cargo test --benches` runs it briefly.
    let quick = !std::env::args().any(|a| a == "--bench");
    let n: u32 = std::env::var("BENCH_CASES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(if quick { 2_000 } else { 1_000_000 });
    let rounds = if quick { 5 } else { 300 };
    let (plain_commit, plain_bare) = commit_bench(rounds, false);
    let (enc_commit, enc_bare) = commit_bench(rounds, true);
    let (pi, pn, pp) = million_bench(n, false);
    let (ei, en, ep) = million_bench(n, true);
    unlock_bench(if quick { 2 } else { 20 });
    let r = |e: Duration, p: Duration| e.as_secs_f64() / p.as_secs_f64();
    println!("encrypted / plain (medians, target <= 1.5x):");
    println!(
        "  full intake commit               {:.2}x",
        r(enc_commit, plain_commit)
    );
    println!(
        "  bare fsynced insert              {:.2}x",
        r(enc_bare, plain_bare)
    );
    println!("  lookup by IIN                    {:.2}x", r(ei, pi));
    println!("  lookup by case number            {:.2}x", r(en, pn));
    println!("  name prefix, page of 50          {:.2}x", r(ep, pp));
}
