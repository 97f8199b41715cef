//! Citizens' data at rest through the binary: every file the program
//! keeps is the user's alone, an interrupted print leaves nothing behind,
//! and the command line signs in as a user, whose role and name count.

mod common;

use common::{bin, count, err, init_office, out, ADMIN_PASSWORD, BIN, SAMPLE};
use emigration_desk::private::mode_of;
use std::path::Path;
use std::process::{Command, Output, Stdio};

/// Runs the binary with an explicit sign-in (or none).
fn run_as(dir: &Path, user: Option<(&str, &str)>, args: &[&str]) -> Output {
    let mut c = Command::new(BIN);
    c.arg("--data-dir")
        .arg(dir)
        .args(["--ui-lang", "en"])
        .args(args)
        .env("EMIGRATION_DESK_TODAY", "2026-11-25")
        .env_remove("EMIGRATION_DESK_USER")
        .env_remove("EMIGRATION_DESK_PASSWORD")
        .env_remove("EMIGRATION_DESK_NEW_PASSWORD")
        .env_remove(emigration_desk::store::DATA_DIR_ENV)
        .stdin(Stdio::null());
    if let Some((login, password)) = user {
        c.env("EMIGRATION_DESK_USER", login)
            .env("EMIGRATION_DESK_PASSWORD", password);
    }
    c.output().expect("the binary runs")
}

/// Every regular file and directory under `dir` is private.
fn assert_private(dir: &Path) {
    assert_eq!(mode_of(dir), 0o700, "{}", dir.display());
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            assert_private(&p);
        } else {
            assert_eq!(mode_of(&p), 0o600, "{}", p.display());
        }
    }
}

// File modes are Unix's (on Windows the profile's ACL does this).
#[cfg(unix)]
#[test]
fn every_file_is_the_users_alone() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    init_office(&dir, "state-corporation", "42");
    assert!(dir.join("emigration-desk.sqlite3").exists());
    assert_private(&dir);
    // An import records the Annex 4 receipt and leaves no readable copy
    // in the spool (forms/ here, with no XDG_RUNTIME_DIR); with --receipt
    // it is written where asked, the user's alone.
    let o = bin(&dir, "2026-11-25", &["case", "import", SAMPLE, "--accept"]);
    assert!(o.status.success(), "{}", err(&o));
    let spooled = |d: &std::path::Path| d.join("forms").read_dir().map(|r| r.count()).unwrap_or(0);
    assert_eq!(spooled(&dir), 0, "the spooled receipt was removed");
    let asked = tmp.path().join("receipt-2.pdf");
    let o = bin(
        &dir,
        "2026-11-25",
        &[
            "case",
            "import",
            SAMPLE,
            "--accept",
            "--second-case",
            "--receipt",
            asked.to_str().unwrap(),
        ],
    );
    assert!(o.status.success(), "{}", err(&o));
    assert_eq!(mode_of(&asked), 0o600);
    assert_eq!(spooled(&dir), 0);
    assert_private(&dir);
    // A print, anywhere the user asks.
    let pdf = tmp.path().join("receipt.pdf");
    let o = bin(
        &dir,
        "2026-11-25",
        &[
            "print",
            "4",
            "--case",
            "0042-2026-000001-3",
            "-o",
            pdf.to_str().unwrap(),
        ],
    );
    assert!(o.status.success(), "{}", err(&o));
    assert_eq!(mode_of(&pdf), 0o600);
    // A print killed half-way leaves a `.part`; modes opened by hand. The
    // next start removes the one and closes the other.
    let part = dir.join("forms").join(".x-annex-4-kk.pdf.4242.part");
    std::fs::write(&part, b"%PDF-1.4 half").unwrap();
    use std::os::unix::fs::PermissionsExt;
    for p in [
        dir.clone(),
        dir.join("emigration-desk.sqlite3"),
        dir.join("forms"),
    ] {
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    let o = bin(&dir, "2026-11-25", &["case", "find", "сейт"]);
    assert!(o.status.success(), "{}", err(&o));
    assert!(!part.exists(), "the leftover of a killed print is gone");
    assert_private(&dir);
}

#[test]
fn the_command_line_signs_in_and_acts_as_that_user() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    init_office(dir, "state-corporation", "42");
    // No login: refused, and nothing is written.
    let o = run_as(dir, None, &["case", "import", SAMPLE, "--accept"]);
    assert_eq!(o.status.code(), Some(1), "{}", out(&o));
    assert!(err(&o).contains("Sign in"), "{}", err(&o));
    assert_eq!(count(dir, "SELECT COUNT(*) FROM cases"), 0);
    // A wrong password: refused, audited, counted towards the lock-out.
    let o = run_as(dir, Some(("admin", "wrong")), &["case", "find", ""]);
    assert_eq!(o.status.code(), Some(1));
    assert!(err(&o).contains("Wrong login or password"), "{}", err(&o));
    // The administrator adds a clerk; the new password never on the
    // command line.
    let o = Command::new(BIN)
        .arg("--data-dir")
        .arg(dir)
        .args([
            "--ui-lang",
            "en",
            "user",
            "add",
            "--login",
            "clerk1",
            "--name",
            "Клерк Бір",
            "--role",
            "clerk",
        ])
        .env("EMIGRATION_DESK_USER", "admin")
        .env("EMIGRATION_DESK_PASSWORD", ADMIN_PASSWORD)
        .env("EMIGRATION_DESK_NEW_PASSWORD", "clerk one password")
        .env_remove(emigration_desk::store::DATA_DIR_ENV)
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", err(&o));
    // The clerk accepts an intake: the case and the audit name the clerk,
    // whatever $USER says.
    let o = Command::new(BIN)
        .arg("--data-dir")
        .arg(dir)
        .args([
            "--ui-lang",
            "en",
            "--user",
            "clerk1",
            "case",
            "import",
            SAMPLE,
            "--accept",
        ])
        .env("EMIGRATION_DESK_TODAY", "2026-11-25")
        .env("EMIGRATION_DESK_PASSWORD", "clerk one password")
        .env("USER", "somebody-else")
        .env_remove("EMIGRATION_DESK_USER")
        .env_remove(emigration_desk::store::DATA_DIR_ENV)
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", err(&o));
    assert_eq!(
        count(
            dir,
            "SELECT COUNT(*) FROM case_events WHERE actor = 'clerk1'"
        ),
        2
    );
    assert_eq!(
        count(
            dir,
            "SELECT COUNT(*) FROM audit_log WHERE actor LIKE '%somebody-else%'"
        ),
        0
    );
    // A clerk may not add users or make a decision: the window's rules.
    let o = run_as(
        dir,
        Some(("clerk1", "clerk one password")),
        &["case", "decide", "0042-2026-000001-3"],
    );
    assert_eq!(o.status.code(), Some(1), "{}", out(&o));
    let o = Command::new(BIN)
        .arg("--data-dir")
        .arg(dir)
        .args([
            "--ui-lang",
            "en",
            "user",
            "add",
            "--login",
            "x",
            "--name",
            "X Y",
            "--role",
            "administrator",
        ])
        .env("EMIGRATION_DESK_USER", "clerk1")
        .env("EMIGRATION_DESK_PASSWORD", "clerk one password")
        .env("EMIGRATION_DESK_NEW_PASSWORD", "another password")
        .env_remove(emigration_desk::store::DATA_DIR_ENV)
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert_ne!(o.status.code(), Some(0), "{}", out(&o));
    assert_eq!(
        count(dir, "SELECT COUNT(*) FROM users WHERE login = 'x'"),
        0
    );
    // `check-iin` needs no login.
    let o = run_as(dir, None, &["check-iin", "850115300001"]);
    assert!(o.status.success(), "{}", err(&o));
}
