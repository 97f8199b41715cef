//! Backups and the restore drill, on real files: a backup made with the
//! binary while another connection keeps committing intakes is one
//! consistent state of the store; restored with the binary into an empty
//! data directory it holds every case, event and audit row of that state.
//! A data directory with a store is never restored over; old backups are
//! pruned by the name's time, only the office's own; files are 0600; the
//! window makes the daily backup and shows its age.

use chrono::{Duration, NaiveDate, NaiveDateTime};
use emigration_desk::desk::admin::LastBackup;
use emigration_desk::domain::access::Role;
use emigration_desk::domain::demo::sample_intake;
use emigration_desk::domain::visit::Level;
use emigration_desk::i18n::UiLang;
use emigration_desk::store::{Actor, IntakeOutcome, NewUser, Store};
use emigration_desk::ui::users::BackupState;
use emigration_desk::ui::{App, Message};
use iced::keyboard::key::Named;
use iced_test::{selector, Simulator};
use rusqlite::{Connection, OpenFlags};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;

mod common;

const TODAY: &str = "2026-11-25";

fn t0() -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 11, 25)
        .unwrap()
        .and_hms_opt(9, 0, 0)
        .unwrap()
}

fn mode(p: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(p).unwrap().permissions().mode() & 0o777
}

fn en(args: &[&str]) -> Vec<String> {
    let mut v = vec!["--ui-lang".to_string(), "en".to_string()];
    v.extend(args.iter().map(|s| s.to_string()));
    v
}

fn run(dir: &Path, args: &[&str]) -> std::process::Output {
    let args = en(args);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    common::bin(dir, TODAY, &args)
}

/// The backups of office 42 in `dir`.
fn backups(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .and_then(emigration_desk::store::parse_backup_name)
                .is_some_and(|(office, _)| office == 42)
        })
        .collect();
    v.sort();
    v
}

fn commit_sample(st: &mut Store) {
    st.commit_intake(
        &Actor::cli(),
        &sample_intake(),
        IntakeOutcome::Accept,
        t0().date(),
        t0(),
    )
    .unwrap();
}

/// What the comparison reads of a store file: every case (key, number,
/// status, last seq), every event (case, seq, payload), every audit row.
#[derive(Debug, PartialEq)]
struct Contents {
    cases: Vec<(i64, String, String, i64)>,
    events: Vec<(i64, i64, String)>,
    audit: Vec<(i64, String, String, String, Option<i64>, String)>,
}

fn contents(path: &Path) -> Contents {
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .unwrap();
    if let Some(key) = common::key_of(path) {
        conn.execute_batch(&key.pragma()).unwrap();
    }
    conn.busy_timeout(std::time::Duration::from_secs(10))
        .unwrap();
    // One read transaction: the three lists are of one state.
    conn.execute_batch("BEGIN").unwrap();
    let cases = conn
        .prepare("SELECT key, number, status, last_seq FROM cases ORDER BY key")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
        .unwrap()
        .collect::<rusqlite::Result<Vec<_>>>()
        .unwrap();
    let events = conn
        .prepare("SELECT case_key, seq, payload FROM case_events ORDER BY case_key, seq")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .collect::<rusqlite::Result<Vec<_>>>()
        .unwrap();
    let audit = conn
        .prepare("SELECT id, at, actor, action, case_key, details FROM audit_log ORDER BY id")
        .unwrap()
        .query_map([], |r| {
            Ok((
                r.get(0)?,
                r.get::<_, String>(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
                r.get(5)?,
            ))
        })
        .unwrap()
        .collect::<rusqlite::Result<Vec<_>>>()
        .unwrap();
    conn.execute_batch("COMMIT").unwrap();
    Contents {
        cases,
        events,
        audit,
    }
}

/// The backup holds a consistent prefix of `source` (read after the
/// writer stopped): the first cases with all their events, the first audit
/// rows, nothing of a later commit.
fn assert_consistent_prefix(backup: &Contents, source: &Contents) {
    let k = backup.cases.len();
    assert_eq!(backup.cases, source.cases[..k], "the cases are a prefix");
    let keys: std::collections::BTreeSet<i64> = backup.cases.iter().map(|c| c.0).collect();
    let source_events: Vec<_> = source
        .events
        .iter()
        .filter(|e| keys.contains(&e.0))
        .cloned()
        .collect();
    assert_eq!(
        backup.events, source_events,
        "every case has all its events, and no other case any"
    );
    for (key, number, _, last_seq) in &backup.cases {
        let seqs: Vec<i64> = backup
            .events
            .iter()
            .filter(|e| e.0 == *key)
            .map(|e| e.1)
            .collect();
        assert_eq!(
            seqs,
            (1..=*last_seq).collect::<Vec<_>>(),
            "{number}: the projection and its log agree"
        );
    }
    let m = backup.audit.len();
    assert_eq!(
        backup.audit,
        source.audit[..m],
        "the audit rows are a prefix"
    );
    let audited: std::collections::BTreeSet<i64> =
        backup.audit.iter().filter_map(|a| a.4).collect();
    assert_eq!(audited, keys, "each case's audit entry, and no later one");
}

#[test]
fn a_backup_made_while_another_connection_writes_is_consistent_and_restores() {
    let tmp = tempfile::tempdir().unwrap();
    let src = tmp.path().join("src");
    common::init_office(&src, "state-corporation", "42");
    {
        let mut st = common::open_store(&src);
        for _ in 0..40 {
            commit_sample(&mut st);
        }
    }
    let initial = contents(&src.join("emigration-desk.sqlite3")).cases.len();
    assert_eq!(initial, 40);

    // A writer with its own connection keeps committing intakes.
    let stop = Arc::new(AtomicBool::new(false));
    let committed = Arc::new(AtomicUsize::new(0));
    let writer = {
        let (stop, committed, src) = (stop.clone(), committed.clone(), src.clone());
        std::thread::spawn(move || {
            let mut st = common::open_store(&src);
            while !stop.load(Ordering::SeqCst) {
                commit_sample(&mut st);
                committed.fetch_add(1, Ordering::SeqCst);
                std::thread::sleep(std::time::Duration::from_millis(2));
            }
        })
    };
    let wait_for = |n: usize| {
        let start = std::time::Instant::now();
        while committed.load(Ordering::SeqCst) < n {
            assert!(start.elapsed().as_secs() < 60, "the writer is stuck");
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
    };
    wait_for(5);
    let bdir = tmp.path().join("backups");
    let o = run(&src, &["db", "backup", bdir.to_str().unwrap()]);
    let during = committed.load(Ordering::SeqCst);
    assert!(o.status.success(), "{}", common::err(&o));
    wait_for(during + 5);
    stop.store(true, Ordering::SeqCst);
    writer.join().unwrap();

    let files = backups(&bdir);
    assert_eq!(files.len(), 1, "{files:?}");
    let backup = &files[0];
    assert!(
        common::out(&o).contains(&format!("Backup written and checked: {}", backup.display())),
        "{}",
        common::out(&o)
    );
    assert_eq!(mode(&bdir), 0o700, "the directory made for it");
    assert_eq!(mode(backup), 0o600);
    // The backup and its key slots, nothing beside them (no WAL, no
    // temporary name).
    let slots = emigration_desk::store::keys_path(backup);
    assert_eq!(mode(&slots), 0o600);
    assert_eq!(std::fs::read_dir(&bdir).unwrap().count(), 2);
    // Encrypted like the store: SQLite without the key reads nothing.
    assert!(Connection::open(backup)
        .unwrap()
        .query_row("SELECT count(*) FROM cases", [], |r| r.get::<_, i64>(0))
        .is_err());

    let source = contents(&src.join("emigration-desk.sqlite3"));
    let copy = contents(backup);
    assert!(
        copy.cases.len() > initial && copy.cases.len() < source.cases.len(),
        "made while the writer wrote: {} < {} < {}",
        initial,
        copy.cases.len(),
        source.cases.len()
    );
    assert_consistent_prefix(&copy, &source);
    {
        // The backup is recorded and audited in the store.
        let st = common::open_store(&src);
        let (_, path) = st.last_backup().unwrap().unwrap();
        assert_eq!(&path, backup);
        let audit = st.audit_entries(None, 1000).unwrap();
        assert!(audit
            .iter()
            .any(|a| a.action == "backup" && a.details.contains(&backup.display().to_string())));
    }

    // The restore drill: into an empty data directory, with the binary.
    let restored = tmp.path().join("restored");
    let o = run(&restored, &["db", "restore", backup.to_str().unwrap()]);
    assert!(o.status.success(), "{}", common::err(&o));
    let out = common::out(&o);
    assert!(out.contains("Restored "), "{out}");
    assert!(out.contains("The database is sound"), "{out}");
    let db = restored.join("emigration-desk.sqlite3");
    assert_eq!(mode(&db), 0o600);
    assert_eq!(mode(&restored), 0o700);
    let back = contents(&db);
    assert_eq!(back.cases, copy.cases);
    assert_eq!(back.events, copy.events);
    assert_eq!(back.audit[..copy.audit.len()], copy.audit[..]);
    let extra: Vec<&str> = back.audit[copy.audit.len()..]
        .iter()
        .map(|a| a.3.as_str())
        .collect();
    assert_eq!(
        extra,
        vec!["login", "restore"],
        "the administrator who restored signs in, and the restore is audited"
    );
    // The restored store is a working one: its cases are found and it is
    // sound by `db check`.
    let o = run(&restored, &["case", "show", &copy.cases[0].1]);
    assert!(o.status.success(), "{}", common::err(&o));
    let o = run(&restored, &["db", "check"]);
    assert!(o.status.success(), "{}", common::out(&o));
}

/// The store files of a data directory, byte for byte (the log directory
/// aside: every command writes its log).
fn store_files(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut v: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .filter(|e| e.file_name() != "logs" && e.file_type().unwrap().is_file())
        .map(|e| {
            (
                e.file_name().to_string_lossy().into_owned(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect();
    v.sort();
    v
}

#[test]
fn restore_refuses_a_data_directory_with_a_store_and_leaves_it_untouched() {
    let tmp = tempfile::tempdir().unwrap();
    let a = tmp.path().join("a");
    common::init_office(&a, "state-corporation", "42");
    let bdir = tmp.path().join("b");
    let o = run(&a, &["db", "backup", bdir.to_str().unwrap()]);
    assert!(o.status.success(), "{}", common::err(&o));
    let backup = backups(&bdir).pop().unwrap();
    {
        let mut st = common::open_store(&a);
        commit_sample(&mut st);
    }
    let before = store_files(&a);
    assert!(before.iter().any(|(n, _)| n == "emigration-desk.sqlite3"));
    let o = run(&a, &["db", "restore", backup.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1), "{}", common::out(&o));
    assert!(
        common::err(&o).contains("already has a store")
            && common::err(&o).contains("Nothing was changed"),
        "{}",
        common::err(&o)
    );
    assert_eq!(store_files(&a), before, "not a byte changed");
    // In Russian too.
    let o = common::bin(
        &a,
        TODAY,
        &["--ui-lang", "ru", "db", "restore", backup.to_str().unwrap()],
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(
        common::err(&o).contains("уже есть база"),
        "{}",
        common::err(&o)
    );
    assert_eq!(store_files(&a), before);

    // A file that is no backup leaves an empty directory without a store.
    let empty = tmp.path().join("empty");
    let junk = tmp.path().join("junk.sqlite3");
    std::fs::write(&junk, b"not a database at all, just text").unwrap();
    let o = run(&empty, &["db", "restore", junk.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1), "{}", common::out(&o));
    assert!(emigration_desk::store::existing_store(&empty).is_none());
    // Nor does a database without an office set up in it.
    let blank = tmp.path().join("blank.sqlite3");
    Connection::open(&blank)
        .unwrap()
        .execute_batch("CREATE TABLE offices (is_self INTEGER); PRAGMA user_version = 1;")
        .unwrap();
    let o = run(&empty, &["db", "restore", blank.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1), "{}", common::out(&o));
    assert!(emigration_desk::store::existing_store(&empty).is_none());
}

#[test]
fn backups_older_than_the_days_kept_are_pruned_and_others_kept() {
    let tmp = tempfile::tempdir().unwrap();
    let a = tmp.path().join("a");
    common::init_office(&a, "state-corporation", "42");
    let bdir = tmp.path().join("backups");
    std::fs::create_dir(&bdir).unwrap();
    let now = chrono::Utc::now().naive_utc();
    let name = |office: u16, days: i64| {
        emigration_desk::store::backup_name(office, now - Duration::days(days))
    };
    let old = [name(42, 30), name(42, 15)];
    let kept = [
        name(42, 13),
        name(42, 1),
        name(43, 30),
        "notes.txt".to_string(),
        format!("{}.txt", name(42, 30)),
        "emigration-desk-0042-garbage.sqlite3".to_string(),
    ];
    for n in old.iter().chain(&kept) {
        std::fs::write(bdir.join(n), b"x").unwrap();
    }
    // The policy: refused when relative or out of range.
    let o = run(&a, &["db", "backup-policy", "--dir", "relative/dir"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        common::err(&o).contains("absolute path"),
        "{}",
        common::err(&o)
    );
    let o = run(&a, &["db", "backup-policy", "--keep-days", "0"]);
    assert_eq!(o.status.code(), Some(1));
    // Without a directory a backup needs one named.
    let o = run(&a, &["db", "backup"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        common::err(&o).contains("No backup directory"),
        "{}",
        common::err(&o)
    );
    let o = run(
        &a,
        &[
            "db",
            "backup-policy",
            "--dir",
            bdir.to_str().unwrap(),
            "--keep-days",
            "14",
        ],
    );
    assert!(o.status.success(), "{}", common::err(&o));
    assert!(
        common::out(&o).contains("kept 14 days"),
        "{}",
        common::out(&o)
    );

    let o = run(&a, &["db", "backup"]);
    assert!(o.status.success(), "{}", common::err(&o));
    for n in &old {
        assert!(!bdir.join(n).exists(), "{n} pruned");
        assert!(common::out(&o).contains(n.as_str()), "{}", common::out(&o));
    }
    for n in &kept {
        assert!(bdir.join(n).exists(), "{n} kept");
    }
    let made = backups(&bdir);
    assert_eq!(made.len(), 3, "{made:?}");
    let newest = made.last().unwrap();
    assert_eq!(mode(newest), 0o600);
    let o = run(&a, &["db", "backup-policy"]);
    assert!(
        common::out(&o).contains(&newest.display().to_string()),
        "the last backup is shown: {}",
        common::out(&o)
    );
    // A backup elsewhere prunes nothing there.
    let other = tmp.path().join("usb");
    std::fs::create_dir(&other).unwrap();
    let stale = other.join(name(42, 100));
    std::fs::write(&stale, b"x").unwrap();
    let o = run(&a, &["db", "backup", other.to_str().unwrap()]);
    assert!(o.status.success(), "{}", common::err(&o));
    assert!(stale.exists());
}

// --- The window ---------------------------------------------------------

fn window(app: &App) -> Simulator<'_, Message> {
    Simulator::with_size(iced::Settings::default(), (1280.0, 1800.0), app.view())
}

fn act(app: &mut App, f: impl FnOnce(&mut Simulator<'_, Message>)) {
    let messages: Vec<Message> = {
        let mut ui = window(app);
        f(&mut ui);
        ui.into_messages().collect()
    };
    for m in messages {
        app.settle(m);
    }
}

fn shows(app: &App, text: &str) -> bool {
    window(app).find(text).is_ok()
}

fn log_in(app: &mut App, login: &str, password: &str) {
    act(app, |ui| {
        ui.click(selector::id("login")).unwrap();
        ui.typewrite(login);
        ui.click(selector::id("password")).unwrap();
        ui.typewrite(password);
        ui.tap_key(Named::Enter);
    });
}

fn log_out(app: &mut App) {
    act(app, |ui| {
        ui.click("Log out").unwrap();
    });
}

#[test]
fn the_window_backs_up_once_a_day_and_shows_the_last_backup() {
    emigration_desk::i18n::set_language(UiLang::En);
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let bdir = tmp.path().join("backups");
    let mut st = Store::open_dir(&data, None).unwrap();
    st.init(
        &common::office(emigration_desk::domain::OfficeKind::StateCorporation),
        &common::admin(),
        t0(),
    )
    .unwrap();
    for (login, role) in [("clerk", Role::Clerk), ("super", Role::Supervisor)] {
        let u = NewUser {
            login: login.into(),
            full_name: login.into(),
            role,
            password: "a good password".into(),
        };
        st.create_user(&Actor::cli(), &u, t0()).unwrap();
    }
    let mut app = App::with_store(st, t0());
    log_in(&mut app, "admin", common::ADMIN_PASSWORD);
    assert!(shows(
        &app,
        "No automatic backups: the administrator sets a backup directory."
    ));
    act(&mut app, |ui| {
        ui.click("Users").unwrap();
    });
    // A relative directory is refused at its field.
    act(&mut app, |ui| {
        ui.click(selector::id("backup-dir")).unwrap();
        ui.typewrite("backups");
    });
    act(&mut app, |ui| {
        ui.click("Save backup directory").unwrap();
    });
    assert!(shows(
        &app,
        "The backup directory must be the absolute path of a directory this program can write to."
    ));
    assert!(!bdir.exists(), "nothing made");
    act(&mut app, |ui| {
        ui.click(selector::id("backup-dir")).unwrap();
        for _ in 0.."backups".len() {
            ui.tap_key(Named::Backspace);
        }
        ui.typewrite(bdir.to_str().unwrap());
    });
    act(&mut app, |ui| {
        ui.click("Save backup directory").unwrap();
    });
    // The directory set, the first backup follows at once.
    let first = backups(&bdir);
    assert_eq!(first.len(), 1, "{first:?}");
    assert_eq!(mode(&first[0]), 0o600);
    let line = "Last backup: 25.11.2026 14:00 (0 min ago)";
    assert!(shows(&app, line), "in the office's time (UTC+5)");
    assert!(shows(&app, &format!("File: {}", first[0].display())));
    // Later the same office day: no second one.
    app.settle(Message::Tick(t0() + Duration::hours(3)));
    assert_eq!(backups(&bdir).len(), 1);
    assert!(shows(&app, "Last backup: 25.11.2026 14:00 (3 h ago)"));
    // The clerk's window makes the next day's backup on the tick; the
    // clerk is not shown the line.
    log_out(&mut app);
    log_in(&mut app, "clerk", "a good password");
    assert_eq!(backups(&bdir).len(), 1, "not on login the same day");
    app.settle(Message::Tick(t0() + Duration::days(1)));
    assert_eq!(backups(&bdir).len(), 2, "the next office day");
    assert!(!shows(&app, "Last backup: 26.11.2026 14:00 (0 min ago)"));
    app.settle(Message::Tick(
        t0() + Duration::days(1) + Duration::minutes(30),
    ));
    assert_eq!(backups(&bdir).len(), 2);
    // The supervisor sees it.
    log_out(&mut app);
    log_in(&mut app, "super", "a good password");
    assert!(shows(&app, "Last backup: 26.11.2026 14:00 (30 min ago)"));
    {
        let st = app.store.as_ref().unwrap().lock().unwrap();
        let actors: Vec<String> = st
            .audit_entries(None, 1000)
            .unwrap()
            .into_iter()
            .filter(|a| a.action == "backup")
            .map(|a| a.actor)
            .collect();
        assert_eq!(actors, vec!["clerk".to_string(), "admin".to_string()]);
    }
    // A backup that fails is said in red and tried again an hour later.
    std::fs::remove_dir_all(&bdir).unwrap();
    std::fs::write(&bdir, b"a file where the directory was").unwrap();
    app.settle(Message::Tick(t0() + Duration::days(2)));
    assert!(
        shows(
            &app,
            &format!(
                "The backup failed: Cannot use {}: File exists (os error 17)",
                bdir.display()
            )
        ),
        "the failure is shown"
    );
}

#[test]
fn the_last_backup_is_red_when_older_than_two_days_or_never_made() {
    emigration_desk::i18n::set_language(UiLang::En);
    let now = emigration_desk::desk::Clock::default().at(t0());
    let at = |hours: i64| BackupState {
        dir_set: true,
        last: Some(LastBackup {
            at: t0() - Duration::hours(hours),
            path: "/b/x.sqlite3".into(),
        }),
        ..Default::default()
    };
    assert_eq!(
        at(2).line(now),
        (
            "Last backup: 25.11.2026 12:00 (2 h ago)".to_string(),
            Level::Normal
        )
    );
    assert_eq!(at(47).line(now).1, Level::Normal);
    assert_eq!(
        at(50).line(now),
        (
            "Last backup: 23.11.2026 12:00 (2 d ago)".to_string(),
            Level::Breach
        )
    );
    let never = BackupState {
        dir_set: true,
        ..Default::default()
    };
    assert_eq!(
        never.line(now),
        ("Last backup: never".to_string(), Level::Breach)
    );
    assert!(never.due(now));
    assert!(!at(2).due(now), "made today already");
    assert!(at(15).due(now), "made yesterday (office time)");
}

/// A clerk whose password opens the backup's key slot is still no
/// administrator: the restore is refused and leaves nothing in the target
/// — no working copy of the store or its keys.
#[test]
fn a_clerks_refused_restore_leaves_nothing_behind() {
    let tmp = tempfile::tempdir().unwrap();
    let a = tmp.path().join("a");
    common::init_office(&a, "state-corporation", "42");
    common::add_user(&a, "clerk", "clerk", "a good password");
    let bdir = tmp.path().join("b");
    let o = run(&a, &["db", "backup", bdir.to_str().unwrap()]);
    assert!(o.status.success(), "{}", common::err(&o));
    let backup = backups(&bdir).pop().unwrap();
    let target = tmp.path().join("target");
    let o = std::process::Command::new(common::BIN)
        .arg("--data-dir")
        .arg(&target)
        .args(["--ui-lang", "en", "db", "restore", backup.to_str().unwrap()])
        .env("EMIGRATION_DESK_TODAY", TODAY)
        .env("EMIGRATION_DESK_USER", "clerk")
        .env("EMIGRATION_DESK_PASSWORD", "a good password")
        .env_remove(emigration_desk::store::DATA_DIR_ENV)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1), "{}", common::err(&o));
    let left: Vec<String> = std::fs::read_dir(&target)
        .map(|r| {
            r.flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| n.starts_with("emigration-desk.sqlite3"))
                .collect()
        })
        .unwrap_or_default();
    assert!(left.is_empty(), "left in the target: {left:?}");
}
