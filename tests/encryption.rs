//! Encryption at rest, through the real program: the database file reads
//! as noise without a password, each user's password opens it through
//! their own key slot, a password change reseals one slot, a disabled
//! user's slot is gone, the recovery code opens it when every password is
//! forgotten, and a plain store is encrypted in place once — a crash at any
//! step leaving a store that works.

mod common;

use common::{err, out, ADMIN_PASSWORD, SAMPLE};
use emigration_desk::domain::access::Role;
use emigration_desk::domain::demo::sample_intake;
use emigration_desk::domain::OfficeKind;
use emigration_desk::store::{
    file_kind, keys_path, Actor, FileKind, IntakeOutcome, NewUser, Store, DB_FILE,
};
use std::path::Path;
use std::process::{Command, Output, Stdio};

const TODAY: &str = "2026-11-25";

/// The binary signed in as `login` with `password`, extra environment
/// (`EMIGRATION_DESK_NEW_PASSWORD`, a failpoint) in `env`.
fn as_user(dir: &Path, login: &str, password: &str, env: &[(&str, &str)], args: &[&str]) -> Output {
    let mut c = Command::new(common::BIN);
    c.arg("--data-dir")
        .arg(dir)
        .arg("--ui-lang")
        .arg("en")
        .args(args)
        .env("EMIGRATION_DESK_TODAY", TODAY)
        .env("EMIGRATION_DESK_USER", login)
        .env("EMIGRATION_DESK_PASSWORD", password)
        .env_remove(emigration_desk::store::DATA_DIR_ENV)
        .stdin(Stdio::null());
    for (k, v) in env {
        c.env(k, v);
    }
    c.output().expect("the binary runs")
}

/// The administrator adds the clerk `clerk` with `password`.
fn add_clerk(dir: &Path, password: &str) {
    let o = as_user(
        dir,
        "admin",
        ADMIN_PASSWORD,
        &[("EMIGRATION_DESK_NEW_PASSWORD", password)],
        &[
            "user",
            "add",
            "--login",
            "clerk",
            "--name",
            "Clerk One",
            "--role",
            "clerk",
        ],
    );
    assert!(o.status.success(), "{}", err(&o));
}

fn contains(hay: &[u8], needle: &str) -> bool {
    let n = needle.as_bytes();
    hay.windows(n.len()).any(|w| w == n)
}

/// Every byte the store has on disk: the database, its WAL and the slots.
fn disk_bytes(dir: &Path) -> Vec<u8> {
    let mut all = Vec::new();
    for suffix in ["", "-wal", "-shm", ".keys"] {
        if let Ok(b) = std::fs::read(dir.join(format!("{DB_FILE}{suffix}"))) {
            all.extend(b);
        }
    }
    all
}

#[test]
fn without_a_password_the_store_is_noise() {
    let dir = tempfile::tempdir().unwrap();
    common::init_office(dir.path(), "state-corporation", "42");
    // A desktop session's runtime directory (in memory): where the printed
    // receipt waits for the printer.
    let run = tempfile::tempdir().unwrap();
    let o = as_user(
        dir.path(),
        "admin",
        ADMIN_PASSWORD,
        &[("XDG_RUNTIME_DIR", run.path().to_str().unwrap())],
        &["case", "import", SAMPLE, "--accept"],
    );
    assert!(o.status.success(), "{}", err(&o));
    let imported = out(&o);
    let db = dir.path().join(DB_FILE);
    assert_eq!(file_kind(&db).unwrap(), FileKind::Encrypted);
    // Not a name, an IIN, a passport or a place in any file of the store,
    // the WAL included (the sample's, as typed).
    let bytes = disk_bytes(dir.path());
    for secret in [
        "850115300001",
        "N12345678",
        "Сейтқали",
        "Теміртау",
        "CREATE TABLE",
    ] {
        assert!(!contains(&bytes, secret), "{secret} lies readable on disk");
    }
    // The sqlite3 shell, as any local user would try it, reads nothing.
    match Command::new("sqlite3")
        .arg(&db)
        .arg("SELECT count(*) FROM cases;")
        .output()
    {
        Ok(o) => {
            assert!(!o.status.success(), "{}", out(&o));
            assert!(
                String::from_utf8_lossy(&o.stderr).contains("not a database"),
                "{}",
                String::from_utf8_lossy(&o.stderr)
            );
        }
        Err(e) => panic!("the sqlite3 shell is needed for this test (.ci/run installs it): {e}"),
    }
    // SQLite without a key, and SQLCipher with a wrong one, read nothing.
    let read = |pragma: Option<String>| -> rusqlite::Result<i64> {
        let conn = rusqlite::Connection::open(&db)?;
        if let Some(p) = pragma {
            conn.execute_batch(&p)?;
        }
        conn.query_row("SELECT count(*) FROM cases", [], |r| r.get(0))
    };
    assert!(read(None).is_err());
    let wrong = emigration_desk::store::DataKey::random().unwrap();
    assert!(read(Some(wrong.pragma().to_string())).is_err());
    assert!(read(Some("PRAGMA key = 'correct horse';".into())).is_err());
    // The administrator's slot gives the key that reads it.
    let key = common::key_of(&db).expect("the administrator's slot opens");
    assert_eq!(read(Some(key.pragma().to_string())).unwrap(), 1);
    // The command line with a wrong password is refused, and says so.
    let o = as_user(
        dir.path(),
        "admin",
        "not the password",
        &[],
        &["case", "find", ""],
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(err(&o).contains("attempts left"), "{}", err(&o));
    // The printed receipt is not kept beside the store, but in the
    // session's runtime directory, the user's alone.
    let forms = dir.path().join("forms");
    assert!(
        !forms.exists() || std::fs::read_dir(&forms).unwrap().next().is_none(),
        "no unencrypted form is kept in the data directory"
    );
    // Nor in the session's runtime directory: the command line recorded
    // the receipt and removed what it spooled (no --receipt was given).
    assert!(imported.contains("recorded as issued"), "{imported}");
    let left: Vec<_> = walk(run.path())
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "pdf"))
        .collect();
    assert!(left.is_empty(), "receipts left behind: {left:?}");
}

#[test]
fn each_user_opens_with_their_own_password_and_a_disabled_one_with_none() {
    let dir = tempfile::tempdir().unwrap();
    common::init_office(dir.path(), "state-corporation", "42");
    let slots = keys_path(&dir.path().join(DB_FILE));
    add_clerk(dir.path(), "clerk password 1");
    let o = as_user(
        dir.path(),
        "clerk",
        "clerk password 1",
        &[],
        &["case", "find", ""],
    );
    assert!(o.status.success(), "{}", err(&o));
    let admin_slot = |slots: &Path| -> String {
        let v: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(slots).unwrap()).unwrap();
        v["slots"]
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["id"] == "user:admin")
            .map(|s| s.to_string())
            .unwrap()
    };
    let before = admin_slot(&slots);

    // A new password: the clerk's slot is sealed anew, the admin's is not
    // touched.
    let o = as_user(
        dir.path(),
        "admin",
        ADMIN_PASSWORD,
        &[("EMIGRATION_DESK_NEW_PASSWORD", "clerk password 2")],
        &["user", "password", "--login", "clerk"],
    );
    assert!(o.status.success(), "{}", err(&o));
    assert_eq!(admin_slot(&slots), before);
    let o = as_user(
        dir.path(),
        "clerk",
        "clerk password 1",
        &[],
        &["case", "find", ""],
    );
    assert_eq!(o.status.code(), Some(1), "the old password opens nothing");
    let o = as_user(
        dir.path(),
        "clerk",
        "clerk password 2",
        &[],
        &["case", "find", ""],
    );
    assert!(o.status.success(), "{}", err(&o));

    // Disabled: the slot is gone; the password opens nothing, even with
    // the store's own record of the user untouched.
    let o = as_user(
        dir.path(),
        "admin",
        ADMIN_PASSWORD,
        &[],
        &["user", "disable", "--login", "clerk"],
    );
    assert!(o.status.success(), "{}", err(&o));
    let text = std::fs::read_to_string(&slots).unwrap();
    assert!(!text.contains("user:clerk"), "{text}");
    assert!(
        emigration_desk::store::keys::try_user(&slots, "clerk", "clerk password 2")
            .unwrap()
            .is_none()
    );
    let o = as_user(
        dir.path(),
        "clerk",
        "clerk password 2",
        &[],
        &["case", "find", ""],
    );
    assert_eq!(o.status.code(), Some(1));
    // Enabled again, the clerk signs in after a new password.
    for args in [
        &["user", "enable", "--login", "clerk"][..],
        &["user", "password", "--login", "clerk"][..],
    ] {
        let o = as_user(
            dir.path(),
            "admin",
            ADMIN_PASSWORD,
            &[("EMIGRATION_DESK_NEW_PASSWORD", "clerk password 3")],
            args,
        );
        assert!(o.status.success(), "{}", err(&o));
    }
    let o = as_user(
        dir.path(),
        "clerk",
        "clerk password 3",
        &[],
        &["case", "find", ""],
    );
    assert!(o.status.success(), "{}", err(&o));

    // Failed attempts made while the store was closed are in its audit log
    // under the login tried, at the next sign-in.
    let st = common::open_store(dir.path());
    let audit = st.audit_entries(None, 1000).unwrap();
    let failed: Vec<_> = audit
        .iter()
        .filter(|a| a.action == "login_failed" && a.actor == "clerk")
        .collect();
    assert_eq!(failed.len(), 2, "{audit:?}");
    assert!(failed.iter().all(|a| a.details == "key slot"));
}

#[test]
fn the_recovery_code_opens_the_store_when_every_password_is_forgotten() {
    let dir = tempfile::tempdir().unwrap();
    common::init_office(dir.path(), "state-corporation", "42");
    let o = as_user(dir.path(), "admin", ADMIN_PASSWORD, &[], &["db", "slots"]);
    assert!(out(&o).contains("recovery code: none"), "{}", out(&o));
    let o = as_user(
        dir.path(),
        "admin",
        ADMIN_PASSWORD,
        &[],
        &["db", "recovery-code"],
    );
    assert!(o.status.success(), "{}", err(&o));
    let code = out(&o)
        .lines()
        .last()
        .map(|l| l.trim().to_string())
        .unwrap();
    assert_eq!(code.len(), 39, "{code}");
    let o = as_user(dir.path(), "admin", ADMIN_PASSWORD, &[], &["db", "slots"]);
    assert!(out(&o).contains("key slot: admin"), "{}", out(&o));
    assert!(out(&o).contains("recovery code: made"), "{}", out(&o));

    // A wrong code opens nothing and changes nothing.
    let recover = |code: &str| -> Output {
        as_user(
            dir.path(),
            "admin",
            "",
            &[
                ("EMIGRATION_DESK_RECOVERY_CODE", code),
                ("EMIGRATION_DESK_NEW_PASSWORD", "a new admin password"),
            ],
            &["db", "recover"],
        )
    };
    let o = recover("0000-0000-0000-0000-0000-0000-0000-0000");
    assert_eq!(o.status.code(), Some(1), "{}", out(&o));
    assert!(err(&o).contains("does not open"), "{}", err(&o));
    let o = as_user(
        dir.path(),
        "admin",
        ADMIN_PASSWORD,
        &[],
        &["case", "find", ""],
    );
    assert!(o.status.success(), "{}", err(&o));

    // The right one, typed loosely, sets the administrator's password.
    let o = recover(&code.to_lowercase().replace('-', " "));
    assert!(o.status.success(), "{}", err(&o));
    let o = as_user(
        dir.path(),
        "admin",
        ADMIN_PASSWORD,
        &[],
        &["case", "find", ""],
    );
    assert_eq!(o.status.code(), Some(1), "the forgotten password is gone");
    let o = as_user(
        dir.path(),
        "admin",
        "a new admin password",
        &[],
        &["case", "find", ""],
    );
    assert!(o.status.success(), "{}", err(&o));
    let st = Store::open_dir(
        dir.path(),
        emigration_desk::store::keys::try_user(
            &keys_path(&dir.path().join(DB_FILE)),
            "admin",
            "a new admin password",
        )
        .unwrap()
        .as_ref(),
    )
    .unwrap();
    let audit = st.audit_entries(None, 1000).unwrap();
    assert!(audit
        .iter()
        .any(|a| a.actor == "recovery-code" && a.action == "user_password"));
    assert!(audit.iter().any(|a| a.action == "recovery_code"));
}

/// A plain store as an earlier version left it: an office, its
/// administrator, a clerk and one accepted case.
fn plain_store(dir: &Path) {
    let mut st = Store::open_dir(dir, None).unwrap();
    let now = chrono::NaiveDate::from_ymd_opt(2026, 11, 25)
        .unwrap()
        .and_hms_opt(9, 0, 0)
        .unwrap();
    st.init(
        &common::office(OfficeKind::StateCorporation),
        &common::admin(),
        now,
    )
    .unwrap();
    st.create_user(
        &Actor::cli(),
        &NewUser {
            login: "clerk".into(),
            full_name: "Clerk One".into(),
            role: Role::Clerk,
            password: "clerk password".into(),
        },
        now,
    )
    .unwrap();
    st.commit_intake(
        &Actor::cli(),
        &sample_intake(),
        IntakeOutcome::Accept,
        now.date(),
        now,
    )
    .unwrap();
}

#[test]
fn a_plain_store_is_encrypted_in_place_once_and_a_crash_at_any_step_leaves_a_usable_store() {
    let tmp = tempfile::tempdir().unwrap();
    for failpoint in [
        None,
        Some("encrypt-start"),
        Some("encrypt-copied"),
        Some("encrypt-slots"),
        Some("encrypt-renamed"),
    ] {
        let dir = tmp.path().join(failpoint.unwrap_or("clean"));
        plain_store(&dir);
        let db = dir.join(DB_FILE);
        assert_eq!(file_kind(&db).unwrap(), FileKind::Plain);
        if let Some(fp) = failpoint {
            let o = as_user(
                &dir,
                "admin",
                ADMIN_PASSWORD,
                &[("EMIGRATION_DESK_FAILPOINT", fp)],
                &["case", "find", ""],
            );
            assert!(!o.status.success(), "{fp}: the program was stopped there");
            // Whatever the step, one of the two stores is whole on disk.
            let kind = file_kind(&db).unwrap();
            assert!(
                matches!(kind, FileKind::Plain | FileKind::Encrypted),
                "{fp}: {kind:?}"
            );
        }
        // The next sign-in works and finds the case; the store is now
        // encrypted, once.
        let o = as_user(
            &dir,
            "admin",
            ADMIN_PASSWORD,
            &[],
            &["case", "find", "850115300001"],
        );
        assert!(o.status.success(), "{failpoint:?}: {}", err(&o));
        assert!(out(&o).contains("Сейтқали"), "{failpoint:?}: {}", out(&o));
        assert_eq!(
            file_kind(&db).unwrap(),
            FileKind::Encrypted,
            "{failpoint:?}"
        );
        assert!(
            !contains(&disk_bytes(&dir), "850115300001"),
            "{failpoint:?}"
        );
        let leftovers: Vec<String> = std::fs::read_dir(&dir)
            .unwrap()
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.contains("encrypting") || n.ends_with(".tmp"))
            .collect();
        assert!(leftovers.is_empty(), "{failpoint:?}: {leftovers:?}");
        // Sound, with the encryption audited once.
        let o = as_user(&dir, "admin", ADMIN_PASSWORD, &[], &["db", "check"]);
        assert!(o.status.success(), "{failpoint:?}: {}", out(&o));
        let st = common::open_store(&dir);
        let audit = st.audit_entries(None, 1000).unwrap();
        assert_eq!(
            audit
                .iter()
                .filter(|a| a.action == "store_encrypted")
                .count(),
            1,
            "{failpoint:?}"
        );
        drop(st);
        // The clerk, who was not there, signs in with their old password
        // (their slot was sealed under their stored hash) and gets a slot
        // of their own.
        let slots = keys_path(&db);
        let migrated = |slots: &Path| -> bool {
            let v: serde_json::Value =
                serde_json::from_str(&std::fs::read_to_string(slots).unwrap()).unwrap();
            v["slots"]
                .as_array()
                .unwrap()
                .iter()
                .find(|s| s["id"] == "user:clerk")
                .map(|s| s["migrated"] == true)
                .unwrap()
        };
        assert!(migrated(&slots), "{failpoint:?}");
        let o = as_user(&dir, "clerk", "clerk password", &[], &["case", "find", ""]);
        assert!(o.status.success(), "{failpoint:?}: {}", err(&o));
        assert!(
            !migrated(&slots),
            "{failpoint:?}: resealed with a fresh salt"
        );
        let o = as_user(&dir, "clerk", "clerk password", &[], &["case", "find", ""]);
        assert!(o.status.success(), "{failpoint:?}: {}", err(&o));
    }
}

/// Three wrong passwords lock a user for 15 minutes — on the key slots,
/// before the store is open; an administrator lifts it at once.
#[test]
fn an_administrator_unlocks_a_locked_out_user() {
    let dir = tempfile::tempdir().unwrap();
    common::init_office(dir.path(), "state-corporation", "42");
    add_clerk(dir.path(), "clerk password 1");
    for _ in 0..3 {
        let o = as_user(dir.path(), "clerk", "wrong", &[], &["case", "find", ""]);
        assert_eq!(o.status.code(), Some(1));
    }
    let o = as_user(
        dir.path(),
        "clerk",
        "clerk password 1",
        &[],
        &["case", "find", ""],
    );
    assert_eq!(o.status.code(), Some(1), "locked: {}", err(&o));
    assert!(err(&o).contains("locked"), "{}", err(&o));
    let o = as_user(
        dir.path(),
        "admin",
        ADMIN_PASSWORD,
        &[],
        &["user", "unlock", "--login", "clerk"],
    );
    assert!(o.status.success(), "{}", err(&o));
    let o = as_user(
        dir.path(),
        "clerk",
        "clerk password 1",
        &[],
        &["case", "find", ""],
    );
    assert!(o.status.success(), "{}", err(&o));
    let st = common::open_store(dir.path());
    assert!(st
        .audit_entries(None, 1000)
        .unwrap()
        .iter()
        .any(|a| a.action == "user_unlock" && a.actor == "admin"));
}

/// Every file under `dir`.
fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    if let Ok(rd) = std::fs::read_dir(dir) {
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() {
                out.extend(walk(&p));
            } else {
                out.push(p);
            }
        }
    }
    out
}
