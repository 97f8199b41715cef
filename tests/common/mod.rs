//! What the integration tests share: the binary and its sample intake, a
//! synthetic office and its first administrator, a look into the SQLite
//! file. Each test crate uses part of it.
#![allow(dead_code)]

use emigration_desk::domain::access::Role;
use emigration_desk::domain::OfficeKind;
use emigration_desk::store::{NewUser, Office};
use std::path::Path;
use std::process::{Command, Output, Stdio};

pub const BIN: &str = env!("CARGO_BIN_EXE_emigration-desk");
pub const SAMPLE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/docs/examples/intake-sample.json"
);
/// The administrator's password in every test.
pub const ADMIN_PASSWORD: &str = "correct horse";

/// A date of the tests' calendar.
pub fn d(y: i32, m: u32, day: u32) -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

/// Someone acting on the store directly: `login` with `role`.
pub fn actor(login: &str, role: Role) -> emigration_desk::store::Actor {
    emigration_desk::store::Actor {
        name: login.into(),
        user_id: None,
        role: Some(role),
    }
}

/// Runs the binary on the data directory `dir` as if today were `today`.
pub fn bin(dir: &Path, today: &str, args: &[&str]) -> Output {
    Command::new(BIN)
        .arg("--data-dir")
        .arg(dir)
        .args(args)
        .env("EMIGRATION_DESK_TODAY", today)
        // Signed in as the administrator (every command on the store
        // needs a login; `init` ignores it).
        .env("EMIGRATION_DESK_USER", "admin")
        .env("EMIGRATION_DESK_PASSWORD", ADMIN_PASSWORD)
        .env_remove(emigration_desk::store::DATA_DIR_ENV)
        .stdin(Stdio::null())
        .output()
        .expect("the binary runs")
}

/// The administrator adds `login` with `role` and `password` through the
/// command line (`user add`), as an office would.
#[allow(dead_code)]
pub fn add_user(dir: &Path, login: &str, role: &str, password: &str) {
    let o = Command::new(BIN)
        .arg("--data-dir")
        .arg(dir)
        .args([
            "user", "add", "--login", login, "--name", "User", "--role", role,
        ])
        .env("EMIGRATION_DESK_TODAY", "2026-11-25")
        .env("EMIGRATION_DESK_USER", "admin")
        .env("EMIGRATION_DESK_PASSWORD", ADMIN_PASSWORD)
        .env("EMIGRATION_DESK_NEW_PASSWORD", password)
        .env_remove(emigration_desk::store::DATA_DIR_ENV)
        .stdin(Stdio::null())
        .output()
        .expect("the binary runs");
    assert!(o.status.success(), "{}", err(&o));
}

pub fn out(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn err(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Sets up a workstation through the binary: office `code` of `kind`
/// (`state-corporation` or `migration-police`) and its administrator.
pub fn init_office(dir: &Path, kind: &str, code: &str) {
    let o = bin(
        dir,
        "2026-11-25",
        &[
            "--ui-lang",
            "en",
            "init",
            "--office-kind",
            kind,
            "--office-code",
            code,
            "--office-name",
            "Astana branch",
            "--office-name-ru",
            "Филиал по городу Астана",
            "--office-number",
            "3",
            "--office-address",
            "Astana, Turan 1",
            "--office-address-ru",
            "г. Астана, пр. Туран, 1",
            "--office-phone",
            "+7 7172 000000",
            "--admin-login",
            "admin",
            "--admin-name",
            "Admin",
        ],
    );
    assert!(o.status.success(), "{}", err(&o));
}

/// The data key of the database file `db` (a store or a backup), from the
/// administrator's key slot beside it; `None` for a plain file.
pub fn key_of(db: &Path) -> Option<emigration_desk::store::DataKey> {
    use emigration_desk::store::{keys, keys_path};
    keys::try_user(&keys_path(db), "admin", ADMIN_PASSWORD)
        .ok()
        .flatten()
}

/// The store of a data directory set up by the binary, opened with its key.
pub fn open_store(dir: &Path) -> emigration_desk::store::Store {
    let key = key_of(&dir.join("emigration-desk.sqlite3"));
    emigration_desk::store::Store::open_dir(dir, key.as_ref()).unwrap()
}

/// A connection to the database file `db`, keyed when it is encrypted.
pub fn connect(db: &Path) -> rusqlite::Connection {
    let conn = rusqlite::Connection::open(db).unwrap();
    if let Some(key) = key_of(db) {
        conn.execute_batch(&key.pragma()).unwrap();
    }
    conn
}

/// The workstation's SQLite file, opened as an auditor would: with the
/// data key from the administrator's key slot when it is encrypted.
pub fn db(dir: &Path) -> rusqlite::Connection {
    use emigration_desk::store::{keys, keys_path};
    let path = dir.join("emigration-desk.sqlite3");
    let conn = rusqlite::Connection::open(&path).unwrap();
    if let Ok(Some(key)) = keys::try_user(&keys_path(&path), "admin", ADMIN_PASSWORD) {
        conn.execute_batch(&key.pragma()).unwrap();
    }
    conn
}

/// One number from the workstation's SQLite file.
pub fn count(dir: &Path, sql: &str) -> i64 {
    db(dir).query_row(sql, [], |r| r.get(0)).unwrap()
}

/// Office 42 of `kind`, as the library's tests set it up.
pub fn office(kind: OfficeKind) -> Office {
    Office {
        id: "o".into(),
        code: 42,
        kind,
        name: "Astana".into(),
        name_ru: "Филиал".into(),
        number: "3".into(),
        address: "Astana, Turan 1".into(),
        address_ru: "г. Астана".into(),
        phone: "+7 7172 550000".into(),
    }
}

/// The first administrator.
pub fn admin() -> NewUser {
    NewUser {
        login: "admin".into(),
        full_name: "Admin".into(),
        role: Role::Administrator,
        password: ADMIN_PASSWORD.into(),
    }
}

/// The words of a PDF, read back with poppler's `pdftotext`, whitespace
/// (wrapped lines included) collapsed to single spaces.
pub fn pdf_words(path: &Path) -> String {
    let o = Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is installed");
    assert!(
        o.status.success(),
        "pdftotext {}: {}",
        path.display(),
        err(&o)
    );
    String::from_utf8_lossy(&o.stdout)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}
