//! The key slots under attack: a change to the slots file made while
//! sign-ins fail beside it is never undone by them, parallel guesses get
//! no more tries than the lock-out allows, every attempt is audited, and a
//! slots file asking an absurd cost of argon2 is refused unrun.

mod common;

use chrono::NaiveDateTime;
use emigration_desk::store::keys::{self, DataKey, Unsealed};
use std::path::Path;
use std::process::{Command, Stdio};

fn now() -> NaiveDateTime {
    chrono::NaiveDate::from_ymd_opt(2026, 11, 25)
        .unwrap()
        .and_hms_opt(9, 0, 0)
        .unwrap()
}

/// 50 failed sign-ins of a login nobody has, at once with `change`: the
/// change is in the file afterwards (a failed sign-in reading the file
/// before it and writing after it would have undone it).
fn race(path: &Path, change: impl FnOnce() + Send) {
    std::thread::scope(|s| {
        let guesses = s.spawn(|| {
            for i in 0..50 {
                let _ = keys::unseal_user(path, &format!("intruder{}", i % 5), "wrong", now());
            }
        });
        change();
        guesses.join().unwrap();
    });
}

fn slots(path: &Path) -> (Vec<String>, bool) {
    keys::list(path).unwrap()
}

#[test]
fn no_failed_sign_in_undoes_a_change_to_the_key_slots() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("store.keys");
    let key = DataKey::random().unwrap();
    keys::create(&path, &key, "admin", "admin password", now()).unwrap();
    keys::set_user(&path, &key, "clerk1", "clerk password", now()).unwrap();

    // user disable: the clerk's slot removed.
    race(&path, || {
        assert!(keys::remove_user(&path, "clerk1").unwrap());
    });
    assert!(!slots(&path).0.contains(&"clerk1".to_string()));
    assert!(keys::try_user(&path, "clerk1", "clerk password")
        .unwrap()
        .is_none());

    // user add: a new slot stays.
    race(&path, || {
        keys::set_user(&path, &key, "clerk2", "second password", now()).unwrap();
    });
    assert!(keys::try_user(&path, "clerk2", "second password")
        .unwrap()
        .is_some());

    // user password: the old password opens nothing, the new one does.
    race(&path, || {
        keys::set_user(&path, &key, "clerk2", "a new password", now()).unwrap();
    });
    assert!(keys::try_user(&path, "clerk2", "second password")
        .unwrap()
        .is_none());
    assert!(keys::try_user(&path, "clerk2", "a new password")
        .unwrap()
        .is_some());

    // db recovery-code: the code printed opens the store.
    let mut code = None;
    race(&path, || {
        code = Some(keys::set_recovery(&path, &key, now()).unwrap());
    });
    let code = code.unwrap();
    assert_eq!(keys::unseal_recovery(&path, &code).unwrap(), Some(key));
}

#[test]
fn parallel_guesses_get_no_more_than_the_lock_out_allows() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("store.keys");
    let key = DataKey::random().unwrap();
    keys::create(&path, &key, "admin", "admin password", now()).unwrap();
    keys::set_user(&path, &key, "clerk", "the right one", now()).unwrap();
    // Eleven wrong guesses at once: three are checked, the rest refused as
    // locked; the right password after them is refused too.
    let outcomes: Vec<Unsealed> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..11)
            .map(|i| {
                let path = &path;
                s.spawn(move || {
                    keys::unseal_user(path, "clerk", &format!("guess {i}"), now()).unwrap()
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    let wrong = outcomes
        .iter()
        .filter(|o| matches!(o, Unsealed::Wrong { .. }))
        .count();
    let locked = outcomes
        .iter()
        .filter(|o| matches!(o, Unsealed::Locked { .. }))
        .count();
    assert_eq!(
        (wrong, locked),
        (2, 9),
        "two wrong, the third locks, eight refused locked"
    );
    assert!(matches!(
        keys::unseal_user(&path, "clerk", "the right one", now()).unwrap(),
        Unsealed::Locked { .. }
    ));
    // Every attempt is there for the audit log: the three checked and the
    // nine made while locked.
    let attempts = keys::take_failed_attempts(&path).unwrap();
    assert_eq!(attempts.len(), 12, "{attempts:?}");
    assert_eq!(attempts.iter().filter(|a| a.while_locked).count(), 9);
    assert_eq!(attempts.iter().filter(|a| a.locked).count(), 1);
}

#[test]
fn a_password_typed_as_a_login_is_not_written_down() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("store.keys");
    let key = DataKey::random().unwrap();
    keys::create(&path, &key, "admin", "admin password", now()).unwrap();
    let _ = keys::unseal_user(&path, "MySecretPassw0rd", "x", now()).unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(!text.contains("MySecretPassw0rd"), "{text}");
    // The failure is still counted (the answer does not tell which logins
    // exist) and audited under a digest.
    let attempts = keys::take_failed_attempts(&path).unwrap();
    assert_eq!(attempts.len(), 1);
    assert!(attempts[0].login.starts_with('?'));
}

#[test]
fn an_absurd_argon2_cost_in_the_slots_file_is_refused_unrun() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("store.keys");
    let key = DataKey::random().unwrap();
    keys::create(&path, &key, "admin", "admin password", now()).unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    for (from, to) in [
        ("\"m_kib\": 65536", "\"m_kib\": 4000000000"),
        ("\"t\": 3", "\"t\": 4000000000"),
    ] {
        assert!(text.contains(from), "{text}");
        std::fs::write(&path, text.replace(from, to)).unwrap();
        let t = std::time::Instant::now();
        assert!(keys::try_user(&path, "admin", "admin password").is_err());
        assert!(t.elapsed() < std::time::Duration::from_secs(5));
    }
}

/// Through the binary: a user disabled while 25 wrong sign-ins run beside
/// it stays disabled — their password opens nothing afterwards.
#[test]
fn a_disabled_user_stays_disabled_under_a_sign_in_flood() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    common::init_office(dir, "state-corporation", "42");
    let o = Command::new(common::BIN)
        .arg("--data-dir")
        .arg(dir)
        .args([
            "user",
            "add",
            "--login",
            "clerk1",
            "--name",
            "Клерк",
            "--role",
            "clerk",
        ])
        .env("EMIGRATION_DESK_USER", "admin")
        .env("EMIGRATION_DESK_PASSWORD", common::ADMIN_PASSWORD)
        .env("EMIGRATION_DESK_NEW_PASSWORD", "clerk password")
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", common::err(&o));
    let flood: Vec<_> = (0..25)
        .map(|i| {
            Command::new(common::BIN)
                .arg("--data-dir")
                .arg(dir)
                .args(["case", "find", "x"])
                .env("EMIGRATION_DESK_USER", format!("nobody{i}"))
                .env("EMIGRATION_DESK_PASSWORD", "wrong")
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .unwrap()
        })
        .collect();
    let o = Command::new(common::BIN)
        .arg("--data-dir")
        .arg(dir)
        .args(["user", "disable", "--login", "clerk1"])
        .env("EMIGRATION_DESK_USER", "admin")
        .env("EMIGRATION_DESK_PASSWORD", common::ADMIN_PASSWORD)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", common::err(&o));
    for mut c in flood {
        c.wait().unwrap();
    }
    let keys_file = emigration_desk::store::keys_path(&dir.join("emigration-desk.sqlite3"));
    assert!(keys::try_user(&keys_file, "clerk1", "clerk password")
        .unwrap()
        .is_none());
}
